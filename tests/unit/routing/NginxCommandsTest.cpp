#include "routing/NginxCommands.h"
#include "remote/LocalShell.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;
namespace nc = puw::nginx_commands;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

class NginxCommandsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("conf $(touch pwned) `touch pwned2`; it's \"here\" & -x"));
        ASSERT_TRUE(QDir().mkpath(m_folder));
        m_file = m_folder + QStringLiteral("/-upstream $HOME.conf");
    }

    ShellOutcome run(const QString& line, const QByteArray& input = {})
    {
        ShellRequest request;
        request.commandLine = line;
        request.stdinData = input;
        request.timeoutMs = 10000;
        return m_shell.run(request);
    }

    void expectNoInjection()
    {
        for (const QString& name : {QStringLiteral("pwned"), QStringLiteral("pwned2")}) {
            EXPECT_FALSE(QFile::exists(m_dir.filePath(name)));
            EXPECT_FALSE(QFile::exists(QDir::current().filePath(name)));
        }
    }

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_file;
    LocalShell m_shell;
};

} // namespace

TEST_F(NginxCommandsTest, InspectReportsAbsentFile)
{
    const ShellOutcome outcome = run(nc::inspect(m_file));
    ASSERT_TRUE(outcome.ok()) << outcome.describe().toStdString();
    EXPECT_EQ(outcome.stdoutText, m_file + QStringLiteral("\nno-backup\nabsent\n"));
    expectNoInjection();
}

TEST_F(NginxCommandsTest, BackupWriteRestoreRoundTrip)
{
    writeFile(m_file, "upstream a { server 127.0.0.41:1; }\n");
    QFile(m_file).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);

    ASSERT_TRUE(run(nc::backup(m_file)).ok());
    EXPECT_EQ(readAll(nc::backupPath(m_file)), "upstream a { server 127.0.0.41:1; }\n");

    const ShellOutcome written = run(nc::write(m_file), "upstream a { server 127.0.0.42:1; }\n");
    ASSERT_TRUE(written.ok()) << written.describe().toStdString();
    EXPECT_EQ(readAll(m_file), "upstream a { server 127.0.0.42:1; }\n");
    EXPECT_FALSE(QFile::exists(nc::temporaryPath(m_file)));
    const auto groupAndOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    EXPECT_EQ(QFile(m_file).permissions() & groupAndOthers, QFileDevice::Permissions(QFileDevice::ReadGroup))
        << "the new file keeps the old one's mode";

    const ShellOutcome inspected = run(nc::inspect(m_file));
    ASSERT_TRUE(inspected.ok());
    EXPECT_EQ(inspected.stdoutText,
              m_file + QStringLiteral("\nbackup\npresent\nupstream a { server 127.0.0.42:1; }\n"));

    ASSERT_TRUE(run(nc::restore(m_file, true)).ok());
    EXPECT_EQ(readAll(m_file), "upstream a { server 127.0.0.41:1; }\n");
    EXPECT_TRUE(QFile::exists(nc::backupPath(m_file))) << "the backup stays for a later revert";
    expectNoInjection();
}

TEST_F(NginxCommandsTest, RestoreWithoutPreviousRemovesTheFile)
{
    ASSERT_TRUE(run(nc::write(m_file), "new\n").ok());
    ASSERT_TRUE(QFile::exists(m_file));
    ASSERT_TRUE(run(nc::restore(m_file, false)).ok());
    EXPECT_FALSE(QFile::exists(m_file));
    expectNoInjection();
}

TEST_F(NginxCommandsTest, FailedWriteLeavesTheFileAlone)
{
    writeFile(m_file, "old\n");
    // A folder in the way of the temporary file: cat cannot write it.
    ASSERT_TRUE(QDir().mkpath(nc::temporaryPath(m_file) + QStringLiteral("/blocker")));
    const ShellOutcome outcome = run(nc::write(m_file), "new\n");
    EXPECT_FALSE(outcome.ok());
    EXPECT_EQ(readAll(m_file), "old\n");
}

TEST_F(NginxCommandsTest, SymbolicLinkIsFollowed)
{
    const QString real = m_folder + QStringLiteral("/real.conf");
    writeFile(real, "old\n");
    const QString link = m_folder + QStringLiteral("/link.conf");
    ASSERT_TRUE(QFile::link(real, link));
    const ShellOutcome outcome = run(nc::inspect(link));
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome.stdoutText.startsWith(real + QLatin1Char('\n'))) << outcome.stdoutText.toStdString();
}

TEST(NginxCommandLines, EveryPathIsQuoted)
{
    const QString file = QStringLiteral("/etc/nginx/x'y;z.conf");
    EXPECT_EQ(nc::backup(file),
              QStringLiteral(
                  "'cp' '-p' '--' '/etc/nginx/x'\\''y;z.conf' '/etc/nginx/x'\\''y;z.conf.puw-previous'"));
    EXPECT_TRUE(nc::write(file).contains(QStringLiteral("cat > '/etc/nginx/x'\\''y;z.conf.puw-new'")));
    EXPECT_EQ(nc::restore(file, false), QStringLiteral("'rm' '-f' '--' '/etc/nginx/x'\\''y;z.conf'"));
}
