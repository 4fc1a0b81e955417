#include "DatabaseServers.h"

#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QThread>

#include <unistd.h>

namespace puw::test {

namespace {
const QString pgBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

int asPostgres(const QStringList& arguments, QString* output, int timeoutMs = 60000)
{
    return runLocal(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} +
                        arguments,
                    output, timeoutMs);
}

void openUp(const QTemporaryDir& dir, const QString& owner)
{
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                          QFile::ExeOther);
    runLocal(QStringLiteral("chown"), {owner, dir.path()}, nullptr);
}
} // namespace

int freePort(const QString& address)
{
    QTcpServer server;
    if (!server.listen(QHostAddress(address), 0))
        return 0;
    return server.serverPort();
}

bool canRunPostgres()
{
    return geteuid() == 0 && QFile::exists(pgBin + QStringLiteral("initdb")) &&
           !findProgram(QStringLiteral("psql")).isEmpty();
}

bool canRunMariaDb()
{
    return geteuid() == 0 && !findProgram(QStringLiteral("mariadbd")).isEmpty() &&
           !findProgram(QStringLiteral("mariadb-install-db")).isEmpty();
}

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

bool PostgresServer::start(QString* why)
{
    if (!m_dir.isValid())
        return *why = QStringLiteral("no temporary folder"), false;
    openUp(m_dir, QStringLiteral("postgres"));
    m_port = freePort(QString::fromLatin1(kAddress));
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QString output;
    if (asPostgres({pgBin + QStringLiteral("initdb"), QStringLiteral("-D"), data, QStringLiteral("-E"),
                    QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync"),
                    QStringLiteral("--auth-local=peer"), QStringLiteral("--auth-host=scram-sha-256"),
                    QStringLiteral("-U"), QStringLiteral("postgres")},
                   &output) != 0)
        return *why = QStringLiteral("initdb failed: ") + output, false;
    const QString options = QStringLiteral("-c listen_addresses=%1 -c port=%2 -c unix_socket_directories=%3 "
                                           "-c fsync=off -c full_page_writes=off -c max_connections=30")
                                .arg(QString::fromLatin1(kAddress))
                                .arg(m_port)
                                .arg(m_dir.path()) +
                            m_settings;
    if (asPostgres({pgBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-o"),
                    options, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                    QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                    QStringLiteral("start")},
                   &output) != 0)
        return *why = QStringLiteral("pg_ctl start failed: ") + output, false;
    m_running = true;
    const QString createRole = QStringLiteral("CREATE ROLE app LOGIN NOCREATEDB PASSWORD '%1'")
                                   .arg(appPassword().replace(QLatin1Char('\''), QStringLiteral("''")));
    if (asPostgres({QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"),
                    m_dir.path(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-d"),
                    QStringLiteral("postgres"), QStringLiteral("-c"), createRole},
                   &output) != 0)
        return *why = QStringLiteral("creating the app role failed: ") + output, false;
    return true;
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    asPostgres({pgBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"),
                m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("immediate"),
                QStringLiteral("-w"), QStringLiteral("stop")},
               nullptr);
    m_running = false;
}

DatabaseTarget PostgresServer::target(const QString& name) const
{
    DatabaseTarget target;
    target.host = QString::fromLatin1(kAddress);
    target.port = QString::number(m_port);
    target.name = name;
    target.app = DatabaseAccess::withPassword(QStringLiteral("app"), appPassword());
    target.admin =
        DatabaseAccess::local(QStringLiteral("postgres"), QStringLiteral("postgres"), m_dir.path());
    return target;
}

MariaDbServer::MariaDbServer() = default;

MariaDbServer::~MariaDbServer()
{
    stop();
}

bool MariaDbServer::start(QString* why)
{
    if (!m_dir.isValid())
        return *why = QStringLiteral("no temporary folder"), false;
    openUp(m_dir, QStringLiteral("mysql"));
    m_port = freePort(QString::fromLatin1(kAddress));
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString temp = m_dir.filePath(QStringLiteral("tmp"));
    QString output;
    runLocal(QStringLiteral("install"),
             {QStringLiteral("-d"), QStringLiteral("-o"), QStringLiteral("mysql"), temp}, &output);
    // Its own TMPDIR: bootstraps running at the same time collide in a shared /tmp.
    QProcess install;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), temp);
    install.setProcessEnvironment(environment);
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(findProgram(QStringLiteral("mariadb-install-db")),
                  {QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
                   QStringLiteral("--user=mysql"), QStringLiteral("--tmpdir=") + temp,
                   QStringLiteral("--auth-root-authentication-method=socket"),
                   QStringLiteral("--skip-test-db")});
    if (!install.waitForFinished(120000) || install.exitStatus() != QProcess::NormalExit ||
        install.exitCode() != 0) {
        install.kill();
        install.waitForFinished();
        return *why = QStringLiteral("mariadb-install-db failed: ") + QString::fromUtf8(install.readAll()),
               false;
    }
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")));
    m_server.start(
        findProgram(QStringLiteral("mariadbd")),
        {QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
         QStringLiteral("--tmpdir=") + temp, QStringLiteral("--socket=") + socket(),
         QStringLiteral("--port=%1").arg(m_port),
         QStringLiteral("--bind-address=") + QString::fromLatin1(kAddress), QStringLiteral("--user=mysql"),
         QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("mysqld.pid")),
         QStringLiteral("--skip-name-resolve"), QStringLiteral("--skip-log-bin"),
         QStringLiteral("--character-set-server=utf8mb4"), QStringLiteral("--innodb-buffer-pool-size=32M"),
         QStringLiteral("--innodb-flush-log-at-trx-commit=0"), QStringLiteral("--innodb-doublewrite=0")});
    if (!m_server.waitForStarted())
        return *why = QStringLiteral("mariadbd did not start"), false;
    const QString createUser = QStringLiteral("CREATE USER 'app'@'%' IDENTIFIED BY '%1'; "
                                              "GRANT ALL PRIVILEGES ON `%`.* TO 'app'@'%';")
                                   .arg(appPassword().replace(QLatin1Char('\''), QStringLiteral("''")));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        if (m_server.state() != QProcess::Running)
            return *why =
                       QStringLiteral("mariadbd exited; see ") + m_dir.filePath(QStringLiteral("server.log")),
                   false;
        if (runLocal(QStringLiteral("mariadb"),
                     {QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + socket(),
                      QStringLiteral("--user=root"), QStringLiteral("-e"), createUser},
                     &output) == 0)
            return true;
        QThread::msleep(200);
    }
    return *why = QStringLiteral("MariaDB did not answer: ") + output, false;
}

void MariaDbServer::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.terminate();
    if (!m_server.waitForFinished(30000)) {
        m_server.kill();
        m_server.waitForFinished();
    }
}

DatabaseTarget MariaDbServer::target(const QString& name) const
{
    DatabaseTarget target;
    target.host = QString::fromLatin1(kAddress);
    target.port = QString::number(m_port);
    target.name = name;
    target.charset = QStringLiteral("utf8mb4");
    target.app = DatabaseAccess::withPassword(QStringLiteral("app"), appPassword());
    target.admin = DatabaseAccess::local(QStringLiteral("root"), QStringLiteral("root"), socket());
    return target;
}

} // namespace puw::test
