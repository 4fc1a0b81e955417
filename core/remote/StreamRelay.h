#pragma once

#include "SshTypes.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QTimer>

#include <memory>

namespace puw {

class ChunkQueue;
class CommandRun;
class SshHost;
class TapSink;

struct RelayResult {
    bool ok = false;
    qint64 bytes = 0;
    QString sha256;                   // hex, of exactly the bytes delivered to the receiving command
    RemoteError error;                // the first failure, for people
    CommandResult source;             // the sending command
    CommandResult sink;               // the receiving command
    qsizetype peakQueuedBytes = 0;    // between the two hosts
    qsizetype peakTeeQueuedBytes = 0; // waiting for the hash and the tee file (shares the same chunks)
};

// Pipes the stdout of a command on one host into the stdin of a command on another, through this program:
// `from$ fromCommand | to$ toCommand`. Each side runs in its host's worker thread (two cores); between them a
// bounded queue (8 MiB) gives backpressure and constant memory. SHA-256 and the byte count are computed on
// the way, and the stream can be copied to a local file (tee), both in a third thread with its own bounded
// queue (see TeeWriter). If either side or the tee fails, the others are stopped and the remote commands
// killed: the receiver never sees a truncated stream as complete, and no half tee file is left.
class StreamRelay : public QObject {
    Q_OBJECT
public:
    StreamRelay(SshHost* from, const CommandSpec& fromCommand, SshHost* to, const CommandSpec& toCommand,
                const QString& teePath = {}, QObject* parent = nullptr);
    ~StreamRelay() override;

    void start();
    void cancel();
    QFuture<RelayResult> future() { return m_promise.future(); }
    const RelayResult& result() const { return m_result; }

signals:
    void progress(qint64 bytes, double bytesPerSecond);
    void finished(const puw::RelayResult& result);

private:
    void sideFinished();
    void finish();

    SshHost* m_from;
    SshHost* m_to;
    CommandSpec m_fromCommand;
    CommandSpec m_toCommand;
    QString m_teePath;
    std::shared_ptr<ChunkQueue> m_queue;
    std::shared_ptr<TapSink> m_tap;
    CommandRun* m_source = nullptr;
    CommandRun* m_sink = nullptr;
    QTimer m_progressTimer;
    QElapsedTimer m_clock;
    QPromise<RelayResult> m_promise;
    RelayResult m_result;
    bool m_done = false;
};

} // namespace puw

Q_DECLARE_METATYPE(puw::RelayResult)
