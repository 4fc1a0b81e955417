#pragma once

#include "CommandRun.h"
#include "SshTypes.h"
#include "plan/HostSpec.h"

#include <QFuture>
#include <QObject>
#include <QThread>

#include <memory>

namespace puw {

class ByteSink;
class ByteSource;
class FileTransfer;
class PortForward;
struct TransferOptions;

namespace detail {
class HostWorker;
}

// One remote host reached over SSH. The libssh session lives in a worker thread owned by this object;
// every method returns at once and may be called from the thread that created the SshHost (usually the
// GUI thread). Operations queued before open() completes run after it, in order.
class SshHost : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected, Closed };

    explicit SshHost(const HostSpec& host, const SshOptions& options = {}, QObject* parent = nullptr);
    ~SshHost() override; // closes: pending operations fail as Disconnected; joins the worker thread

    const HostSpec& host() const { return m_host; }
    State state() const { return m_state; }
    HostKeyInfo hostKey() const { return m_hostKey; }
    RemoteError lastError() const { return m_lastError; }

    // Connects, checks the host key (asking SshOptions::prompter for an unknown one) and authenticates.
    // The future's RemoteError has kind None on success.
    QFuture<RemoteError> open();
    // Fails every pending operation with Disconnected and closes the session. Never blocks for long.
    void close();

    // Runs a command; the returned object belongs to parent (or to the caller when parent is null).
    CommandRun* run(const CommandSpec& spec, QObject* parent = nullptr);
    CommandRun* run(const QStringList& arguments, int timeoutMs = 0, QObject* parent = nullptr);
    // With stdin pulled from a source and/or stdout pushed to a sink (relay, file transfer).
    CommandRun* run(const CommandSpec& spec, std::shared_ptr<ByteSource> stdinSource,
                    std::shared_ptr<ByteSink> stdoutSink, QObject* parent = nullptr);

    // Copies a local file to a remote path, or a remote file to a local path, keeping the permission bits
    // (or options.mode). The destination appears only complete, under its name. See FileTransfer.
    FileTransfer* upload(const QString& localPath, const QString& remotePath, const TransferOptions& options,
                         QObject* parent = nullptr);
    FileTransfer* upload(const QString& localPath, const QString& remotePath, QObject* parent = nullptr);
    FileTransfer* download(const QString& remotePath, const QString& localPath,
                           const TransferOptions& options, QObject* parent = nullptr);
    FileTransfer* download(const QString& remotePath, const QString& localPath, QObject* parent = nullptr);

    // Listens on 127.0.0.1 (a free port) and tunnels each connection to targetHost:targetPort as seen
    // from the remote host. See PortForward.
    PortForward* forward(const QString& targetHost, int targetPort, QObject* parent = nullptr);

signals:
    void stateChanged(puw::SshHost::State state);
    void connectionLost(const puw::RemoteError& error);

private:
    friend class PortForward;
    void setState(State state);
    detail::HostWorker* worker() const { return m_worker; }

    HostSpec m_host;
    SshOptions m_options;
    QThread m_thread;
    detail::HostWorker* m_worker = nullptr;
    State m_state = State::Idle;
    HostKeyInfo m_hostKey;
    RemoteError m_lastError;
};

} // namespace puw
