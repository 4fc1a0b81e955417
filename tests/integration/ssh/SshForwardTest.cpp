// A local port forward through which a real PostgreSQL answers Qt Sql.
#include "ConnectedHostTest.h"

#include "remote/PortForward.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace puw;
using namespace puw::test;

namespace {

const QString pgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

// A throwaway PostgreSQL 15 cluster on 127.0.0.29:5433, trust authentication, owned by user postgres.
class ThrowawayPostgres {
public:
    bool start(QString* log)
    {
        m_dir.setAutoRemove(true);
        const QString data = m_dir.filePath(QStringLiteral("data"));
        runLocal(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir.path()});
        const auto asPostgres = [&](const QStringList& command) {
            return runLocal(
                QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + command,
                log, 60000);
        };
        if (asPostgres({pgBin + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-A"),
                        QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres")}) != 0)
            return false;
        m_started =
            asPostgres({pgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-l"),
                        m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-o"),
                        QStringLiteral("-h 127.0.0.29 -p 5433 -k ") + m_dir.path(),
                        QStringLiteral("start")}) == 0;
        return m_started;
    }
    ~ThrowawayPostgres()
    {
        if (m_started) {
            runLocal(QStringLiteral("runuser"),
                     {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                      pgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                      m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                      QStringLiteral("immediate"), QStringLiteral("stop")});
        }
    }

private:
    QTemporaryDir m_dir;
    bool m_started = false;
};

struct SshForwardServer {
    static constexpr const char* address = "127.0.0.21";
    static constexpr int port = 2230;
    static constexpr const char* keyName = "id_forward";
};
using SshForwardTest = ConnectedHostTest<SshForwardServer>;

TEST_F(SshForwardTest, PostgreSqlAnswersQtSqlThroughTheTunnel)
{
    PUW_REQUIRE(QFile::exists(pgBin + QStringLiteral("/initdb")), "PostgreSQL 15 server binaries");
    PUW_REQUIRE(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "Qt's QPSQL driver");
    ThrowawayPostgres postgres;
    QString log;
    ASSERT_TRUE(postgres.start(&log)) << log.toStdString();

    std::unique_ptr<PortForward> forward(host->forward(QStringLiteral("127.0.0.29"), 5433));
    ASSERT_TRUE(waitFor(forward->ready(), 5000));
    ASSERT_FALSE(forward->ready().result().isError()) << forward->ready().result().message.toStdString();
    ASSERT_GT(forward->localPort(), 0);

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tunnel"));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(forward->localPort());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        QSqlQuery query(db);
        ASSERT_TRUE(
            query.exec(QStringLiteral("SELECT 6 * 7, host(inet_server_addr()), repeat('x', 5000000)")))
            << query.lastError().text().toStdString();
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 42);
        EXPECT_EQ(query.value(1).toString(), QStringLiteral("127.0.0.29"));
        EXPECT_EQ(query.value(2).toString().size(), 5000000);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tunnel"));
}

TEST_F(SshForwardTest, RefusedTargetIsReportedAndTheSessionStaysUsable)
{
    std::unique_ptr<PortForward> forward(host->forward(QStringLiteral("127.0.0.29"), 1));
    ASSERT_TRUE(waitFor(forward->ready(), 5000));
    QString failure;
    QObject::connect(forward.get(), &PortForward::connectionFailed,
                     [&](const QString& message) { failure = message; });
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), forward->localPort());
    ASSERT_TRUE(socket.waitForConnected(2000));
    EXPECT_TRUE(waitUntil([&] { return !failure.isEmpty(); }, 5000));
    EXPECT_TRUE(failure.contains(QStringLiteral("127.0.0.29:1"))) << failure.toStdString();
    std::unique_ptr<CommandRun> run(host->run({QStringLiteral("true")}));
    ASSERT_TRUE(waitFor(run->future(), 5000));
    EXPECT_TRUE(run->result().ok());
}

} // namespace
