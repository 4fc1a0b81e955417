#pragma once

#include "remote/SshHost.h"
#include "remote/SshPrompter.h"
#include "util/Redactor.h"

#include <QFuture>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace puw::test {

// A real OpenSSH server on a loopback address, with its own host key, config and authorized_keys.
class SshdServer {
public:
    SshdServer(const QString& address, int port, const QString& hostKeyType = QStringLiteral("ed25519"));
    ~SshdServer();

    bool start(QString* error = nullptr); // waits for the banner
    void stop();
    void killAll(); // SIGKILL the listener and every session process: a server that dies
    // SIGSTOP (or SIGCONT) every session process: a server that goes silent, the TCP connection intact.
    void freezeSessions(bool frozen);
    void setHostKeyType(const QString& type); // a new host key (takes effect on the next start)

    QString address() const { return m_address; }
    int port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    QString authorizedKeysFile() const { return m_dir.filePath(QStringLiteral("authorized_keys")); }
    qint64 pid() const { return m_process.processId(); }

private:
    QString m_address;
    int m_port;
    QString m_hostKeyType;
    QTemporaryDir m_dir;
    QProcess m_process;
};

// Keys, the test user and helpers shared by the ssh tests.
struct SshTestKit {
    static QString testUser() { return QStringLiteral("puwtest"); }
    static QString testPassword() { return QStringLiteral("It's a \"test\" $(password)"); }
    static bool isRoot();
    static bool ensureTestUser(); // idempotent: useradd + chpasswd
    // A new ed25519 key pair in dir; returns the private key path.
    static QString makeKey(const QString& dir, const QString& name, const QString& passphrase = {});
    static bool authorize(const SshdServer& server, const QString& privateKey);
    static QString sshdProgram() { return QStringLiteral("/usr/sbin/sshd"); }
    static bool haveSshd();
    // Peak resident memory of this process in KiB (VmHWM) and current (VmRSS).
    static qint64 residentKiB();
    // Processes on this machine (the "remote" host is local) matching a pattern.
    static int countProcesses(const QString& pattern);
};

// A tmpfs of 1 MiB mounted on a folder while this object lives: a disk that fills up (needs root).
struct TinyDisk {
    explicit TinyDisk(const QString& path);
    ~TinyDisk();
    QString path;
    bool mounted = false;
};

// Waits for a future while processing events (queued results reach this thread).
template <typename T> bool waitFor(const QFuture<T>& future, int timeoutMs);
bool waitUntil(const std::function<bool()>& condition, int timeoutMs);

template <typename T> bool waitFor(const QFuture<T>& future, int timeoutMs)
{
    return waitUntil([&] { return future.isFinished(); }, timeoutMs);
}

// Options for a test connection: a private known_hosts and a fixed prompter.
struct TestConnection {
    std::shared_ptr<FixedPrompter> prompter = std::make_shared<FixedPrompter>();
    SshOptions options;
    HostSpec host;
    TestConnection(const SshdServer& server, const QString& knownHosts, const QString& user,
                   const QString& identityFile = {});
    // Opens and returns the error (kind None on success).
    RemoteError open(SshHost& host, int timeoutMs = 20000);
};

} // namespace puw::test
