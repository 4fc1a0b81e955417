#pragma once

#include "SshTypes.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QTimer>

#include <memory>

namespace puw {

class CommandRun;
class FileSource;
class SshHost;

namespace detail {
class DownloadSink;
}

struct TransferOptions {
    int mode = -1;     // permission bits at the destination (e.g. 0600); -1 keeps the source's (& 0777)
    int timeoutMs = 0; // 0: no limit
};

struct TransferResult {
    bool ok = false;
    qint64 bytes = 0;      // the file's size, once transferred
    int mode = -1;         // the permission bits given to the destination
    QString sha256;        // downloads: of the bytes written locally (hex); empty for uploads
    RemoteError error;     // names the file and the host, and says what went wrong
    CommandResult command; // the remote side
};

// One file copied to or from a host over an exec channel (measured faster than SFTP on libssh 0.10):
// upload `cat > TMP`, size check, `chmod`, `mv TMP DEST`; download `stat` then `cat`, into a local temporary
// file renamed into place once its size is checked. On any failure (disk full, permission denied, lost
// connection, cancel) the destination name is left as it was and the temporary file is removed.
// Created by SshHost::upload() and SshHost::download(); deleting it cancels the transfer.
class FileTransfer : public QObject {
    Q_OBJECT
public:
    enum class Direction { Upload, Download };
    ~FileTransfer() override;

    Direction direction() const { return m_direction; }
    QString localPath() const { return m_localPath; }
    QString remotePath() const { return m_remotePath; }
    void cancel();
    bool isFinished() const { return m_done; }
    const TransferResult& result() const { return m_result; }
    QFuture<TransferResult> future() { return m_promise.future(); }

signals:
    void progress(qint64 bytes, qint64 totalBytes, double bytesPerSecond); // total -1 until known
    void finished(const puw::TransferResult& result);

private:
    friend class SshHost;
    FileTransfer(SshHost* host, Direction direction, const QString& localPath, const QString& remotePath,
                 const TransferOptions& options, QObject* parent);
    void start();
    void startUpload();
    void startDownload();
    void runFinished();
    void finish(const RemoteError& error);
    void failEarly(const QString& message);
    QString describeFailure() const;
    qint64 bytesSoFar() const;

    QPointer<SshHost> m_host;
    Direction m_direction;
    QString m_localPath;
    QString m_remotePath;
    QString m_remoteTemp;
    TransferOptions m_options;
    std::shared_ptr<FileSource> m_source;
    std::shared_ptr<detail::DownloadSink> m_sink;
    CommandRun* m_run = nullptr;
    QFutureWatcher<bool> m_written;
    qint64 m_total = -1;
    QTimer m_progressTimer;
    QElapsedTimer m_clock;
    QPromise<TransferResult> m_promise;
    TransferResult m_result;
    bool m_done = false;
};

} // namespace puw

Q_DECLARE_METATYPE(puw::TransferResult)
