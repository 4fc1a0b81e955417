// A restore runs as long as it reports progress (pg_restore --verbose prints each object it restores) and
// fails only once it went silent for the stall limit, saying what it was doing; the database's ordinary
// commands keep their time limit.
#include "FakeClients.h"
#include "database/DatabaseAdapter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;
using puw::test::FakeClients;

namespace {

// pg_restore: a verification (without --exit-on-error) passes at once; a restore prints an object every
// 0.3 s for 3 s, or (PUW_FAKE_RESTORE=silent) starts an index and prints nothing more. psql answers a line
// every 0.3 s for 3 s.
const char fakeRestore[] = R"SH(#!/bin/sh
case " $* " in *" --exit-on-error "*) ;; *) exit 0;; esac
case " $* " in *" --verbose "*) ;; *) echo 'pg_restore: error: run without --verbose' >&2; exit 1;; esac
if [ "$PUW_FAKE_RESTORE" = silent ]; then
  echo 'pg_restore: creating INDEX "public.big_idx"' >&2; sleep 30; exit 0
fi
i=0; while [ $i -lt 10 ]; do echo "pg_restore: processing item $i" >&2; sleep 0.3; i=$((i+1)); done
)SH";
const char silentMysql[] = R"SH(#!/bin/sh
cat >/dev/null; sleep 3
)SH";
const char slowPsql[] = R"SH(#!/bin/sh
i=0; while [ $i -lt 10 ]; do echo "$i"; sleep 0.3; i=$((i+1)); done
)SH";

class RestoreStall : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(fakes.isValid());
        // Over FakeClients' own stand-ins, which are in the same folder.
        write(QDir(fakes.dir()).filePath(QStringLiteral("pg_restore")), fakeRestore);
        write(QDir(fakes.dir()).filePath(QStringLiteral("psql")), slowPsql);
        write(QDir(fakes.dir()).filePath(QStringLiteral("mysql")), silentMysql);
        path = dir.filePath(QStringLiteral("demo.dump"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("PGDMP-bytes");
        file.close();

        DatabaseTarget target;
        target.name = QStringLiteral("demo");
        target.port = QStringLiteral("5432");
        target.app = DatabaseAccess::withPassword(QStringLiteral("demo"), QStringLiteral("pw"));
        adapter = DatabaseAdapter::create(DatabaseEngine::PostgreSql, target);
        // Each restore below runs 3 s: three times the command timeout.
        adapter->setCommandTimeoutMs(1000);
        adapter->setStallMs(1500);
    }
    void TearDown() override { qunsetenv("PUW_FAKE_RESTORE"); }

    static void write(const QString& file, const char* text)
    {
        QFile::remove(file);
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        out.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    FakeClients fakes;
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<DatabaseAdapter> adapter;
    LocalShell shell{QStringLiteral("new")};
};

} // namespace

TEST_F(RestoreStall, ARestoreThatKeepsReportingOutlivesTheCommandTimeout)
{
    auto dump = adapter->verifyExisting(shell, path);
    ASSERT_TRUE(dump.ok()) << dump.error().toStdString();
    QStringList seen;
    const auto restored =
        adapter->restore(shell, dump.value(), {4}, [&](const QString& line, bool) { seen << line; });
    EXPECT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_TRUE(seen.contains(QStringLiteral("pg_restore: processing item 9")));
    // The index part of a streamed restore is watched the same way.
    const auto rest = adapter->finishStreamedRestore(shell, dump.value(), {4});
    EXPECT_TRUE(rest.ok()) << rest.error().toStdString();
}

TEST_F(RestoreStall, ARestoreThatWentSilentFailsSayingWhatItWasDoing)
{
    auto dump = adapter->verifyExisting(shell, path);
    ASSERT_TRUE(dump.ok()) << dump.error().toStdString();
    qputenv("PUW_FAKE_RESTORE", "silent");
    const auto restored = adapter->restore(shell, dump.value(), {4});
    ASSERT_FALSE(restored.ok());
    const std::string error = restored.error().toStdString();
    EXPECT_TRUE(restored.error().contains(QStringLiteral("Restoring ") + path)) << error;
    EXPECT_TRUE(restored.error().contains(QStringLiteral("no progress for 1 s"))) << error;
    EXPECT_TRUE(restored.error().contains(QStringLiteral("on new"))) << error;
    EXPECT_TRUE(restored.error().contains(QStringLiteral("creating INDEX \"public.big_idx\""))) << error;

    const auto rest = adapter->finishStreamedRestore(shell, dump.value(), {4});
    ASSERT_FALSE(rest.ok());
    EXPECT_TRUE(rest.error().contains(QStringLiteral("indexes and constraints")))
        << rest.error().toStdString();
    EXPECT_TRUE(rest.error().contains(QStringLiteral("big_idx"))) << rest.error().toStdString();
}

TEST_F(RestoreStall, AnOrdinaryCommandKeepsItsTimeLimitEvenWhileItPrints)
{
    const auto size = adapter->sizeEstimate(shell);
    ASSERT_FALSE(size.ok());
    EXPECT_TRUE(size.error().contains(QStringLiteral("timed out after 1 s"))) << size.error().toStdString();
}

TEST_F(RestoreStall, AMysqlRestorePrintsNothingSoItKeepsTheCommandTimeout)
{
    DatabaseTarget target;
    target.name = QStringLiteral("demo");
    target.port = QStringLiteral("3306");
    target.app = DatabaseAccess::withPassword(QStringLiteral("demo"), QStringLiteral("pw"));
    const auto mysql = DatabaseAdapter::create(DatabaseEngine::MySql, target);
    mysql->setCommandTimeoutMs(1000);
    mysql->setStallMs(5000);
    const QString sql = dir.filePath(QStringLiteral("demo.sql"));
    QFile file(sql);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("INSERT INTO t VALUES (1);\n-- Dump completed on 2024-05-01 10:00:00\n");
    file.close();
    auto dump = mysql->verifyExisting(shell, sql);
    ASSERT_TRUE(dump.ok()) << dump.error().toStdString();
    const auto restored = mysql->restore(shell, dump.value());
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.error().contains(QStringLiteral("timed out after 1 s")))
        << restored.error().toStdString();
}
