// Dump files: .partial until verified, promotion only after verification, restores only of verified files.
#include "FakeClients.h"
#include "database/ClientCommand.h"
#include "database/DatabaseAdapter.h"
#include "database/RestoreFixes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;
using puw::test::FakeClients;

namespace {

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(data);
}

const QByteArray mysqlDump = "-- MySQL dump 10.13\n"
                             "CREATE TABLE `t` (`a` text) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 "
                             "COLLATE=utf8mb4_0900_ai_ci /*!80016 DEFAULT ENCRYPTION='N' */;\n"
                             "INSERT INTO `t` VALUES ('utf8mb4_0900_ai_ci DEFINER=`a`@`b`');\n"
                             "INSERT INTO `t` VALUES\n" // MariaDB's: each row on a line of its own
                             "('DEFINER=`c`@`d` utf8mb4_0900_bin'),\n('utf8mb4_0900_ai_ci');\n"
                             "/*!50003 CREATE*/ /*!50017 DEFINER=`ad``min`@`%`*/ /*!50003 TRIGGER x */;\n"
                             "-- Dump completed on 2024-05-01 10:00:00\n";

std::unique_ptr<DatabaseAdapter> mysqlAdapter(QStringList fixes = {})
{
    DatabaseTarget target;
    target.name = QStringLiteral("demo");
    target.port = QStringLiteral("3306");
    target.app = DatabaseAccess::withPassword(QStringLiteral("demo"), QStringLiteral("pw"));
    target.restoreFixes = std::move(fixes);
    return DatabaseAdapter::create(DatabaseEngine::MySql, target);
}

} // namespace

TEST(DumpFiles, APartialPathIsNeverAFinalPath)
{
    EXPECT_FALSE(PartialDump::forFinalPath(QStringLiteral("/backups/demo.dump.partial")).ok());
    EXPECT_FALSE(PartialDump::forFinalPath(QStringLiteral("backups/demo.dump")).ok());
    EXPECT_FALSE(PartialDump::forFinalPath(QStringLiteral("/backups/")).ok());
    auto partial = PartialDump::forFinalPath(QStringLiteral("/backups/demo.dump"));
    ASSERT_TRUE(partial.ok());
    EXPECT_EQ(partial->path(), QStringLiteral("/backups/demo.dump.partial"));
    EXPECT_FALSE(mysqlAdapter()->verifyCommand(QStringLiteral("/backups/demo.dump.partial")).ok());
}

TEST(DumpFiles, ReceiveThenPromoteOnlyWhenTheTrailerIsThere)
{
    QTemporaryDir dir;
    LocalShell shell(QStringLiteral("new"));
    const auto adapter = mysqlAdapter();
    const QString finalPath = dir.filePath(QStringLiteral("sub folder/it's.sql"));
    auto partial = PartialDump::forFinalPath(finalPath);
    ASSERT_TRUE(partial.ok());

    // Cut before the trailer: stays partial.
    ShellOutcome received =
        shell.run(adapter->receiveCommand(partial.value()).request(0, mysqlDump.left(120)));
    ASSERT_TRUE(received.ok()) << received.describe().toStdString();
    EXPECT_EQ(QFile(partial->path()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
              QFile::Permissions());
    auto promoted = adapter->promote(shell, partial.value());
    ASSERT_FALSE(promoted.ok());
    EXPECT_TRUE(promoted.error().contains(QStringLiteral("incomplete"))) << promoted.error().toStdString();
    EXPECT_TRUE(QFile::exists(partial->path()));
    EXPECT_FALSE(QFile::exists(finalPath));
    EXPECT_FALSE(adapter->verifyExisting(shell, partial->path()).ok());

    // Whole, but the SHA-256 the relay computed differs: stays partial.
    received = shell.run(adapter->receiveCommand(partial.value()).request(0, mysqlDump));
    ASSERT_TRUE(received.ok());
    EXPECT_FALSE(adapter->promote(shell, partial.value(), QString(64, QLatin1Char('0'))).ok());
    EXPECT_FALSE(QFile::exists(finalPath));

    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(mysqlDump, QCryptographicHash::Sha256).toHex());
    promoted = adapter->promote(shell, partial.value(), sha);
    ASSERT_TRUE(promoted.ok()) << promoted.error().toStdString();
    EXPECT_EQ(promoted->path(), finalPath);
    EXPECT_EQ(promoted->sha256(), sha);
    EXPECT_FALSE(QFile::exists(partial->path()));
    EXPECT_TRUE(adapter->verifyExisting(shell, finalPath, sha).ok());

    // A new receive removes the older final file first: a failed new dump never leaves old data behind.
    received = shell.run(adapter->receiveCommand(partial.value()).request(0, "x"));
    EXPECT_FALSE(QFile::exists(finalPath));
}

