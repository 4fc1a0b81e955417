// The free-space preflight of the backup steps: reading `df -Pk`, the estimate it is compared with, and
// the decision, through a real /bin/sh and df on folders with hostile names.
#include "TestEnvironment.h"

#include "jobs/shared/BackupSpace.h"
#include "remote/LocalShell.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStorageInfo>
#include <QTemporaryDir>

using namespace puw;
using namespace puw::BackupSpace;

namespace {

// The refusal of a decision, or empty when it lets the backup go ahead.
QString refusedWith(const Expected<Done, QString>& decision)
{
    return decision.ok() ? QString() : decision.error();
}

constexpr qint64 kMiB = 1024 * 1024;

const QString kHeader =
    QStringLiteral("Filesystem     1024-blocks      Used Available Capacity Mounted on\n");

TEST(BackupSpaceParse, ReadsAvailableKibibytesAsBytes)
{
    const auto free = parseDfAvailable(
        kHeader + QStringLiteral("/dev/sda1        102400000  50000000  52400000      49% /\n"));
    ASSERT_TRUE(free.ok()) << free.error().toStdString();
    EXPECT_EQ(free.value(), qint64(52400000) * 1024);
}

TEST(BackupSpaceParse, SpacesInTheFileSystemAndMountPointDoNotShiftColumns)
{
    const auto free = parseDfAvailable(
        kHeader + QStringLiteral("//nas/my share 2   4000   3000   1000   75% /mnt/old 7 backups\n"));
    ASSERT_TRUE(free.ok()) << free.error().toStdString();
    EXPECT_EQ(free.value(), qint64(1000) * 1024);

    const auto named = parseDfAvailable(
        kHeader + QStringLiteral("my backup disk    4096     1024      3072      25% /srv/a b\n"));
    ASSERT_TRUE(named.ok()) << named.error().toStdString();
    EXPECT_EQ(named.value(), qint64(3072) * 1024);
}

TEST(BackupSpaceParse, ReserveInUseIsNoSpaceAndUnsizedFileSystemsParse)
{
    const auto negative = parseDfAvailable(kHeader + QStringLiteral("/dev/sdb1 1000 1100 -100 100% /var\n"));
    ASSERT_TRUE(negative.ok()) << negative.error().toStdString();
    EXPECT_EQ(negative.value(), 0);
    const auto unsized = parseDfAvailable(kHeader + QStringLiteral("proc 0 0 0 - /proc\n"));
    ASSERT_TRUE(unsized.ok()) << unsized.error().toStdString();
    EXPECT_EQ(unsized.value(), 0);
}

TEST(BackupSpaceParse, AnythingButOneFileSystemLineIsAnError)
{
    EXPECT_FALSE(parseDfAvailable(QString()).ok());
    EXPECT_FALSE(parseDfAvailable(kHeader).ok());
    EXPECT_FALSE(parseDfAvailable(QStringLiteral("df: /nowhere: No such file or directory\n")).ok());
    EXPECT_FALSE(parseDfAvailable(kHeader + QStringLiteral("/dev/sda1 10 5 five 50% /\n")).ok());
    EXPECT_FALSE(
        parseDfAvailable(kHeader + QStringLiteral("/dev/sda1 10 5 5 50% /\n/dev/sdb 10 5 5 50% /b\n")).ok());
    EXPECT_FALSE(
        parseDfAvailable(kHeader + QStringLiteral("/dev/sda1 10 5 99999999999999999999 50% /\n")).ok());
}

TEST(BackupSpaceEstimate, TheRehearsalComesFirstThenTheDatabaseElseNothingIsKnown)
{
    const Estimate fromRehearsal = estimate(850 * kMiB, 4000 * kMiB);
    EXPECT_EQ(fromRehearsal.bytes, 850 * kMiB);
    EXPECT_EQ(fromRehearsal.basis, Estimate::Basis::Rehearsal);
    const Estimate fromDatabase = estimate(-1, 4000 * kMiB);
    EXPECT_EQ(fromDatabase.bytes, 4000 * kMiB);
    EXPECT_EQ(fromDatabase.basis, Estimate::Basis::DatabaseSize);
    EXPECT_FALSE(estimate(-1, -1).known());
    EXPECT_GT(bytesNeeded(850 * kMiB), 850 * kMiB + 80 * kMiB);
    EXPECT_LT(bytesNeeded(850 * kMiB), 1000 * kMiB);
}

// Names that break a command line that is not quoted; the canary proves nothing ran from them.
QStringList hostileNames(const QString& canary)
{
    return {QStringLiteral("it's here"),
            QStringLiteral("$(touch %1)").arg(canary),
            QStringLiteral("`touch %1`; touch %1").arg(canary),
            QStringLiteral("-n"),
            QStringLiteral("new\nline \"quoted\" * ?"),
            QStringLiteral("dåta ünïcode")};
}

TEST(BackupSpaceLocalDf, HostileFolderNamesReachDfAsOneWord)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString canary = dir.filePath(QStringLiteral("canary"));
    LocalShell shell;
    const qint64 reference = QStorageInfo(dir.path()).bytesAvailable();
    for (const QString& name : hostileNames(canary)) {
        const QString folder = dir.filePath(name);
        ASSERT_TRUE(QDir().mkpath(folder)) << name.toStdString();
        for (const QString& path : {folder, folder + QStringLiteral("/not/made/yet")}) {
            const auto free = freeBytes(shell, path);
            ASSERT_TRUE(free.ok()) << path.toStdString() << ": " << free.error().toStdString();
            // The same file system as the temporary folder; others write to it meanwhile.
            EXPECT_NEAR(double(free.value()), double(reference), double(512 * kMiB)) << path.toStdString();
        }
    }
    EXPECT_FALSE(QFile::exists(canary)) << "a folder name ran as a command";
}

