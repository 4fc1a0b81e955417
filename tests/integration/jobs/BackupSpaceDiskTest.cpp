// The backup steps' free-space preflight against a real small disk: a tmpfs mounted in this process's own
// mount namespace, read with the real df through LocalShell, in a folder whose name needs quoting.
#include "PrivateMounts.h"
#include "TestEnvironment.h"

#include "jobs/shared/BackupSpace.h"
#include "remote/LocalShell.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

using namespace puw;
using namespace puw::test;
using namespace puw::BackupSpace;

namespace {

// The refusal of a decision, or empty when it lets the backup go ahead.
QString refusedWith(const Expected<Done, QString>& decision)
{
    return decision.ok() ? QString() : decision.error();
}

constexpr qint64 kMiB = 1024 * 1024;

class BackupSpaceDiskTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        PUW_REQUIRE(havePrivateMounts(), "root, for a private mount namespace");
        ASSERT_TRUE(dir.isValid());
        disk = dir.filePath(QStringLiteral("disk"));
        ASSERT_TRUE(QDir().mkpath(disk));
        mounted = runLocal(QStringLiteral("mount"),
                           {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                            QStringLiteral("size=64m,mode=0700"), QStringLiteral("tmpfs"), disk}) == 0;
        ASSERT_TRUE(mounted) << "mounting a 64 MiB tmpfs";
        folder = disk + QStringLiteral("/app's $(backups); `x`");
        ASSERT_TRUE(QDir().mkpath(folder));
    }

    void TearDown() override
    {
        if (mounted)
            runLocal(QStringLiteral("umount"), {QStringLiteral("-l"), disk});
    }

    // Fills the small disk with a file of that many MiB.
    bool fill(int mib)
    {
        return runLocal(QStringLiteral("dd"),
                        {QStringLiteral("if=/dev/zero"),
                         QStringLiteral("of=") + disk + QStringLiteral("/ballast"), QStringLiteral("bs=1M"),
                         QStringLiteral("count=%1").arg(mib)}) == 0;
    }

    QTemporaryDir dir;
    QString disk, folder;
    bool mounted = false;
    LocalShell shell;
};

TEST_F(BackupSpaceDiskTest, ReadsTheFreeSpaceOfTheSmallDisk)
{
    const auto empty = freeBytes(shell, folder);
    ASSERT_TRUE(empty.ok()) << empty.error().toStdString();
    EXPECT_EQ(empty.value(), 64 * kMiB);
    ASSERT_TRUE(fill(40));
    const auto filled = freeBytes(shell, folder + QStringLiteral("/not yet made"));
    ASSERT_TRUE(filled.ok()) << filled.error().toStdString();
    EXPECT_EQ(filled.value(), 24 * kMiB);
}

TEST_F(BackupSpaceDiskTest, AFullDiskRefusesTheBackupNamingFolderFreeAndNeeded)
{
    // 1 MiB fits the empty disk with its margin; once 40 MiB are taken, it no longer does.
    const Estimate small = estimate(kMiB, 500 * kMiB);
    EXPECT_TRUE(check(shell, Where::NewHost, folder, small).ok());
    ASSERT_TRUE(fill(40));

    const QString refused = refusedWith(check(shell, Where::NewHost, folder, small));
    ASSERT_FALSE(refused.isEmpty()) << "24 MiB free and about 33 MiB needed, yet not refused";
    EXPECT_TRUE(refused.contains(folder)) << refused.toStdString();
    EXPECT_TRUE(refused.contains(QLocale().formattedDataSize(24 * kMiB, 1))) << refused.toStdString();
    EXPECT_TRUE(refused.contains(QLocale().formattedDataSize(bytesNeeded(kMiB), 1))) << refused.toStdString();
    EXPECT_TRUE(refused.contains(QStringLiteral("new host"))) << refused.toStdString();
    EXPECT_TRUE(
        refused.contains(QStringLiteral("rehearsal's was %1").arg(QLocale().formattedDataSize(kMiB, 1))))
        << refused.toStdString();

    const QString local = refusedWith(check(shell, Where::ThisComputer, folder, estimate(-1, 30 * kMiB)));
    EXPECT_TRUE(local.contains(QStringLiteral("This computer"))) << local.toStdString();
    EXPECT_TRUE(local.contains(folder)) << local.toStdString();
    EXPECT_TRUE(local.contains(QLocale().formattedDataSize(bytesNeeded(30 * kMiB), 1)))
        << local.toStdString();

    // Without an estimate the backup is never refused, however full the disk.
    EXPECT_TRUE(check(shell, Where::NewHost, folder, estimate(-1, -1)).ok());
}

} // namespace
