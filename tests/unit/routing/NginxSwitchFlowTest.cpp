// The switch's order of actions against files on this machine: nginx itself is played by shell commands
// (the integration tests use the real one).
#include "remote/LocalShell.h"
#include "routing/NginxCommands.h"
#include "routing/NginxSwitch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

class NginxSwitchFlowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString folder = m_dir.filePath(QStringLiteral("nginx $(touch pwned)'s"));
        ASSERT_TRUE(QDir().mkpath(folder));
        m_file = folder + QStringLiteral("/upstream.conf");
        m_reloads = m_dir.filePath(QStringLiteral("reloads"));
        QFile file(m_file);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(kOld);
        file.close();
        m_setup.upstreamFile = m_file;
        // "nginx -t" refuses any file that says BROKEN; "reload" leaves a line in a file.
        m_setup.testCommand = {
            QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("! grep -q BROKEN \"$1\" || { echo 'emerg: BROKEN' >&2; exit 1; }"),
            QStringLiteral("sh"), m_file};
        m_setup.reloadCommand = {QStringLiteral("sh"), QStringLiteral("-c"),
                                 QStringLiteral("echo reload >> \"$1\""), QStringLiteral("sh"), m_reloads};
        m_setup.verifyTimeoutMs = 300;
        m_setup.verifyIntervalMs = 100;
        m_verify.name = QStringLiteral("public version");
        m_verify.url = QUrl(QStringLiteral("http://127.0.0.41:1/version")); // nothing listens there
        m_verify.timeoutMs = 200;
    }

    static constexpr const char* kOld = "upstream app { server 127.0.0.41:8081; }\n";
    static constexpr const char* kNew = "upstream app { server 127.0.0.42:8081; }\n";

    QTemporaryDir m_dir;
    QString m_file;
    QString m_reloads;
    NginxSetup m_setup;
    HttpCheckRequest m_verify;
    LocalShell m_shell{QStringLiteral("proxy")};
};

} // namespace

TEST_F(NginxSwitchFlowTest, BrokenUpstreamIsNeverReloadedAndThePreviousFileComesBack)
{
    const RouteResult result = switchNginx(m_shell, m_setup, QStringLiteral("BROKEN {\n"), m_verify);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.reloaded);
    EXPECT_TRUE(result.restored);
    EXPECT_EQ(readAll(m_file), kOld);
    EXPECT_FALSE(QFile::exists(m_reloads)) << "reload must not run after a failed test";
    EXPECT_TRUE(result.detail.contains(QStringLiteral("the nginx test rejected the new upstream")))
        << result.detail.toStdString();
    EXPECT_TRUE(result.detail.contains(QStringLiteral("emerg: BROKEN")));
    EXPECT_TRUE(result.detail.contains(QStringLiteral("the previous file is back in place")));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("pwned"))));
}

TEST_F(NginxSwitchFlowTest, GoodUpstreamIsWrittenReloadedAndVerified)
{
    const RouteResult result = switchNginx(m_shell, m_setup, QString::fromLatin1(kNew), m_verify);
    EXPECT_TRUE(result.reloaded);
    EXPECT_FALSE(result.restored);
    EXPECT_EQ(readAll(m_file), kNew);
    EXPECT_EQ(readAll(nginx_commands::backupPath(m_file)), kOld);
    EXPECT_EQ(readAll(m_reloads), "reload\n");
    // Nothing answers the public URL here: the switch says so and keeps the backup for a revert.
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.detail.contains(QStringLiteral("does not answer as expected")))
        << result.detail.toStdString();
    EXPECT_TRUE(result.detail.contains(QStringLiteral("connection refused by 127.0.0.41:1")));
    EXPECT_TRUE(result.detail.contains(QStringLiteral("revert to go back")));
    EXPECT_EQ(result.actions.size(), 6) << result.actions.join(QLatin1Char('\n')).toStdString();
}

TEST_F(NginxSwitchFlowTest, SecondSwitchKeepsTheOriginalBackup)
{
    switchNginx(m_shell, m_setup, QString::fromLatin1(kNew), m_verify);
    switchNginx(m_shell, m_setup, QString::fromLatin1(kNew), m_verify);
    EXPECT_EQ(readAll(nginx_commands::backupPath(m_file)), kOld);
    EXPECT_EQ(readAll(m_reloads), "reload\nreload\n");
}

