// The folder the dumps go to on a host, as BackupFolder::prepareCommand makes and checks it in a real shell:
// made owner-only when missing; refused when it is a link, not a folder, or another user's.
#include "jobs/shared/BackupFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace puw;

namespace {

struct Answer {
    int exitCode = -1;
    QString out;
};

Answer prepareWithShell(const QString& dir)
{
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), BackupFolder::prepareCommand(dir)});
    shell.waitForFinished(10000);
    return {shell.exitCode(), QString::fromUtf8(shell.readAllStandardOutput()).trimmed()};
}

} // namespace

TEST(BackupFolder, AMissingFolderIsMadeForTheLoginUserAlone)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("deep/backups; $(touch pwned)"));
    const Answer answer = prepareWithShell(folder);
    EXPECT_EQ(answer.exitCode, 0) << answer.out.toStdString();
    const QFileInfo made(folder);
    ASSERT_TRUE(made.isDir());
    EXPECT_EQ(made.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                    QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
              QFile::Permissions());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("pwned"))));
}

TEST(BackupFolder, AnExistingFolderOfTheUserIsClosedToOthers)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("open"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadOther | QFile::ExeOther));
    EXPECT_EQ(prepareWithShell(folder).exitCode, 0);
    EXPECT_FALSE(QFileInfo(folder).permissions() & QFile::ReadOther);
}

TEST(BackupFolder, ALinkOrAFileIsRefusedAndLeftAlone)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("elsewhere"));
    ASSERT_TRUE(QDir().mkpath(target));
    const QString link = dir.filePath(QStringLiteral("planted"));
    ASSERT_TRUE(QFile::link(target, link));
    const Answer linked = prepareWithShell(link);
    EXPECT_NE(linked.exitCode, 0);
    EXPECT_EQ(linked.out, QStringLiteral("puw-folder link"));
    EXPECT_TRUE(QFileInfo(link).isSymLink());

    const QString file = dir.filePath(QStringLiteral("a-file"));
    QFile plain(file);
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    const Answer notFolder = prepareWithShell(file);
    EXPECT_NE(notFolder.exitCode, 0);
    EXPECT_EQ(notFolder.out, QStringLiteral("puw-folder notdir"));
}

TEST(BackupFolder, AFolderAnotherUserMadeIsRefused)
{
    if (geteuid() != 0) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            FAIL() << "this test needs root (to give a folder to another user)";
        GTEST_SKIP() << "needs root";
    }
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("theirs"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_EQ(QProcess::execute(QStringLiteral("chown"), {QStringLiteral("nobody"), folder}), 0);
    const Answer answer = prepareWithShell(folder);
    EXPECT_NE(answer.exitCode, 0);
    EXPECT_EQ(answer.out, QStringLiteral("puw-folder owner nobody"));
}
