#pragma once

// Internal to core/remote: one remote command on a channel, pumped by the host's worker thread.

#include "ByteStreams.h"
#include "HostWorker.h"
#include "SshTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <libssh/callbacks.h>

#include <optional>

namespace puw::detail {

// Shared between the caller's CommandRun and the task: the only state both threads touch.
struct ExecLink {
    std::atomic<bool> cancel{false};
    std::atomic<qint64> inFlight{0}; // output bytes posted to the caller and not yet handled
    QMutex mutex;
    QByteArray pendingStdin; // written by CommandRun::writeStdin()
    bool stdinClosed = false;
    std::function<void()> wake; // the worker's waker
};

// Lives in the worker thread; CommandRun listens to it through queued connections.
class ExecEvents : public QObject {
    Q_OBJECT
signals:
    void stdoutLines(const QStringList& lines);
    void stderrLines(const QStringList& lines);
    void stdoutData(const QByteArray& data);
    void started();
    void finished(const puw::CommandResult& result);
};

class ExecTask : public ChannelTask {
public:
    // events: created in the caller's thread, moved to the worker's; owned by the task from now on.
    ExecTask(HostWorker* worker, const CommandSpec& spec, std::shared_ptr<ExecLink> link, ExecEvents* events,
             std::shared_ptr<ByteSource> stdinSource = {}, std::shared_ptr<ByteSink> stdoutSink = {});
    ~ExecTask() override;

    void start() override;
    bool pump() override;
    bool isDone() const override { return m_done; }
    void abort(const RemoteError& error) override;

    static QString wrapCommand(const CommandSpec& spec);

private:
    bool pumpStdin();
    bool pumpOutput(bool stderrStream);
    void handleStdout(const QByteArray& data);
    void emitLines(QByteArray& partial, const QByteArray& data, bool stderrStream, bool flush);
    void checkCancel();
    void noteProgress() { m_progressAt = m_clock.elapsed(); }
    void startKill();
    void finish(CommandResult::Status status, const RemoteError& error = {});
    void releaseChannel();

    static void onExitSignal(ssh_session, ssh_channel, const char* signal, int core, const char* errmsg,
                             const char* lang, void* userdata);

    HostWorker* m_worker;
    ssh_channel m_channel = nullptr;
    ssh_channel_callbacks_struct m_callbacks{};
    CommandSpec m_spec;
    std::shared_ptr<ExecLink> m_link;
    std::unique_ptr<ExecEvents> m_events;
    std::shared_ptr<ByteSource> m_source;
    std::shared_ptr<ByteSink> m_sink;

    QElapsedTimer m_clock;
    qint64 m_progressAt = 0; // m_clock's time of the last progress (CommandSpec::stallMs)
    qint64 m_cancelAt = -1;
    std::optional<CommandResult::Status> m_cancelStatus;
    RemoteError m_cancelError;
    bool m_killSent = false;
    QByteArray m_preamble; // stdout before the "puw-pid N" line (a login script's lines, the pid line)
    qint64 m_pid = 0;      // the remote process id; 0 while unknown or when the line was not a pid
    bool m_pidKnown = false;
    QByteArray m_stdoutPartial;
    QByteArray m_stderrPartial;
    QByteArray m_readBuffer; // scratch for channel reads
    QByteArray m_stdinChunk;
    qsizetype m_stdinOffset = 0;
    bool m_stdinEnded = false;
    bool m_eofSent = false;
    bool m_stdoutEof = false;
    bool m_stderrEof = false;
    QString m_exitSignal;
    CommandResult m_result;
    bool m_done = false;
};

} // namespace puw::detail
