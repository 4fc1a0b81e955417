#include "ServerProcess.h"

#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

namespace puw::test {

QString ServerProcess::start(const QString& program, const QStringList& arguments, const QString& address,
                             quint16 port, bool udpOnly)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(5000))
        return program + QStringLiteral(" did not start: ") + m_process.errorString();
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            return program + QStringLiteral(" exited: ") + QString::fromUtf8(m_process.readAll());
        if (udpOnly) {
            // dnsmasq logs this line once it listens.
            m_process.waitForReadyRead(50);
            m_output += m_process.readAll();
            if (m_output.contains("started, version"))
                return {};
            continue;
        }
        QTcpSocket probe;
        probe.connectToHost(address, port);
        if (probe.waitForConnected(200))
            return {};
        QThread::msleep(50);
    }
    const QString output = QString::fromUtf8(m_process.readAll());
    stop();
    return program + QStringLiteral(" does not answer on %1:%2: ").arg(address).arg(port) + output;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

quint16 closedPortOn(const QString& address)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress(address), 0))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        bool freeEverywhere = true;
        for (const char* other : {"127.0.0.42", "127.0.0.43"}) {
            QTcpServer check;
            freeEverywhere = freeEverywhere && check.listen(QHostAddress(QString::fromLatin1(other)), port);
        }
        if (freeEverywhere)
            return port;
    }
    return 0;
}

QString NginxWorld::start()
{
    const QString nginx = findProgram(QStringLiteral("nginx"));
    if (nginx.isEmpty() || !m_dir.isValid())
        return QStringLiteral("nginx not found");
    m_prefix = m_dir.path();
    for (const char* folder : {"tmp", "logs"})
        QDir(m_prefix).mkpath(QString::fromLatin1(folder));
    const QString hostile = m_prefix + QStringLiteral("/conf.d/it's a $(touch pwned) dir");
    QDir().mkpath(hostile);
    m_upstream = hostile + QStringLiteral("/upstream.conf");
    m_port = closedPortOn(QStringLiteral("127.0.0.41"));
    QFile upstream(m_upstream);
    if (!upstream.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write ") + m_upstream;
    upstream.write(upstreamFor(QStringLiteral("127.0.0.41")).toUtf8());
    upstream.close();

    const QString backend =
        QStringLiteral("    server { listen %1:%2; location = /version { return 200 \"%3\\n\"; } "
                       "location = /health { return 200 \"ok\\n\"; } }\n");
    QString conf;
    if (geteuid() == 0)
        conf += QStringLiteral("user root;\n");
    conf +=
        QStringLiteral("worker_processes 1;\ndaemon off;\npid %1/nginx.pid;\nerror_log %1/logs/error.log;\n"
                       "events { worker_connections 64; }\nhttp {\n    access_log off;\n"
                       "    client_body_temp_path %1/tmp/body; proxy_temp_path %1/tmp/proxy;\n"
                       "    fastcgi_temp_path %1/tmp/fcgi; uwsgi_temp_path %1/tmp/uwsgi; "
                       "scgi_temp_path %1/tmp/scgi;\n    default_type text/plain;\n")
            .arg(m_prefix);
    conf += backend.arg(QStringLiteral("127.0.0.41")).arg(m_port).arg(1);
    conf += backend.arg(QStringLiteral("127.0.0.42")).arg(m_port).arg(2);
    conf += QStringLiteral("    include \"%1\";\n").arg(m_upstream);
    conf += QStringLiteral("    server { listen 127.0.0.43:%1; location / { proxy_pass http://app_backend; "
                           "proxy_connect_timeout 2s; } }\n}\n")
                .arg(m_port);
    m_conf = m_prefix + QStringLiteral("/nginx.conf");
    QFile confFile(m_conf);
    if (!confFile.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write ") + m_conf;
    confFile.write(conf.toUtf8());
    confFile.close();
    return m_nginx.start(nginx,
                         {QStringLiteral("-c"), m_conf, QStringLiteral("-p"), m_prefix, QStringLiteral("-e"),
                          m_prefix + QStringLiteral("/logs/error.log")},
                         QStringLiteral("127.0.0.43"), m_port);
}

QString NginxWorld::upstreamFor(const QString& address) const
{
    return QStringLiteral("upstream app_backend {\n    server %1:%2;\n}\n").arg(address).arg(m_port);
}

QStringList NginxWorld::testCommand() const
{
    return {findProgram(QStringLiteral("nginx")),
            QStringLiteral("-t"),
            QStringLiteral("-c"),
            m_conf,
            QStringLiteral("-p"),
            m_prefix,
            QStringLiteral("-e"),
            m_prefix + QStringLiteral("/logs/error.log")};
}

QStringList NginxWorld::reloadCommand() const
{
    return {findProgram(QStringLiteral("nginx")),
            QStringLiteral("-s"),
            QStringLiteral("reload"),
            QStringLiteral("-c"),
            m_conf,
            QStringLiteral("-p"),
            m_prefix,
            QStringLiteral("-e"),
            m_prefix + QStringLiteral("/logs/error.log")};
}

QString NginxWorld::publicUrl(const QString& path) const
{
    return QStringLiteral("http://127.0.0.43:%1%2").arg(m_port).arg(path);
}

} // namespace puw::test
