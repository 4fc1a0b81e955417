#include "FileTransfer.h"

#include "ByteStreams.h"
#include "CommandRun.h"
#include "DownloadSink.h"
#include "ShellQuote.h"
#include "SshHost.h"
#include "SshLog.h"

#include <QFile>
#include <QRandomGenerator>

#include <sys/stat.h>

namespace puw {

namespace {
constexpr int progressIntervalMs = 250;

QString hostName(const SshHost* host)
{
    return host ? host->host().address : QString();
}
} // namespace

FileTransfer::FileTransfer(SshHost* host, Direction direction, const QString& localPath,
                           const QString& remotePath, const TransferOptions& options, QObject* parent)
    : QObject(parent), m_host(host), m_direction(direction), m_localPath(localPath), m_remotePath(remotePath),
      m_options(options), m_progressTimer(this)
{
    qRegisterMetaType<puw::TransferResult>();
    m_promise.start();
    m_progressTimer.setInterval(progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        const qint64 bytes = bytesSoFar();
        const double seconds = std::max<qint64>(1, m_clock.elapsed()) / 1000.0;
        emit progress(bytes, m_sink ? m_sink->total() : m_total, static_cast<double>(bytes) / seconds);
    });
    connect(&m_written, &QFutureWatcher<bool>::finished, this, &FileTransfer::runFinished);
}

FileTransfer::~FileTransfer()
{
    if (!m_done)
        cancel();
}

void FileTransfer::cancel()
{
    if (m_run)
        m_run->cancel();
}

qint64 FileTransfer::bytesSoFar() const
{
    if (m_source)
        return m_source->bytesRead();
    return m_sink ? m_sink->bytes() : 0;
}

void FileTransfer::start()
{
    m_clock.start();
    if (m_direction == Direction::Upload)
        startUpload();
    else
        startDownload();
    if (m_run) {
        connect(m_run, &CommandRun::finished, this, &FileTransfer::runFinished);
        m_progressTimer.start();
    }
}

void FileTransfer::failEarly(const QString& message)
{
    // Reported from the event loop: the caller connects to finished() after upload()/download() returns.
    QMetaObject::invokeMethod(
        this,
        [this, message] {
            finish({RemoteError::Kind::Local, message});
        },
        Qt::QueuedConnection);
}

void FileTransfer::startUpload()
{
    struct stat info {};
    const int rc = ::stat(QFile::encodeName(m_localPath).constData(), &info);
    const int error = errno;
    if (rc != 0 || !S_ISREG(info.st_mode)) {
        failEarly(tr("Cannot upload %1: %2")
                      .arg(m_localPath, rc != 0 ? qt_error_string(error) : tr("it is not a regular file")));
        return;
    }
    m_total = info.st_size;
    m_result.mode = m_options.mode >= 0 ? m_options.mode : static_cast<int>(info.st_mode & 0777);
    m_source = std::make_shared<FileSource>(m_localPath);
    if (!m_source->open()) {
        failEarly(m_source->failure());
        return;
    }
    m_remoteTemp = m_remotePath + QStringLiteral(".puw-part-") +
                   QString::number(QRandomGenerator::global()->generate(), 16);
    // The temporary file is private (umask) until complete; a short file (a connection lost mid-way gives
    // cat a clean end of input) is never moved into place.
    CommandSpec spec;
    spec.timeoutMs = m_options.timeoutMs;
    spec.shellCommand =
        QStringLiteral("t=%1; d=%2; umask 077; "
                       "if ! cat > \"$t\"; then rm -f -- \"$t\"; exit 1; fi; "
                       "n=$(wc -c < \"$t\"); if [ \"$n\" -ne %3 ]; then "
                       "echo \"received $n of %3 bytes\" >&2; rm -f -- \"$t\"; exit 1; fi; "
                       "chmod 0%4 -- \"$t\" && mv -f -- \"$t\" \"$d\" || { rm -f -- \"$t\"; exit 1; }")
            .arg(shellQuote(m_remoteTemp), shellQuote(m_remotePath), QString::number(m_total),
                 QString::number(m_result.mode, 8)); // one pass: a % in a name is never a placeholder
    if (!m_host) {
        failEarly(tr("Cannot upload %1: the host is gone.").arg(m_localPath));
        return;
    }
    qCDebug(lcSsh) << "upload to" << hostName(m_host) << "bytes" << m_total;
    m_run = m_host->run(spec, m_source, nullptr, this);
}