TEST(BackupSpaceLocalDf, RefusesWhenShortNamingFolderFreeAndNeededAndGoesAheadOtherwise)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("it's $(backups)"));
    ASSERT_TRUE(QDir().mkpath(folder));
    LocalShell shell;
    const auto free = freeBytes(shell, folder);
    ASSERT_TRUE(free.ok()) << free.error().toStdString();
    ASSERT_GT(free.value(), 64 * kMiB) << "the test needs a little free space in the temporary folder";

    // Ten times the free space: refused, and the message says where, how much and why.
    const Estimate tooBig{free.value() * 10, Estimate::Basis::Rehearsal, free.value() * 10};
    const QString refused = refusedWith(check(shell, Where::NewHost, folder, tooBig));
    EXPECT_TRUE(refused.contains(folder)) << refused.toStdString();
    EXPECT_TRUE(refused.contains(QLocale().formattedDataSize(bytesNeeded(tooBig.bytes), 1)))
        << refused.toStdString();
    EXPECT_TRUE(refused.contains(QLocale().formattedDataSize(tooBig.bytes, 1))) << refused.toStdString();
    EXPECT_TRUE(refused.contains(QStringLiteral("new host"))) << refused.toStdString();
    EXPECT_TRUE(refused.contains(QStringLiteral("rehearsal"))) << refused.toStdString();

    const Estimate fromDatabase{free.value() * 10, Estimate::Basis::DatabaseSize, free.value() * 10};
    const QString local = refusedWith(check(shell, Where::ThisComputer, folder, fromDatabase));
    EXPECT_TRUE(local.contains(QStringLiteral("This computer"))) << local.toStdString();
    EXPECT_TRUE(local.contains(QStringLiteral("database"))) << local.toStdString();

    EXPECT_TRUE(check(shell, Where::NewHost, folder, {1024, Estimate::Basis::Rehearsal, 1024}).ok());
    EXPECT_TRUE(check(shell, Where::NewHost, folder, Estimate{}).ok());
}

// A shell whose df answers with something unreadable: the free space is unknown, and that never refuses.
class GarbledShell : public HostShell {
public:
    QString hostLabel() const override { return QStringLiteral("new"); }
    ShellOutcome run(const ShellRequest& request, const LineHandler&) override
    {
        ++runs;
        lastCommand = request.commandLine;
        ShellOutcome outcome;
        outcome.status = ShellOutcome::Status::Exited;
        outcome.exitCode = 0;
        outcome.stdoutText = QStringLiteral("Sys. de fichiers  blocs de 1024  Utilisé\n");
        return outcome;
    }
    int runs = 0;
    QString lastCommand;
};

TEST(BackupSpaceDecision, UnknownFreeSpaceOrEstimateGoesAhead)
{
    GarbledShell shell;
    QString heard;
    const QString refused = refusedWith(check(
        shell, Where::NewHost, QStringLiteral("/var/tmp/parallel-upgrade"),
        {100 * kMiB, Estimate::Basis::Rehearsal, 100 * kMiB}, [&](const QString& why) { heard = why; }));
    EXPECT_TRUE(refused.isEmpty());
    EXPECT_EQ(shell.runs, 1);
    EXPECT_TRUE(shell.lastCommand.contains(QStringLiteral("df -Pk --"))) << shell.lastCommand.toStdString();
    EXPECT_FALSE(heard.isEmpty());

    EXPECT_TRUE(check(shell, Where::NewHost, QStringLiteral("/x"), Estimate{}).ok());
    EXPECT_EQ(shell.runs, 1) << "nothing to compare with: df is not even run";
}

} // namespace
