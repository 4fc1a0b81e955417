// MySQL/MariaDB's snapshot dump run through /bin/sh against stand-ins for the mysql session and mysqldump
// that log, in order, when the session takes and drops the read lock and when mysqldump has opened its
// transaction: the lock is dropped only after the dump's snapshot exists, never kept much past a second,
// and a login without RELOAD gets the plain dump and a note instead of a failure.
#include "FakeClients.h"
#include "database/DatabaseAdapter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;
using puw::test::FakeClients;
using puw::test::hostilePassword;
using puw::test::hostileTarget;

namespace {

// The session: takes the lock unless PUW_FAKE_NO_RELOAD is set, answers the markers, counts one table.
const char session[] = R"SH(#!/bin/sh
for a in "$@"; do printf 'arg=[%s]\n' "$a"; done >"$PUW_FAKE/session.args"
printf 'MYSQL_PWD=[%s]\n' "${MYSQL_PWD-unset}" >>"$PUW_FAKE/session.args"
while IFS= read -r line; do
  case "$line" in
    "FLUSH TABLES WITH READ LOCK;")
      if [ -n "${PUW_FAKE_NO_RELOAD:-}" ]; then
        echo 'ERROR 1227 (42000) at line 4: Access denied; you need (at least one of) the RELOAD privilege(s) for this operation' >&2
        exit 1
      fi
      echo lock >>"$PUW_FAKE/events" ;;
    "SELECT 'puw-locked';") echo puw-locked ;;
    "UNLOCK TABLES;") echo unlock >>"$PUW_FAKE/events" ;;
    "SELECT 'puw-lock-us'"*) printf 'puw-lock-us\t1234\n' ;;
    "SELECT 'puw-end';") printf 'puw-count\t%s\t7\t42\n' 7469636b6574; echo puw-end ;;
  esac
done
echo eof >>"$PUW_FAKE/events"
)SH";

// mysqldump: its progress on stderr as --verbose prints it, its snapshot PUW_FAKE_DELAY seconds late.
const char dump[] = R"SH(#!/bin/sh
for a in "$@"; do printf 'arg=[%s]\n' "$a"; done >"$PUW_FAKE/dump.args"
printf 'MYSQL_PWD=[%s]\n' "${MYSQL_PWD-unset}" >>"$PUW_FAKE/dump.args"
verbose=; for a in "$@"; do [ "$a" = --verbose ] && verbose=1; done
[ -n "$verbose" ] && echo '-- Starting transaction...' >&2
sleep "${PUW_FAKE_DELAY:-0}"
echo snapshot >>"$PUW_FAKE/events"
[ -n "$verbose" ] && echo '-- Setting savepoint...' >&2
echo 'mysqldump: a warning' >&2
printf -- '-- rows\n-- Dump completed\n'
)SH";

class MysqlSnapshotDump : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_fakes.isValid() && m_dir.isValid());
        write(m_fakes.dir() + QStringLiteral("/mysql"), session);
        write(m_fakes.dir() + QStringLiteral("/mysqldump"), dump);
        qputenv("PUW_FAKE", m_dir.path().toUtf8());
        // A hostile folder for the counts file, beside the hostile database name.
        QDir(m_dir.path()).mkdir(QStringLiteral("it's \"$(x)\" `y`"));
        m_counts = m_dir.filePath(QStringLiteral("it's \"$(x)\" `y`/a b.counts"));
    }
    void TearDown() override
    {
        qunsetenv("PUW_FAKE");
        qunsetenv("PUW_FAKE_NO_RELOAD");
        qunsetenv("PUW_FAKE_DELAY");
    }

    static void write(const QString& path, const char* text)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QString read(const QString& name) const
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    // Runs the snapshot dump; returns its outcome, the counts file as parseSnapshotCounts reads it in out.
    ShellOutcome run(const DatabaseAdapter& adapter, Expected<TableCounts, QString>* counts,
                     TableChecksums* sums, qint64* pauseMicros)
    {
        const auto command = adapter.snapshotDumpCommand(m_counts);
        EXPECT_TRUE(command.has_value());
        LocalShell shell;
        const ShellOutcome outcome = shell.run(command->request(20000));
        ShellOutcome file;
        file.status = ShellOutcome::Status::Exited;
        file.exitCode = 0;
        QFile countsFile(m_counts);
        EXPECT_TRUE(countsFile.open(QIODevice::ReadOnly)) << "no counts file";
        file.stdoutText = QString::fromUtf8(countsFile.readAll());
        *counts = adapter.parseSnapshotCounts(file, sums, pauseMicros);
        return outcome;
    }

    FakeClients m_fakes;
    QTemporaryDir m_dir;
    QString m_counts;
};

} // namespace

