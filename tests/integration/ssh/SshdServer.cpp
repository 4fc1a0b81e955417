#include "SshdServer.h"

#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace puw::test {

SshdServer::SshdServer(const QString& address, int port, const QString& hostKeyType)
    : m_address(address), m_port(port), m_hostKeyType(hostKeyType)
{
    setHostKeyType(hostKeyType);
    QFile keys(authorizedKeysFile());
    keys.open(QIODevice::WriteOnly);
}

SshdServer::~SshdServer()
{
    stop();
}

void SshdServer::setHostKeyType(const QString& type)
{
    m_hostKeyType = type;
    const QString key = m_dir.filePath(QStringLiteral("host_key"));
    QFile::remove(key);
    QFile::remove(key + QStringLiteral(".pub"));
    runLocal(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), type,
                                            QStringLiteral("-N"), QString(), QStringLiteral("-f"), key});
}

bool SshdServer::start(QString* error)
{
    QDir().mkpath(QStringLiteral("/run/sshd"));
    const QString config = m_dir.filePath(QStringLiteral("sshd_config"));
    QFile file(config);
    file.open(QIODevice::WriteOnly);
    file.write(QStringLiteral("ListenAddress %1:%2\n"
                              "HostKey %3/host_key\n"
                              "PidFile %3/sshd.pid\n"
                              "AuthorizedKeysFile %3/authorized_keys\n"
                              "UsePAM no\nStrictModes no\nPermitRootLogin yes\nPasswordAuthentication yes\n"
                              "KbdInteractiveAuthentication no\nMaxSessions 50\nMaxStartups 50\n"
                              "ClientAliveInterval 0\nLogLevel ERROR\n"
                              "Subsystem sftp /usr/lib/openssh/sftp-server\n")
                   .arg(m_address)
                   .arg(m_port)
                   .arg(m_dir.path())
                   .toUtf8());
    file.close();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(SshTestKit::sshdProgram(),
                    {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config});
    if (!m_process.waitForStarted(5000)) {
        if (error)
            *error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(m_address, static_cast<quint16>(m_port));
        if (socket.waitForConnected(500) && socket.waitForReadyRead(2000) &&
            socket.readLine().startsWith("SSH-"))
            return true;
        if (m_process.state() != QProcess::Running)
            break;
        QThread::msleep(50);
    }
    if (error)
        *error = QStringLiteral("sshd on %1:%2 did not start").arg(m_address).arg(m_port);
    return false;
}

static void killTree(qint64 pid, int signal)
{
    QString children;
    runLocal(QStringLiteral("pgrep"), {QStringLiteral("-P"), QString::number(pid)}, &children, 5000);
    ::kill(static_cast<pid_t>(pid), signal);
    for (const QString& child : children.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        killTree(child.trimmed().toLongLong(), signal);
}

void SshdServer::killAll()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    killTree(m_process.processId(), SIGKILL);
    m_process.waitForFinished(5000);
}

void SshdServer::freezeSessions(bool frozen)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    QString children;
    runLocal(QStringLiteral("pgrep"), {QStringLiteral("-P"), QString::number(m_process.processId())},
             &children, 5000);
    for (const QString& child : children.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        killTree(child.trimmed().toLongLong(), frozen ? SIGSTOP : SIGCONT);
}

void SshdServer::stop()
{
    killAll();
}

bool SshTestKit::isRoot()
{
    return ::geteuid() == 0;
}

bool SshTestKit::haveSshd()
{
    return QFile::exists(sshdProgram()) && !findProgram(QStringLiteral("ssh-keygen")).isEmpty();
}

bool SshTestKit::ensureTestUser()
{
    if (!isRoot())
        return false;
    if (runLocal(QStringLiteral("id"), {testUser()}) != 0 &&
        runLocal(QStringLiteral("useradd"),
                 {QStringLiteral("-m"), QStringLiteral("-s"), QStringLiteral("/bin/sh"), testUser()}) != 0)
        return false;
    QProcess chpasswd;
    chpasswd.start(QStringLiteral("chpasswd"));
    chpasswd.waitForStarted();
    chpasswd.write((testUser() + QLatin1Char(':') + testPassword() + QLatin1Char('\n')).toUtf8());
    chpasswd.closeWriteChannel();
    chpasswd.waitForFinished();
    return chpasswd.exitCode() == 0;
}

QString SshTestKit::makeKey(const QString& dir, const QString& name, const QString& passphrase)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    runLocal(QStringLiteral("ssh-keygen"),
             {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
              passphrase, QStringLiteral("-f"), path});
    return path;
}

bool SshTestKit::authorize(const SshdServer& server, const QString& privateKey)
{
    QFile pub(privateKey + QStringLiteral(".pub"));
    QFile keys(server.authorizedKeysFile());
    if (!pub.open(QIODevice::ReadOnly) || !keys.open(QIODevice::Append))
        return false;
    keys.write(pub.readAll());
    return true;
}

qint64 SshTestKit::residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int SshTestKit::countProcesses(const QString& pattern)
{
    QString output;
    runLocal(QStringLiteral("pgrep"), {QStringLiteral("-f"), pattern}, &output, 5000);
    return static_cast<int>(output.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
}

TinyDisk::TinyDisk(const QString& folder) : path(folder)
{
    QDir().mkpath(path);
    mounted = runLocal(QStringLiteral("mount"),
                       {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                        QStringLiteral("size=1m,mode=0777"), QStringLiteral("tmpfs"), path}) == 0;
}

TinyDisk::~TinyDisk()
{
    if (mounted)
        runLocal(QStringLiteral("umount"), {QStringLiteral("-l"), path});
}

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

TestConnection::TestConnection(const SshdServer& server, const QString& knownHosts, const QString& user,
                               const QString& identityFile)
{
    host.address = server.address();
    host.port = server.port();
    host.user = user;
    host.identityFile = identityFile;
    options.knownHostsFile = knownHosts;
    options.sshConfigFile = QStringLiteral("/dev/null"); // the machine's ~/.ssh/config must not interfere
    options.useAgent = false;
    options.prompter = prompter;
    options.connectTimeoutMs = 5000;
    prompter->acceptUnknownHostKeys = true;
}

RemoteError TestConnection::open(SshHost& sshHost, int timeoutMs)
{
    QFuture<RemoteError> future = sshHost.open();
    if (!waitFor(future, timeoutMs))
        return {RemoteError::Kind::Timeout, QStringLiteral("open() did not finish")};
    return future.result();
}

} // namespace puw::test
