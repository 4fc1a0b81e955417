// Restores of dumps made elsewhere (a MySQL 8 server, another host's accounts) into real MariaDB, with
// and without the recipe's fixes; a restore stops at the first error.
#include "MysqlFixture.h"
#include "database/RestoreFixes.h"

using namespace puw;
using namespace puw::test;

namespace {

// What MySQL 8's mysqldump writes (abridged): its default collation, the 8.0.16 encryption clause, and
// a view whose definer is an account of the old host. The data mentions the collation on purpose.
const QByteArray mysql8Dump = R"SQL(-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `product`;
CREATE TABLE `product` (
  `id` int NOT NULL,
  `name` varchar(100) COLLATE utf8mb4_0900_ai_ci NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci /*!80016 DEFAULT ENCRYPTION='N' */;
INSERT INTO `product` VALUES (1,'Käse utf8mb4_0900_ai_ci'),(2,'DEFINER=`ghost`@`old.example` 🍰');
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`ghost`@`old.example` SQL SECURITY DEFINER */
/*!50001 VIEW `product_names` AS select `product`.`name` AS `name` from `product` */;
-- Dump completed on 2024-05-01 10:00:00
)SQL";

const QByteArray liquibaseDump = R"SQL(-- MariaDB dump
CREATE TABLE `DATABASECHANGELOGLOCK` (`ID` int NOT NULL, `LOCKED` tinyint(1) NOT NULL,
  `LOCKGRANTED` datetime DEFAULT NULL, `LOCKEDBY` varchar(255) DEFAULT NULL, PRIMARY KEY (`ID`));
INSERT INTO `DATABASECHANGELOGLOCK` VALUES (1,1,'2024-05-01 10:00:00','old-host (10.0.0.1)');
-- Dump completed on 2024-05-01 10:00:00
)SQL";

const QByteArray brokenDump = R"SQL(-- MariaDB dump
CREATE TABLE `first` (`id` int);
INSERT INTO `first` VALUES (1),(2);
THIS IS NOT SQL;
CREATE TABLE `second` (`id` int);
-- Dump completed on 2024-05-01 10:00:00
)SQL";

using MysqlRestoreFixes = MysqlFixture;

} // namespace

TEST_F(MysqlRestoreFixes, AMysql8DumpFailsOnMariaDbWithoutTheFixesAndRestoresWithThem)
{
    const auto plain = adapter(QStringLiteral("from mysql8"));
    const auto dump = fileDump(*plain, QStringLiteral("mysql8.sql"), mysql8Dump);
    ASSERT_TRUE(dump.has_value());
    ASSERT_TRUE(plain->recreateDatabase(m_shell).ok());
    const auto refused = plain->restore(m_shell, *dump);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("utf8mb4_0900_ai_ci")))
        << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(QStringLiteral("ERROR 1273"))) << refused.error().toStdString();

    const auto fixed =
        adapter(QStringLiteral("from mysql8"), {fixes::mysql8Collations(), fixes::definerHosts()});
    ASSERT_TRUE(fixed->recreateDatabase(m_shell).ok());
    const auto restored = fixed->restore(m_shell, *dump);
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_EQ(query(*fixed, QStringLiteral("SELECT name FROM product WHERE id = 1")),
              QStringLiteral("Käse utf8mb4_0900_ai_ci"));
    EXPECT_EQ(query(*fixed, QStringLiteral("SELECT name FROM product WHERE id = 2")),
              QStringLiteral("DEFINER=`ghost`@`old.example` 🍰"));
    EXPECT_EQ(
        query(*fixed, QStringLiteral(
                          "SELECT COLLATION_NAME FROM information_schema.columns WHERE "
                          "table_schema = DATABASE() AND table_name = 'product' AND column_name = 'name'")),
        QStringLiteral("utf8mb4_general_ci"));
    // The view now belongs to the account that restored it, and works.
    EXPECT_EQ(
        query(*fixed,
              QStringLiteral("SELECT DEFINER FROM information_schema.views WHERE table_schema = DATABASE()")),
        QStringLiteral("app@%"));
    EXPECT_EQ(query(*fixed, QStringLiteral("SELECT COUNT(*) FROM product_names")), QStringLiteral("2"));
}

TEST_F(MysqlRestoreFixes, AForeignDefinerNeedsTheDefinerFix)
{
    QByteArray collationsOnly = mysql8Dump;
    const auto withoutDefinerFix = adapter(QStringLiteral("definer"), {fixes::mysql8Collations()});
    const auto dump = fileDump(*withoutDefinerFix, QStringLiteral("definer.sql"), collationsOnly);
    ASSERT_TRUE(dump.has_value());
    ASSERT_TRUE(withoutDefinerFix->recreateDatabase(m_shell).ok());
    const auto refused = withoutDefinerFix->restore(m_shell, *dump);
    ASSERT_FALSE(refused.ok()); // app has no SUPER: it may not create a view for `ghost`
    EXPECT_TRUE(refused.error().contains(QStringLiteral("ERROR"))) << refused.error().toStdString();
}

TEST_F(MysqlRestoreFixes, TheLiquibaseLockIsReleasedAfterTheRestore)
{
    const auto db = adapter(QStringLiteral("openboxes"), {fixes::liquibaseLock(), fixes::maxAllowedPacket()});
    const auto dump = fileDump(*db, QStringLiteral("ob.sql"), liquibaseDump);
    ASSERT_TRUE(dump.has_value());
    ASSERT_TRUE(db->recreateDatabase(m_shell).ok());
    const auto restored = db->restore(m_shell, *dump);
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_EQ(query(*db, QStringLiteral("SELECT CONCAT_WS(',', LOCKED, IFNULL(LOCKGRANTED, 'null'), "
                                        "IFNULL(LOCKEDBY, 'null')) FROM DATABASECHANGELOGLOCK")),
              QStringLiteral("0,null,null"));
    EXPECT_GE(query(*db, QStringLiteral("SELECT @@GLOBAL.max_allowed_packet")).toLongLong(), 67108864);
    // Without the table the fix is a no-op, not an error.
    const auto empty = adapter(QStringLiteral("empty"), {fixes::liquibaseLock()});
    ASSERT_TRUE(empty->recreateDatabase(m_shell).ok());
    for (const DatabaseCommand& fix : empty->postRestoreCommands())
        EXPECT_TRUE(m_shell.run(fix.request(60000)).ok());
}

TEST_F(MysqlRestoreFixes, RestoreStopsAtTheFirstErrorAndSaysWhere)
{
    const auto db = adapter(QStringLiteral("broken"));
    const auto dump = fileDump(*db, QStringLiteral("broken.sql"), brokenDump);
    ASSERT_TRUE(dump.has_value());
    ASSERT_TRUE(db->recreateDatabase(m_shell).ok());
    const ShellOutcome outcome = m_shell.run(db->restoreCommand(*dump).request(60000));
    EXPECT_EQ(outcome.exitCode, 1);
    ASSERT_TRUE(db->recreateDatabase(m_shell).ok());
    const auto failed = db->restore(m_shell, *dump);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().contains(QStringLiteral("ERROR 1064"))) << failed.error().toStdString();
    EXPECT_TRUE(failed.error().contains(QStringLiteral("at line 4"))) << failed.error().toStdString();
    const auto counts = db->tableCounts(m_shell);
    ASSERT_TRUE(counts.ok()) << counts.error().toStdString();
    EXPECT_TRUE(counts->contains(QStringLiteral("first")));
    EXPECT_FALSE(counts->contains(QStringLiteral("second"))); // nothing after the error ran
}
