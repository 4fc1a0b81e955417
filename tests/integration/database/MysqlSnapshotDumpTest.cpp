// MariaDB for real, the rehearsal's case: old keeps taking writes while it is dumped. The counts and
// checksums the snapshot dump writes beside the dump must be exactly those of the rows the dump holds
// (restored into a second database and counted there), although a count taken after the dump differs.
#include "MysqlFixture.h"

#include "remote/ShellQuote.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <iostream>
#include <thread>

using namespace puw;
using namespace puw::test;

namespace {

const QString sourceName = QStringLiteral("snap src 'q' $(touch /tmp/puw-pwned-snap) ä;");
const QString targetName = QStringLiteral("snap dst `b` ö");

// ticket takes the writes; filler makes the dump last long enough for many of them.
const QString seed = QStringLiteral(R"SQL(
CREATE TABLE ticket (id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(100) NOT NULL) ENGINE=InnoDB;
CREATE TABLE filler (id INT PRIMARY KEY, pad TEXT NOT NULL) ENGINE=InnoDB;
INSERT INTO ticket (note) SELECT CONCAT('seed ', seq) FROM seq_1_to_1000;
INSERT INTO filler SELECT seq, REPEAT(MD5(seq), 8) FROM seq_1_to_100000;
)SQL");

class MysqlSnapshotDumpServer : public MysqlFixture {
protected:
    void SetUp() override
    {
        MysqlFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        seedSourceAndTarget(sourceName, targetName, seed);
        if (HasFatalFailure())
            return;
    }
    void TearDown() override { stopWriter(); }

    int asRoot(const QString& sql)
    {
        return QProcess::execute(QStringLiteral("mariadb"),
                                 {QStringLiteral("--no-defaults"),
                                  QStringLiteral("--socket=") + m_server.socket(),
                                  QStringLiteral("--user=root"), QStringLiteral("-e"), sql});
    }

    // Another connection inserting into ticket, one autocommitted row at a time, until stopWriter().
    void startWriter()
    {
        m_stop = m_files.filePath(QStringLiteral("stop-writer"));
        m_writer.start(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("while [ ! -e \"$1\" ]; do "
                            "echo \"INSERT INTO ticket (note) VALUES (CONCAT('written ', NOW(6)));\"; "
                            "done | mariadb --no-defaults --socket=\"$2\" --user=root --database=\"$3\""),
             QStringLiteral("sh"), m_stop, m_server.socket(), sourceName});
        ASSERT_TRUE(m_writer.waitForStarted());
    }
    void stopWriter()
    {
        if (m_writer.state() == QProcess::NotRunning)
            return;
        QFile stop(m_stop);
        EXPECT_TRUE(stop.open(QIODevice::WriteOnly)) << "cannot stop the writer";
        if (!m_writer.waitForFinished(30000)) {
            m_writer.kill();
            m_writer.waitForFinished();
        }
    }
    qint64 tickets() { return query(*m_source, QStringLiteral("SELECT COUNT(*) FROM ticket")).toLongLong(); }

    // The snapshot dump into a file; the counts file read back as the backup step reads it.
    std::optional<DumpFile> snapshotDump(Expected<TableCounts, QString>* counts, TableChecksums* sums,
                                         qint64* pauseMicros)
    {
        const QString countsPath = m_files.filePath(QStringLiteral("old it's.counts"));
        const QString dumpPath = m_files.filePath(QStringLiteral("snap.sql"));
        auto command = m_source->snapshotDumpCommand(countsPath);
        EXPECT_TRUE(command.has_value());
        if (!command)
            return std::nullopt;
        command->commandLine =
            QStringLiteral("(") + command->commandLine + QStringLiteral(") >") + shellQuote(dumpPath);
        const ShellOutcome dumped = m_shell.run(command->request(120000));
        EXPECT_TRUE(dumped.ok()) << dumped.describe().toStdString() << dumped.stderrText.toStdString();
        QFile file(countsPath);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        ShellOutcome read;
        read.status = ShellOutcome::Status::Exited;
        read.exitCode = 0;
        read.stdoutText = QString::fromUtf8(file.readAll());
        *counts = m_source->parseSnapshotCounts(read, sums, pauseMicros);
        auto dump = m_source->verifyExisting(m_shell, dumpPath);
        EXPECT_TRUE(dump.ok()) << dump.error().toStdString();
        return dump.ok() ? std::optional<DumpFile>(dump.value()) : std::nullopt;
    }

    QProcess m_writer;
    QString m_stop;
};

} // namespace