TEST_F(MysqlSnapshotDump, DropsTheLockOnlyOnceTheDumpsSnapshotIsOpenAndCountsInTheSessionsOwn)
{
    qputenv("PUW_FAKE_DELAY", "0.3");
    const auto adapter = DatabaseAdapter::create(DatabaseEngine::MySql, hostileTarget());
    const auto command = adapter->snapshotDumpCommand(m_counts);
    ASSERT_TRUE(command.has_value());
    EXPECT_FALSE(command->commandLine.contains(QStringLiteral("s3cr")));
    EXPECT_EQ(command->secretInput, hostilePassword().toUtf8() + '\n');

    Expected<TableCounts, QString> counts = TableCounts{};
    TableChecksums sums;
    qint64 pause = 0;
    const ShellOutcome outcome = run(*adapter, &counts, &sums, &pause);
    ASSERT_TRUE(outcome.ok()) << outcome.describe().toStdString() << outcome.stderrText.toStdString();
    // The dump alone on stdout; its own messages on stderr, its progress lines not.
    EXPECT_EQ(outcome.stdoutText, QStringLiteral("-- rows\n-- Dump completed\n"));
    EXPECT_EQ(outcome.stderrText.trimmed(), QStringLiteral("mysqldump: a warning"));
    EXPECT_EQ(read(QStringLiteral("events")), QStringLiteral("lock\nsnapshot\nunlock\neof\n"));
    ASSERT_TRUE(counts.ok()) << counts.error().toStdString();
    EXPECT_EQ(counts->value(QStringLiteral("ticket")), 7);
    EXPECT_EQ(sums.value(QStringLiteral("ticket")), QStringLiteral("42"));
    EXPECT_EQ(pause, 1234);

    // Each name one argument, the password in the environment of both clients.
    const QString name = QStringLiteral("arg=[") + hostileTarget().name + QStringLiteral("]\n");
    const QString password = QStringLiteral("MYSQL_PWD=[") + hostilePassword() + QStringLiteral("]\n");
    const QString dumpArgs = read(QStringLiteral("dump.args"));
    EXPECT_TRUE(dumpArgs.contains(QStringLiteral("arg=[--single-transaction]\n")));
    EXPECT_TRUE(dumpArgs.contains(QStringLiteral("arg=[--verbose]\n")));
    EXPECT_TRUE(dumpArgs.contains(QStringLiteral("arg=[--]\n") + name)) << dumpArgs.toStdString();
    EXPECT_TRUE(dumpArgs.contains(password));
    const QString sessionArgs = read(QStringLiteral("session.args"));
    EXPECT_TRUE(sessionArgs.contains(QStringLiteral("arg=[--database=") + hostileTarget().name +
                                     QStringLiteral("]\n")))
        << sessionArgs.toStdString();
    EXPECT_TRUE(sessionArgs.contains(password));
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/puw-pwned")));
}

TEST_F(MysqlSnapshotDump, WithoutReloadDumpsAsBeforeAndSaysWhyOldIsCountedAfterwards)
{
    qputenv("PUW_FAKE_NO_RELOAD", "1");
    const auto adapter = DatabaseAdapter::create(DatabaseEngine::MySql, hostileTarget());
    Expected<TableCounts, QString> counts = TableCounts{};
    TableChecksums sums;
    qint64 pause = 0;
    const ShellOutcome outcome = run(*adapter, &counts, &sums, &pause);
    ASSERT_TRUE(outcome.ok()) << outcome.describe().toStdString() << outcome.stderrText.toStdString();
    EXPECT_EQ(outcome.stdoutText, QStringLiteral("-- rows\n-- Dump completed\n"));
    EXPECT_FALSE(read(QStringLiteral("dump.args")).contains(QStringLiteral("--verbose")));
    EXPECT_EQ(read(QStringLiteral("events")), QStringLiteral("snapshot\n"));
    ASSERT_FALSE(counts.ok());
    EXPECT_TRUE(counts.error().contains(QStringLiteral("lacks the RELOAD privilege")))
        << counts.error().toStdString();
    EXPECT_TRUE(counts.error().contains(QStringLiteral("GRANT RELOAD ON *.*")));
    EXPECT_TRUE(counts.error().contains(QStringLiteral("taken after the dump")));
    EXPECT_EQ(pause, -1);
}

TEST_F(MysqlSnapshotDump, ASlowDumpGetsTheLockDroppedAfterASecondAndItsCountsRefused)
{
    qputenv("PUW_FAKE_DELAY", "2");
    const auto adapter = DatabaseAdapter::create(DatabaseEngine::MySql, hostileTarget());
    Expected<TableCounts, QString> counts = TableCounts{};
    TableChecksums sums;
    qint64 pause = 0;
    QElapsedTimer clock;
    clock.start();
    const ShellOutcome outcome = run(*adapter, &counts, &sums, &pause);
    ASSERT_TRUE(outcome.ok()) << outcome.describe().toStdString() << outcome.stderrText.toStdString();
    EXPECT_EQ(outcome.stdoutText, QStringLiteral("-- rows\n-- Dump completed\n"));
    // Unlocked before the dump's snapshot existed: these counts are not the dump's, and say so.
    EXPECT_EQ(read(QStringLiteral("events")), QStringLiteral("lock\nunlock\neof\nsnapshot\n"));
    ASSERT_FALSE(counts.ok());
    EXPECT_TRUE(counts.error().contains(QStringLiteral("did not open its transaction within 1 s")))
        << counts.error().toStdString();
    EXPECT_GE(clock.elapsed(), 2000); // the script waited for the dump to end
}
