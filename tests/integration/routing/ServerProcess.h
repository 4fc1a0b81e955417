#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace puw::test {

// A server the test starts in the foreground and always stops (SIGTERM, then SIGKILL), even on failure.
class ServerProcess {
public:
    ~ServerProcess() { stop(); }
    // Starts program and waits until address:port accepts (tcp) or until the process dies.
    // Empty on success, else what happened with the server's output.
    QString start(const QString& program, const QStringList& arguments, const QString& address, quint16 port,
                  bool udpOnly = false);
    void stop();
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QByteArray m_output;
};

// A port free on 127.0.0.41, .42 and .43 (the nginx world uses the same port on each).
quint16 closedPortOn(const QString& address);

// nginx with its own prefix: an "old" app on 127.0.0.41 answering /version "1", a "new" one on 127.0.0.42
// answering "2", and the public server on 127.0.0.43 proxying to the upstream named in upstreamFile().
class NginxWorld {
public:
    QString start(); // empty on success
    quint16 port() const { return m_port; }
    QString upstreamFile() const { return m_upstream; }
    QString upstreamFor(const QString& address) const; // the content of an upstream file
    QStringList testCommand() const;
    QStringList reloadCommand() const;
    QString publicUrl(const QString& path) const;

private:
    QTemporaryDir m_dir;
    QString m_prefix;
    QString m_conf;
    QString m_upstream;
    quint16 m_port = 0;
    ServerProcess m_nginx;
};

} // namespace puw::test