TEST_F(MysqlSnapshotDumpServer, CountsAreThoseOfTheDumpWhileAnotherConnectionKeepsWriting)
{
    ASSERT_EQ(asRoot(QStringLiteral("GRANT RELOAD ON *.* TO 'app'@'%'")), 0);
    startWriter();
    const qint64 before = tickets();
    while (tickets() < before + 200) // the writes are flowing before the dump starts
        QThread::msleep(20);

    Expected<TableCounts, QString> counts = TableCounts{};
    TableChecksums sums;
    qint64 pause = -1;
    const auto dump = snapshotDump(&counts, &sums, &pause);
    const auto countedAfter = m_source->tableCounts(m_shell); // how old was counted before this change
    const qint64 afterDump = tickets();
    QThread::msleep(200);
    EXPECT_GT(tickets(), afterDump) << "the writer stopped during the dump";
    stopWriter();
    ASSERT_TRUE(dump.has_value());
    ASSERT_TRUE(counts.ok()) << counts.error().toStdString();
    ASSERT_TRUE(countedAfter.ok()) << countedAfter.error().toStdString();

    ASSERT_TRUE(m_target->recreateDatabase(m_shell).ok());
    const auto restored = m_target->restore(m_shell, dump.value());
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    TableChecksums restoredSums;
    const auto restoredCounts = m_target->tableCounts(m_shell, &restoredSums);
    ASSERT_TRUE(restoredCounts.ok()) << restoredCounts.error().toStdString();

    const QString ticket = QStringLiteral("ticket");
    EXPECT_GT(restoredCounts->value(ticket), before) << "the dump saw none of the writes";
    EXPECT_EQ(counts->value(ticket), restoredCounts->value(ticket));
    EXPECT_EQ(sums.value(ticket).toStdString(), restoredSums.value(ticket).toStdString());
    EXPECT_EQ(counts.value(), restoredCounts.value());
    EXPECT_EQ(sums, restoredSums);
    // Counted apart from the dump, old's figures would not have matched what new holds.
    EXPECT_NE(countedAfter->value(ticket), restoredCounts->value(ticket));
    EXPECT_GE(pause, 0);
    EXPECT_LT(pause, 1000000) << "the global read lock was held for " << pause << " us";
    std::cout << "[ figures ] global read lock held " << pause << " us; "
              << restoredCounts->value(ticket) - before << " rows written before the snapshot, "
              << afterDump - restoredCounts->value(ticket) << " after it until the dump ended\n";
}

TEST_F(MysqlSnapshotDumpServer, WithoutReloadTheDumpIsWholeAndTheNoteNamesTheMissingPrivilege)
{
    Expected<TableCounts, QString> counts = TableCounts{};
    TableChecksums sums;
    qint64 pause = 0;
    const auto dump = snapshotDump(&counts, &sums, &pause);
    ASSERT_TRUE(dump.has_value());
    ASSERT_FALSE(counts.ok());
    EXPECT_TRUE(counts.error().contains(QStringLiteral("lacks the RELOAD privilege")))
        << counts.error().toStdString();
    EXPECT_TRUE(counts.error().contains(QStringLiteral("1227"))) << counts.error().toStdString();
    EXPECT_EQ(pause, -1);

    ASSERT_TRUE(m_target->recreateDatabase(m_shell).ok());
    ASSERT_TRUE(m_target->restore(m_shell, dump.value()).ok());
    const auto restoredCounts = m_target->tableCounts(m_shell);
    ASSERT_TRUE(restoredCounts.ok()) << restoredCounts.error().toStdString();
    EXPECT_EQ(restoredCounts->value(QStringLiteral("ticket")), 1000);
    EXPECT_EQ(restoredCounts->value(QStringLiteral("filler")), 100000);
}

TEST_F(MysqlSnapshotDumpServer, ACancelWhileTheLockIsHeldDropsItAtOnce)
{
    ASSERT_EQ(asRoot(QStringLiteral("GRANT RELOAD ON *.* TO 'app'@'%'")), 0);
    // A mysqldump that starts (so the lock is held) and then hangs until long after the cancel.
    QTemporaryDir shims;
    ASSERT_TRUE(shims.isValid());
    const QString started = shims.filePath(QStringLiteral("started"));
    const QString ended = shims.filePath(QStringLiteral("ended"));
    QFile shim(shims.filePath(QStringLiteral("mysqldump")));
    ASSERT_TRUE(shim.open(QIODevice::WriteOnly));
    shim.write(QStringLiteral("#!/bin/sh\n: >%1\nsleep 2\n: >%2\nexit 2\n")
                   .arg(shellQuote(started), shellQuote(ended))
                   .toUtf8());
    shim.close();
    shim.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", shims.path().toUtf8() + ':' + path);

    auto command = m_source->snapshotDumpCommand(m_files.filePath(QStringLiteral("cancelled.counts")));
    ASSERT_TRUE(command.has_value());
    LocalShell dumpShell(QStringLiteral("old"));
    ShellOutcome outcome;
    std::thread dump([&] { outcome = dumpShell.run(command->request(60000)); });
    QElapsedTimer clock;
    clock.start();
    while (!QFile::exists(started) && clock.elapsed() < 30000)
        QThread::msleep(5);
    const bool lockHeld = QFile::exists(started);
    dumpShell.cancel(); // kills the script (SIGKILL), as the program's cancel does
    dump.join();
    clock.restart();
    // Well before the script's own 1 s limit would have released it: the session ended with the script.
    const int inserted =
        asRoot(QStringLiteral("SET SESSION lock_wait_timeout = 1; "
                              "INSERT INTO `%1`.ticket (note) VALUES ('after the cancel')")
                   .arg(QString(sourceName).replace(QLatin1Char('`'), QStringLiteral("``"))));
    const qint64 waitedMs = clock.elapsed();
    qputenv("PATH", path);
    while (!QFile::exists(ended) && clock.elapsed() < 10000) // the shim ends by itself
        QThread::msleep(20);
    ASSERT_TRUE(lockHeld) << "mysqldump never started";
    EXPECT_FALSE(outcome.ok());
    EXPECT_EQ(inserted, 0);
    EXPECT_LT(waitedMs, 700) << "the write waited " << waitedMs << " ms";
}
