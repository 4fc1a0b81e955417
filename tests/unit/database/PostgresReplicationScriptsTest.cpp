// What the replication mode reads back from old and new: WAL positions, the slot's lag, the sequences
// old lists (data that new runs, so anything but a setval is refused), what is left on old, and the
// names the mode gives its objects.
#include "database/sync/PostgresReplication.h"

#include <gtest/gtest.h>

using namespace puw;

TEST(PostgresReplicationScripts, WalPositionsCompareAsNumbers)
{
    const auto low = PostgresReplication::parseLsn(QStringLiteral("0/FFFFFFFF"));
    const auto high = PostgresReplication::parseLsn(QStringLiteral("1/0"));
    ASSERT_TRUE(low.ok() && high.ok());
    EXPECT_LT(low.value(), high.value());
    EXPECT_EQ(high.value(), quint64(1) << 32);
    EXPECT_FALSE(PostgresReplication::parseLsn(QStringLiteral("1/0; DROP")).ok());
    EXPECT_FALSE(PostgresReplication::parseLsn(QString()).ok());
}

TEST(PostgresReplicationScripts, LagIsWhatNewHasNotConfirmed)
{
    const auto lag =
        PostgresReplication::parseLag(QStringLiteral("puw-sync lag 0/3000100 0/3000000 true\npuw-end\n"));
    ASSERT_TRUE(lag.ok()) << lag.error().toStdString();
    EXPECT_EQ(lag->bytesBehind(), 0x100);
    EXPECT_TRUE(lag->slotActive);
    // No slot: the subscription is gone, which must not read as "caught up".
    const auto none = PostgresReplication::parseLag(QStringLiteral("puw-end\n"));
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().contains(QStringLiteral("puw_sync")));
    EXPECT_FALSE(PostgresReplication::parseLag(QStringLiteral("puw-sync lag 0/1 0/1 true\n")).ok());
}

TEST(PostgresReplicationScripts, OnlySetvalLinesGoOnToNew)
{
    const auto fine = PostgresReplication::setvalStatements(
        QStringLiteral("puw-setval SELECT setval('public.\"o''k\"', 42, true);\npuw-end\n"));
    ASSERT_TRUE(fine.ok()) << fine.error().toStdString();
    EXPECT_EQ(fine.value(), QByteArray("SELECT setval('public.\"o''k\"', 42, true);\n"));
    const auto hostile = PostgresReplication::setvalStatements(
        QStringLiteral("puw-setval SELECT setval('x', 1, true); DROP DATABASE app;\npuw-end\n"));
    EXPECT_FALSE(hostile.ok());
    EXPECT_FALSE(
        PostgresReplication::setvalStatements(QStringLiteral("puw-setval SELECT 1;\npuw-end\n")).ok());
    EXPECT_FALSE(
        PostgresReplication::setvalStatements(QStringLiteral("puw-setval SELECT setval('x', 1, true);\n"))
            .ok());
}

TEST(PostgresReplicationScripts, ReadinessListsTheTablesWithoutKeyInOrder)
{
    const auto readiness = PostgresReplication::parseReadiness(
        QStringLiteral(
            "puw-sync wal_level replica\npuw-sync cluster 15/main\npuw-sync free_slots 10\npuw-sync "
            "free_senders 10\n"
            "puw-sync large_objects 2\npuw-sync tables 3\npuw-sync nokey %1\npuw-sync nokey %2\npuw-end\n")
            .arg(QString::fromLatin1(QByteArray("public.a").toHex()),
                 QString::fromLatin1(QByteArray("public.b c").toHex())));
    ASSERT_TRUE(readiness.ok());
    EXPECT_TRUE(readiness->needsLogicalWal());
    EXPECT_EQ(readiness->tablesWithoutKey,
              (QStringList{QStringLiteral("public.a"), QStringLiteral("public.b c")}));
    EXPECT_EQ(readiness->blockers().size(), 2); // large objects, tables without key; wal_level is not one
    EXPECT_EQ(PostgresReplication::debianClusterUnit(readiness->clusterName),
              QStringLiteral("postgresql@15-main"));
    EXPECT_EQ(PostgresReplication::debianClusterUnit(QStringLiteral("main; reboot")), QString());
    EXPECT_EQ(PostgresReplication::debianClusterUnit(QString()), QString());
}

TEST(PostgresReplicationScripts, TheSyncDatabaseNameFitsPostgres)
{
    EXPECT_EQ(PostgresReplication::syncDatabaseName(QStringLiteral("demo")), QStringLiteral("demo_puw_sync"));
    const QString longName = QString(60, QChar(0x00E4)); // 120 bytes in UTF-8
    EXPECT_LE(PostgresReplication::syncDatabaseName(longName).toUtf8().size(), 63);
    EXPECT_TRUE(PostgresReplication::syncDatabaseName(longName).endsWith(QStringLiteral("_puw_sync")));
}

TEST(PostgresReplicationScripts, LeftoversAreNamedAndAStoppedCheckIsNotClean)
{
    EXPECT_EQ(PostgresReplication::parseLeftovers(QStringLiteral("puw-end\n")), QStringList{});
    EXPECT_EQ(PostgresReplication::parseLeftovers(
                  QStringLiteral("puw-sync left slot puw_sync\npuw-sync left role\npuw-end\n")),
              (QStringList{QStringLiteral("slot puw_sync"), QStringLiteral("role")}));
    EXPECT_FALSE(PostgresReplication::parseLeftovers(QString()).isEmpty());
}

TEST(PostgresReplicationScripts, PasswordsOnlyInTheScriptsThatRunAsSecretInput)
{
    const QString password = QStringLiteral("p'w\\x");
    const QByteArray subscribe = PostgresReplication::subscribeScript(
        QStringLiteral("old.example"), QStringLiteral("5432"), QStringLiteral("db' x"), password);
    // The conninfo value escapes ' for libpq and the SQL literal around it again: never a bare quote.
    EXPECT_TRUE(subscribe.contains("CREATE SUBSCRIPTION")) << subscribe.toStdString();
    EXPECT_FALSE(subscribe.contains("p'w")) << subscribe.toStdString();
    EXPECT_FALSE(PostgresReplication::progressScript().contains("password"));
}
