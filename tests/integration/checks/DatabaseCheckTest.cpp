// Database checks against a real PostgreSQL 15 started by the test on 127.0.0.41.
#include "HttpStub.h"

#include "TestEnvironment.h"
#include "checks/DatabaseCheck.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace puw;

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");
const QString kPassword = QStringLiteral("p@ss'w\"ord $(x)");

class PostgresServer {
public:
    ~PostgresServer() { stop(); }

    // Empty on success, else what went wrong.
    QString start()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther);
        const QString pwfile = m_dir.filePath(QStringLiteral("pw"));
        QFile pw(pwfile);
        if (!pw.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the password file");
        pw.write(kPassword.toUtf8() + '\n');
        pw.close();
        m_data = m_dir.filePath(QStringLiteral("data"));
        QString output;
        if (asPostgres(
                {QStringLiteral("chown"), QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir.path()},
                &output, false) != 0)
            return QStringLiteral("chown: ") + output;
        if (asPostgres({kBin + QStringLiteral("initdb"), QStringLiteral("-D"), m_data, QStringLiteral("-U"),
                        QStringLiteral("postgres"), QStringLiteral("--auth=scram-sha-256"),
                        QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--no-sync")},
                       &output) != 0)
            return QStringLiteral("initdb: ") + output;
        m_port = test::closedPort(QHostAddress(QStringLiteral("127.0.0.41")));
        const QString options =
            QStringLiteral("-h 127.0.0.41 -p %1 -k %2 -c fsync=off").arg(m_port).arg(m_dir.path());
        if (asPostgres({kBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_data, QStringLiteral("-o"),
                        options, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                        QStringLiteral("-w"), QStringLiteral("start")},
                       &output) != 0)
            return QStringLiteral("pg_ctl start: ") + output;
        m_started = true;
        return {};
    }

    // Runs SQL as postgres over the socket folder (trust-free: the password comes from PGPASSWORD).
    int psql(const QString& sql, QString* output)
    {
        qputenv("PGPASSWORD", kPassword.toUtf8());
        return asPostgres({QStringLiteral("psql"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                           QStringLiteral("-h"), QStringLiteral("127.0.0.41"), QStringLiteral("-p"),
                           QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"),
                           QStringLiteral("-c"), sql},
                          output);
    }

    void stop()
    {
        if (!m_started)
            return;
        m_started = false;
        asPostgres({kBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_data, QStringLiteral("-m"),
                    QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                   nullptr);
    }

    int port() const { return m_port; }

private:
    int asPostgres(const QStringList& command, QString* output, bool dropRoot = true)
    {
        if (!dropRoot)
            return test::runLocal(command.first(), command.mid(1), output);
        return test::runLocal(
            QStringLiteral("runuser"),
            QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + command,
            output);
    }

    QTemporaryDir m_dir{QStringLiteral("/tmp/puw-pg-XXXXXX")};
    QString m_data;
    int m_port = 0;
    bool m_started = false;
};

class DatabaseCheckTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        PUW_REQUIRE(geteuid() == 0, "root (PostgreSQL runs as the postgres user through runuser)");
        PUW_REQUIRE(QFile::exists(kBin + QStringLiteral("initdb")), "PostgreSQL 15 server binaries");
        PUW_REQUIRE(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "the Qt QPSQL driver");
        const QString error = m_server.start();
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        QString output;
        ASSERT_EQ(m_server.psql(
                      QStringLiteral("CREATE TABLE item (id int); INSERT INTO item SELECT generate_series(1, "
                                     "42); CREATE TABLE schema_migration (name text); INSERT INTO "
                                     "schema_migration VALUES ('0001_init'), ('0002_items');"),
                      &output),
                  0)
            << output.toStdString();
    }

    DatabaseCheckRequest check(const QString& query, const QString& expected) const
    {
        DatabaseCheckRequest request;
        request.name = QStringLiteral("rows");
        request.engine = DatabaseEngine::PostgreSql;
        request.host = QStringLiteral("127.0.0.41");
        request.port = m_server.port();
        request.database = QStringLiteral("postgres");
        request.user = QStringLiteral("postgres");
        request.password = kPassword;
        request.query = query;
        request.expected = expected;
        return request;
    }

    PostgresServer m_server;
};

} // namespace

TEST_F(DatabaseCheckTest, RowCountAndMigrationHead)
{
    CheckResult rows =
        runDatabaseCheck(check(QStringLiteral("SELECT count(*) FROM item"), QStringLiteral("42")));
    EXPECT_TRUE(rows.passed) << rows.detail.toStdString();
    EXPECT_EQ(rows.kind, QStringLiteral("database"));
    EXPECT_EQ(rows.detail, QStringLiteral("SELECT count(*) FROM item → 42 (expected 42)"));

    CheckResult wrong =
        runDatabaseCheck(check(QStringLiteral("SELECT count(*) FROM item"), QStringLiteral("43")));
    EXPECT_FALSE(wrong.passed);
    EXPECT_EQ(wrong.detail, QStringLiteral("expected 43, got 42 from: SELECT count(*) FROM item"));

    DatabaseCheckRequest atLeast = check(QStringLiteral("SELECT count(*) FROM item"), QStringLiteral("40"));
    atLeast.compare = DatabaseCheckRequest::Compare::AtLeast;
    EXPECT_TRUE(runDatabaseCheck(atLeast).passed);

    CheckResult head = runDatabaseCheck(
        check(QStringLiteral("SELECT max(name) FROM schema_migration"), QStringLiteral("0003_more")));
    EXPECT_FALSE(head.passed);
    EXPECT_EQ(head.detail, QStringLiteral("expected 0003_more, got 0002_items from: SELECT max(name) FROM "
                                          "schema_migration"));
}

TEST_F(DatabaseCheckTest, FailuresSayWhatWentWrongWithoutThePassword)
{
    CheckResult missing =
        runDatabaseCheck(check(QStringLiteral("SELECT count(*) FROM no_such_table"), QStringLiteral("0")));
    EXPECT_FALSE(missing.passed);
    EXPECT_TRUE(missing.detail.startsWith(QStringLiteral("the query failed: ")))
        << missing.detail.toStdString();
    EXPECT_TRUE(missing.detail.contains(QStringLiteral("no_such_table"))) << missing.detail.toStdString();

    DatabaseCheckRequest badPassword = check(QStringLiteral("SELECT 1"), QStringLiteral("1"));
    badPassword.password = QStringLiteral("wrong-secret");
    CheckResult denied = runDatabaseCheck(badPassword);
    EXPECT_FALSE(denied.passed);
    EXPECT_TRUE(denied.detail.startsWith(
        QStringLiteral("could not connect to postgres on 127.0.0.41:%1 as postgres: ").arg(m_server.port())))
        << denied.detail.toStdString();
    EXPECT_TRUE(denied.detail.contains(QStringLiteral("password authentication failed")))
        << denied.detail.toStdString();
    EXPECT_FALSE(denied.detail.contains(QStringLiteral("wrong-secret")));

    m_server.stop();
    CheckResult down = runDatabaseCheck(check(QStringLiteral("SELECT 1"), QStringLiteral("1")));
    EXPECT_FALSE(down.passed);
    EXPECT_TRUE(down.detail.startsWith(QStringLiteral("could not connect to postgres on 127.0.0.41:")))
        << down.detail.toStdString();
    EXPECT_FALSE(down.detail.contains(kPassword));
    EXPECT_TRUE(QSqlDatabase::connectionNames().isEmpty()) << "every connection is removed";
}