TEST_F(NginxSwitchFlowTest, RevertPutsThePreviousFileBack)
{
    switchNginx(m_shell, m_setup, QString::fromLatin1(kNew), m_verify);
    const RouteResult result = revertNginx(m_shell, m_setup, m_verify);
    EXPECT_TRUE(result.reloaded) << result.detail.toStdString();
    EXPECT_EQ(readAll(m_file), kOld);
    EXPECT_EQ(readAll(m_reloads), "reload\nreload\n");
}

TEST_F(NginxSwitchFlowTest, RevertWhoseTestFailsWritesTheCurrentFileBack)
{
    QFile backup(nginx_commands::backupPath(m_file));
    ASSERT_TRUE(backup.open(QIODevice::WriteOnly));
    backup.write("BROKEN backup\n");
    backup.close();
    const RouteResult result = revertNginx(m_shell, m_setup, m_verify);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.reloaded);
    EXPECT_EQ(readAll(m_file), kOld);
    EXPECT_FALSE(QFile::exists(m_reloads));
    EXPECT_TRUE(result.detail.contains(QStringLiteral("the current file is back in place")))
        << result.detail.toStdString();
}

TEST_F(NginxSwitchFlowTest, RevertWithoutBackupSaysSo)
{
    const RouteResult result = revertNginx(m_shell, m_setup, m_verify);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.detail.startsWith(QStringLiteral("there is no previous upstream file")))
        << result.detail.toStdString();
    EXPECT_EQ(readAll(m_file), kOld);
}

TEST_F(NginxSwitchFlowTest, RelativePathIsRefused)
{
    m_setup.upstreamFile = QStringLiteral("conf.d/upstream.conf");
    const RouteResult result = switchNginx(m_shell, m_setup, QString::fromLatin1(kNew), m_verify);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.actions.isEmpty());
    EXPECT_TRUE(result.detail.contains(QStringLiteral("must be an absolute path")));
}

namespace {
// A host that prints nothing and succeeds, as a dry run's shell does; it keeps the command lines.
class SilentShell : public HostShell {
public:
    QString hostLabel() const override { return QStringLiteral("proxy"); }
    ShellOutcome run(const ShellRequest& request, const LineHandler&) override
    {
        lines.append(request.commandLine);
        ShellOutcome outcome;
        outcome.status = ShellOutcome::Status::Exited;
        outcome.exitCode = 0;
        return outcome;
    }
    QStringList lines;
};
} // namespace

// The dry run ("Show the commands", the Ansible export) lists the whole switch and the whole revert, and
// asks no URL; without the dry run's assumption, an empty answer stops after the inspection.
TEST(NginxDryRun, ListsEveryCommandOfTheSwitchAndTheRevert)
{
    const QString file = QStringLiteral("/etc/nginx/conf.d/it's upstream.conf");
    NginxSetup setup;
    setup.upstreamFile = file;
    HttpCheckRequest verify;
    verify.name = QStringLiteral("public");
    verify.url = QUrl(QStringLiteral("http://127.0.0.41:1/health")); // nothing listens there
    SilentShell unassuming;
    EXPECT_FALSE(switchNginx(unassuming, setup, QStringLiteral("upstream x {}\n"), verify).ok);
    EXPECT_EQ(unassuming.lines, QStringList{nginx_commands::inspect(file)});

    setup.dryRun = true;
    SilentShell shell;
    const RouteResult switched = switchNginx(shell, setup, QStringLiteral("upstream x {}\n"), verify);
    EXPECT_TRUE(switched.ok) << switched.detail.toStdString();
    EXPECT_TRUE(switched.reloaded);
    ASSERT_EQ(shell.lines.size(), 5) << shell.lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(shell.lines.at(0), nginx_commands::inspect(file));
    EXPECT_EQ(shell.lines.at(1), nginx_commands::backup(file));
    EXPECT_EQ(shell.lines.at(2), nginx_commands::write(file));

    SilentShell back;
    EXPECT_TRUE(revertNginx(back, setup, verify).ok);
    ASSERT_EQ(back.lines.size(), 4) << back.lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(back.lines.at(1), nginx_commands::restore(file, true));
}