TEST(DumpFiles, RestoreFiltersRewriteStatementsButNeverData)
{
    FakeClients fakes;
    QTemporaryDir dir;
    LocalShell shell(QStringLiteral("new"));
    const QString path = dir.filePath(QStringLiteral("d.sql"));
    writeFile(path, mysqlDump);
    const auto adapter =
        mysqlAdapter({fixes::mysql8Collations(), fixes::definerHosts(), fixes::maxAllowedPacket()});
    auto dump = adapter->verifyExisting(shell, path);
    ASSERT_TRUE(dump.ok()) << dump.error().toStdString();
    const ShellOutcome outcome = shell.run(adapter->restoreCommand(dump.value()).request());
    ASSERT_TRUE(outcome.ok()) << outcome.describe().toStdString();
    const QString out = outcome.stdoutText;
    EXPECT_TRUE(out.contains(QStringLiteral("COLLATE=utf8mb4_general_ci ;"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("ENCRYPTION")));
    EXPECT_TRUE(out.contains(QStringLiteral("VALUES ('utf8mb4_0900_ai_ci DEFINER=`a`@`b`')")));
    EXPECT_TRUE(out.contains(
        QStringLiteral("VALUES\n('DEFINER=`c`@`d` utf8mb4_0900_bin'),\n('utf8mb4_0900_ai_ci');")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("/*!50017 */")));
    EXPECT_TRUE(out.contains(QStringLiteral("arg=[--max-allowed-packet=1073741824]")));
    EXPECT_TRUE(out.contains(QStringLiteral("MYSQL_PWD=[pw]")));
    EXPECT_TRUE(out.contains(QStringLiteral("stdin=[-- MySQL dump 10.13\n")));
}

TEST(DumpFiles, RestoreFailsWhenTheFileCannotBeRead)
{
    FakeClients fakes;
    QTemporaryDir dir;
    LocalShell shell(QStringLiteral("new"));
    const QString path = dir.filePath(QStringLiteral("d.sql"));
    writeFile(path, mysqlDump);
    const auto adapter = mysqlAdapter();
    auto dump = adapter->verifyExisting(shell, path);
    ASSERT_TRUE(dump.ok());
    QFile::remove(path); // gone between verification and restore: the reader fails, so must the restore
    const auto restored = adapter->restore(shell, dump.value());
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.error().contains(QStringLiteral("reading the dump file failed")))
        << restored.error().toStdString();
}

TEST(DumpFiles, TheOldHostIsNeverRecreatedNorRestored)
{
    QTemporaryDir dir;
    LocalShell newHost(QStringLiteral("new"));
    LocalShell oldHost(QStringLiteral("old"));
    const QString path = dir.filePath(QStringLiteral("d.sql"));
    writeFile(path, mysqlDump);
    const auto adapter = mysqlAdapter();
    auto dump = adapter->verifyExisting(newHost, path);
    ASSERT_TRUE(dump.ok());
    EXPECT_FALSE(adapter->recreateDatabase(oldHost).ok());
    const auto restored = adapter->restore(oldHost, dump.value());
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.error().contains(QStringLiteral("old host")));
}

TEST(DumpFiles, RestoreFixesAreCheckedPerEngine)
{
    EXPECT_TRUE(checkRestoreFixes({fixes::mysql8Collations()}, DatabaseEngine::MySql).isEmpty());
    // A fix of the other engine does nothing (a recipe may serve both engines); only unknown names fail.
    EXPECT_TRUE(checkRestoreFixes({fixes::mysql8Collations()}, DatabaseEngine::PostgreSql).isEmpty());
    EXPECT_FALSE(checkRestoreFixes({QStringLiteral("mysql8-colations")}, DatabaseEngine::MySql).isEmpty());
    EXPECT_TRUE(mysqlRestoreFilterArguments({fixes::liquibaseLock()}).isEmpty());
}

TEST(DumpFiles, APipelineFailsWhenEitherSideFailsAndTheConsumerSpeaksFirst)
{
    LocalShell shell;
    auto run = [&](const QString& producer, const QString& consumer) {
        ShellRequest request;
        request.commandLine = detail::pipelineWithStatus(producer, consumer, QStringLiteral("the producer"));
        return shell.run(request);
    };
    EXPECT_TRUE(run(QStringLiteral("echo a"), QStringLiteral("cat >/dev/null")).ok());
    const ShellOutcome producerFailed =
        run(QStringLiteral("(echo a; exit 4)"), QStringLiteral("cat >/dev/null"));
    EXPECT_EQ(producerFailed.exitCode, 1);
    EXPECT_TRUE(
        producerFailed.stderrText.contains(QStringLiteral("puw: the producer failed (exit status 4)")));
    const ShellOutcome consumerFailed =
        run(QStringLiteral("(echo a; exit 4)"), QStringLiteral("cat >/dev/null; exit 7"));
    EXPECT_EQ(consumerFailed.exitCode, 7);
    // A consumer made of several commands stays one pipeline member.
    EXPECT_EQ(
        run(QStringLiteral("printf x"), QStringLiteral("read -r v || [ \"$v\" = x ] && exit 5")).exitCode, 5);
}
