// The replication mode's SQL against two real PostgreSQL 15 servers (old with wal_level = logical, new
// without): readiness, publication and subscription into a database restored from a dump without rows,
// the initial copy, old's later writes applied, the sequences carried, the teardown that leaves nothing
// on old, and the sync database renamed to the application's. Names are hostile throughout.
#include "database/sync/PostgresReplication.h"
#include "DatabaseServers.h"
#include "TestEnvironment.h"
#include "database/DatabaseAdapter.h"
#include "remote/LocalShell.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace puw;
using namespace puw::test;

namespace {

const QString appName = QStringLiteral("app 'q' \"x\" $(touch /tmp/puw-pwned-sync) ä;\\");
const QString password = QStringLiteral("Sync'pw\\ \"x\" $(y)");

const QString seed = QStringLiteral(R"SQL(
CREATE TABLE customer (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE "line ""x"" 'y'" (id bigserial PRIMARY KEY, customer_id int REFERENCES customer (id), note text);
INSERT INTO customer (name) SELECT 'Zoë ' || i FROM generate_series(1, 2000) AS i;
INSERT INTO "line ""x"" 'y'" (customer_id, note) SELECT 1 + i % 2000, repeat('n', i % 50) FROM generate_series(1, 5000) AS i;
)SQL");

class PostgresReplicationTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        PUW_REQUIRE(canRunPostgres(), "PostgreSQL 15 server programs and root");
        m_oldServer.addSettings(QStringLiteral("-c wal_level=logical"));
        QString why;
        ASSERT_TRUE(m_oldServer.start(&why)) << why.toStdString();
        ASSERT_TRUE(m_newServer.start(&why)) << why.toStdString();
        m_old = DatabaseAdapter::create(DatabaseEngine::PostgreSql, m_oldServer.target(appName));
        m_new = DatabaseAdapter::create(DatabaseEngine::PostgreSql, m_newServer.target(appName));
        m_sync = DatabaseAdapter::create(DatabaseEngine::PostgreSql,
                                         m_newServer.target(PostgresReplication::syncDatabaseName(appName)));
        for (auto* db : {m_old.get(), m_new.get(), m_sync.get()})
            db->setCommandTimeoutMs(60000);
        // Old's database is made by the test (the adapter refuses to recreate a database through a shell
        // labelled "old").
        ASSERT_TRUE(m_old->recreateDatabase(m_setupShell).ok());
        query(*m_old, seed);
    }

    QString query(const DatabaseAdapter& db, const QString& sql)
    {
        LocalShell& shell = &db == m_old.get() ? m_oldShell : m_newShell;
        auto value = db.parseQueryValue(shell.run(db.queryValueCommand(sql).request(60000)));
        EXPECT_TRUE(value.ok()) << value.error().toStdString();
        return value.ok() ? value.value() : QString();
    }

    // An admin script; its output, or a failed expectation with the client's error.
    QString admin(const DatabaseAdapter& db, const QByteArray& script, bool inAppDatabase = true,
                  bool secret = false)
    {
        LocalShell& shell = &db == m_old.get() ? m_oldShell : m_newShell;
        const ShellOutcome outcome =
            shell.run(db.adminScriptCommand(script, inAppDatabase, secret).request(60000));
        EXPECT_TRUE(outcome.ok()) << outcome.describe().toStdString();
        return outcome.stdoutText;
    }

    PostgresReplication::Lag lag()
    {
        auto read = PostgresReplication::parseLag(admin(*m_old, PostgresReplication::lagScript()));
        EXPECT_TRUE(read.ok()) << read.error().toStdString();
        return read.ok() ? read.value() : PostgresReplication::Lag{};
    }

    // Polls until done() or 60 s.
    template <typename Condition> bool eventually(Condition done)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000) {
            if (done())
                return true;
            QThread::msleep(200);
        }
        return false;
    }

    // The dump of old, on this machine's disk, verified.
    DumpFile dumpOld()
    {
        auto partial = PartialDump::forFinalPath(m_files.filePath(QStringLiteral("old.dump")));
        EXPECT_TRUE(partial.ok());
        EXPECT_TRUE(m_oldShell.run(m_old->dumpToFileCommand(partial.value()).request(60000)).ok());
        auto promoted = m_old->promote(m_newShell, partial.value());
        EXPECT_TRUE(promoted.ok());
        return promoted.value();
    }

    PostgresServer m_oldServer;
    PostgresServer m_newServer;
    LocalShell m_oldShell{QStringLiteral("old")};
    LocalShell m_newShell{QStringLiteral("new")};
    LocalShell m_setupShell{QStringLiteral("setup")};
    QTemporaryDir m_files;
    std::unique_ptr<DatabaseAdapter> m_old;
    std::unique_ptr<DatabaseAdapter> m_new;
    std::unique_ptr<DatabaseAdapter> m_sync;
    PostgresReplication m_replication;
};

} // namespace