void FileTransfer::startDownload()
{
    m_sink = std::make_shared<detail::DownloadSink>(m_localPath, m_options.mode);
    if (!m_sink->open()) {
        failEarly(m_sink->failure());
        return;
    }
    m_written.setFuture(m_sink->written());
    // Open first, then describe what was opened: mode and size belong to the file being sent.
    CommandSpec spec;
    spec.timeoutMs = m_options.timeoutMs;
    spec.shellCommand = QStringLiteral("exec < %1 || exit 1; stat -L -c '%a %s' /dev/stdin && exec cat")
                            .arg(shellQuote(m_remotePath));
    if (!m_host) {
        failEarly(tr("Cannot download %1: the host is gone.").arg(m_remotePath));
        return;
    }
    qCDebug(lcSsh) << "download from" << hostName(m_host);
    m_run = m_host->run(spec, nullptr, m_sink, this);
}

void FileTransfer::runFinished()
{
    if (m_done || !m_run || !m_run->isFinished())
        return;
    if (m_sink && !m_written.isFinished())
        return; // the local file is still being completed (or removed)
    m_result.command = m_run->result();
    RemoteError error;
    const bool written = !m_sink || (m_written.future().resultCount() > 0 && m_written.result());
    if (!m_result.command.ok() || !written) {
        error.kind = m_result.command.error.isError() ? m_result.command.error.kind
                     : m_result.command.ok()          ? RemoteError::Kind::Local
                                                      : RemoteError::Kind::Channel;
        error.message = describeFailure();
    }
    if (error.isError() && m_direction == Direction::Upload && m_host &&
        m_result.command.status != CommandResult::Status::Exited &&
        m_host->state() == SshHost::State::Connected) {
        // Killed before its own cleanup ran: remove the temporary file (never the destination).
        m_host->run({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), m_remoteTemp}, 30000,
                    m_host);
    }
    finish(error);
}

QString FileTransfer::describeFailure() const
{
    QString why;
    const CommandResult& command = m_result.command;
    if (m_sink && !m_sink->failure().isEmpty() && command.status != CommandResult::Status::Exited)
        why = command.error.kind == RemoteError::Kind::Local ? m_sink->failure() : command.describe();
    else if (command.status == CommandResult::Status::Exited && command.exitCode != 0 &&
             !command.stderrTail.isEmpty())
        why = command.stderrTail.join(QStringLiteral("; "));
    else if (!command.ok())
        why = command.describe();
    else
        why = m_sink ? m_sink->failure() : QString();
    const QString remote = hostName(m_host) + QLatin1Char(':') + m_remotePath;
    return m_direction == Direction::Upload
               ? tr("Cannot upload %1 to %2: %3").arg(m_localPath, remote, why)
               : tr("Cannot download %1 to %2: %3").arg(remote, m_localPath, why);
}

void FileTransfer::finish(const RemoteError& error)
{
    if (m_done)
        return;
    m_done = true;
    m_progressTimer.stop();
    m_result.error = error;
    m_result.ok = !error.isError();
    if (m_sink) {
        m_result.mode = m_sink->mode();
        m_result.sha256 = m_sink->sha256Hex();
    }
    m_result.bytes = m_result.ok ? (m_sink ? m_sink->bytes() : m_total) : bytesSoFar();
    const double seconds = std::max<qint64>(1, m_clock.elapsed()) / 1000.0;
    emit progress(m_result.bytes, m_sink ? m_sink->total() : m_total, m_result.bytes / seconds);
    m_promise.addResult(m_result);
    m_promise.finish();
    emit finished(m_result);
}

} // namespace puw