TEST_F(PostgresReplicationTest, ReadinessNamesATableWithoutKeyAndTheWalLevel)
{
    query(*m_old, QStringLiteral("CREATE TABLE \"no key 'z'\" (v int)"));
    auto readiness = PostgresReplication::parseReadiness(admin(*m_old, m_replication.readinessScript()));
    ASSERT_TRUE(readiness.ok()) << readiness.error().toStdString();
    EXPECT_EQ(readiness->walLevel, QStringLiteral("logical"));
    EXPECT_FALSE(readiness->needsLogicalWal());
    EXPECT_EQ(readiness->tables, 3);
    EXPECT_EQ(readiness->tablesWithoutKey, QStringList{QStringLiteral("public.no key 'z'")});
    EXPECT_GT(readiness->freeSlots, 0);
    EXPECT_EQ(readiness->blockers().size(), 1);

    query(*m_old, QStringLiteral("ALTER TABLE \"no key 'z'\" REPLICA IDENTITY FULL"));
    readiness = PostgresReplication::parseReadiness(admin(*m_old, m_replication.readinessScript()));
    ASSERT_TRUE(readiness.ok());
    EXPECT_TRUE(readiness->tablesWithoutKey.isEmpty());
    EXPECT_TRUE(readiness->blockers().isEmpty());

    // New runs with Debian's default wal_level: the mode would need old's restart there.
    auto onNew = PostgresReplication::parseReadiness(admin(*m_new, m_replication.readinessScript(), false));
    ASSERT_TRUE(onNew.ok());
    EXPECT_EQ(onNew->walLevel, QStringLiteral("replica"));
    EXPECT_TRUE(onNew->needsLogicalWal());
}

TEST_F(PostgresReplicationTest, NewFollowsOldThenTakesTheApplicationsNameWithNothingLeftOnOld)
{
    const DumpFile dump = dumpOld();
    ASSERT_TRUE(m_sync->recreateDatabase(m_newShell).ok());
    const auto schema = m_sync->schemaRestoreCommand(dump);
    ASSERT_TRUE(schema.has_value());
    const ShellOutcome restored = m_newShell.run(schema->request(60000));
    ASSERT_TRUE(restored.ok()) << restored.describe().toStdString();
    EXPECT_EQ(query(*m_sync, QStringLiteral("SELECT count(*) FROM customer")), QStringLiteral("0"));

    admin(*m_old, m_replication.publishScript(password), true, true);
    const QString oldTarget = m_old->target().host;
    admin(*m_sync, PostgresReplication::subscribeScript(oldTarget, m_old->target().port, appName, password),
          true, true);
    // The initial copy, then writes on old after it.
    ASSERT_TRUE(eventually([&] {
        auto progress =
            PostgresReplication::parseProgress(admin(*m_sync, PostgresReplication::progressScript()));
        return progress.ok() && progress->copied() && progress->applyErrors == 0;
    }));
    query(*m_old,
          QStringLiteral("INSERT INTO customer (name) SELECT 'later ' || i FROM generate_series(1, 300) i; "
                         "UPDATE \"line \"\"x\"\" 'y'\" SET note = 'changed' WHERE id % 7 = 0; "
                         "DELETE FROM \"line \"\"x\"\" 'y'\" WHERE id % 11 = 0"));
    const quint64 target = lag().currentLsn;
    ASSERT_TRUE(eventually([&] { return lag().flushedLsn >= target; }));

    TableChecksums oldSums, newSums;
    const auto oldCounts = m_old->tableCounts(m_oldShell, &oldSums);
    const auto newCounts = m_sync->tableCounts(m_newShell, &newSums);
    ASSERT_TRUE(oldCounts.ok() && newCounts.ok());
    EXPECT_EQ(oldCounts.value(), newCounts.value());
    EXPECT_EQ(oldSums, newSums);
    EXPECT_EQ(newCounts->value(QStringLiteral("public.customer")), 2300);

    // Sequences are not replicated: carried over, the next id on new follows old's last.
    auto statements = PostgresReplication::setvalStatements(admin(*m_old, m_replication.sequencesScript()));
    ASSERT_TRUE(statements.ok()) << statements.error().toStdString();
    admin(*m_sync, statements.value() + "SELECT 'puw-end';\n");
    EXPECT_EQ(query(*m_sync, QStringLiteral("SELECT nextval('customer_id_seq')")), QStringLiteral("2301"));

    admin(*m_sync, PostgresReplication::unsubscribeScript());
    admin(*m_old, PostgresReplication::unpublishScript());
    EXPECT_EQ(PostgresReplication::parseLeftovers(admin(*m_old, PostgresReplication::leftoversScript())),
              QStringList{});

    // The rehearsal's copy goes, the sync database takes the application's name.
    ASSERT_TRUE(m_new->recreateDatabase(m_newShell).ok());
    admin(*m_new, PostgresReplication::promoteScript(appName), false);
    EXPECT_EQ(query(*m_new, QStringLiteral("SELECT count(*) FROM customer")), QStringLiteral("2300"));
    EXPECT_EQ(
        query(*m_new, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE '%\\_puw\\_sync'")),
        QStringLiteral("0"));
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/puw-pwned-sync")));
}

TEST_F(PostgresReplicationTest, ADetachedRemovalStillLeavesNoSlotOnOld)
{
    const DumpFile dump = dumpOld();
    ASSERT_TRUE(m_sync->recreateDatabase(m_newShell).ok());
    ASSERT_TRUE(m_newShell.run(m_sync->schemaRestoreCommand(dump)->request(60000)).ok());
    admin(*m_old, m_replication.publishScript(password), true, true);
    admin(*m_sync,
          PostgresReplication::subscribeScript(m_old->target().host, m_old->target().port, appName, password),
          true, true);
    ASSERT_TRUE(eventually([&] {
        auto progress =
            PostgresReplication::parseProgress(admin(*m_sync, PostgresReplication::progressScript()));
        return progress.ok() && progress->copied() && lag().slotActive;
    }));

    // As when old cannot be reached from new: the subscription forgets its slot; old drops it itself.
    admin(*m_sync, PostgresReplication::detachScript());
    EXPECT_FALSE(
        PostgresReplication::parseLeftovers(admin(*m_old, PostgresReplication::leftoversScript())).isEmpty());
    admin(*m_old, PostgresReplication::unpublishScript());
    EXPECT_EQ(PostgresReplication::parseLeftovers(admin(*m_old, PostgresReplication::leftoversScript())),
              QStringList{});
}
