// The canary's ways back: a refused file, a run killed mid-way, a dry run, and what is refused up front.
#include "CanaryFixture.h"
#include "remote/ShellQuote.h"
#include "routing/CanaryCommands.h"

#include <QElapsedTimer>

using namespace puw;
using namespace puw::canary_test;

TEST_F(CanaryFixture, RefusedFirstStageIsNeverReloaded)
{
    m_broken = {10};
    const CanaryResult result = run();
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.rolledBack);
    EXPECT_EQ(readAll(m_file), kOriginal);
    EXPECT_FALSE(QFile::exists(m_reloads)) << "nginx never saw the refused file";
    EXPECT_TRUE(result.stages.isEmpty());
    EXPECT_EQ(result.detail,
              QStringLiteral("stage 1 (10%): the nginx test rejected the upstream, so nginx was not "
                             "reloaded: emerg: BROKEN; the original file is back in place and "
                             "nginx still routes as before"));
}

TEST_F(CanaryFixture, RefusedLaterStageGoesBackToTheOriginal)
{
    m_broken = {50};
    const CanaryResult result = run();
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.rolledBack);
    EXPECT_EQ(readAll(m_file), kOriginal);
    EXPECT_EQ(readAll(m_reloads), "reload\nreload\n") << "stage 1, then the original again";
    EXPECT_TRUE(
        result.detail.startsWith(QStringLiteral("stage 2 (50%): the nginx test rejected the upstream")))
        << result.detail.toStdString();
    EXPECT_TRUE(
        result.detail.endsWith(QStringLiteral("the proxy sends everything to the old installation again")));
}

TEST_F(CanaryFixture, RefusedLastStageGoesBackToTheOriginal)
{
    m_broken = {100};
    const CanaryResult result = run();
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.rolledBack);
    EXPECT_EQ(readAll(m_file), kOriginal);
    EXPECT_TRUE(result.detail.startsWith(QStringLiteral("stage 3 (100%): the nginx test rejected")))
        << result.detail.toStdString();
}

TEST_F(CanaryFixture, RunAfterACrashMidCanaryStillGoesBackToTheOriginal)
{
    // Killed during stage 2: the file holds the weighted content, the previous copy the original.
    writeAll(nginx_commands::backupPath(m_file), kOriginal);
    writeAll(m_file, (weighted(50) + canaryLogFormatBlock(m_plan.logPath)).toUtf8());
    m_newStatus = [](int, int) {
        return 504;
    };
    const CanaryResult result = run();
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.rolledBack) << result.detail.toStdString();
    EXPECT_EQ(readAll(m_file), kOriginal);
    EXPECT_EQ(readAll(nginx_commands::backupPath(m_file)), kOriginal);
    EXPECT_TRUE(
        result.detail.startsWith(QStringLiteral("stage 1 (10%): 5 of 5 requests to the new version failed")))
        << result.detail.toStdString();
    EXPECT_TRUE(result.actions.first().startsWith(QStringLiteral("inspect ")));
    EXPECT_TRUE(result.actions.at(1).startsWith(QStringLiteral("keep ")))
        << result.actions.at(1).toStdString();
}

TEST_F(CanaryFixture, RunAfterACrashKeepsTheOriginalThroughAHealthyCanary)
{
    writeAll(nginx_commands::backupPath(m_file), kOriginal);
    writeAll(m_file, (weighted(10) + canaryLogFormatBlock(m_plan.logPath)).toUtf8());
    const CanaryResult result = run();
    EXPECT_TRUE(result.ok) << result.detail.toStdString();
    EXPECT_EQ(QString::fromUtf8(readAll(m_file)), weighted(100));
    EXPECT_EQ(readAll(nginx_commands::backupPath(m_file)), kOriginal) << "never replaced by canary content";
}

TEST_F(CanaryFixture, RunAfterACrashWhoseFirstStageIsRefusedReloadsTheOriginal)
{
    // nginx may still run the crashed canary's stage: going back needs a reload even before any reload here.
    writeAll(nginx_commands::backupPath(m_file), kOriginal);
    writeAll(m_file, (weighted(50) + canaryLogFormatBlock(m_plan.logPath)).toUtf8());
    m_broken = {10};
    const CanaryResult result = run();
    EXPECT_TRUE(result.rolledBack) << result.detail.toStdString();
    EXPECT_EQ(readAll(m_file), kOriginal);
    EXPECT_EQ(readAll(m_reloads), "reload\n");
    EXPECT_TRUE(
        result.detail.endsWith(QStringLiteral("the proxy sends everything to the old installation again")))
        << result.detail.toStdString();
}

TEST_F(CanaryFixture, CanaryContentWithoutPreviousCopyIsRefused)
{
    const QByteArray stranded = (weighted(50) + canaryLogFormatBlock(m_plan.logPath)).toUtf8();
    writeAll(m_file, stranded);
    const CanaryResult result = run();
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.rolledBack);
    EXPECT_EQ(readAll(m_file), stranded);
    EXPECT_FALSE(QFile::exists(nginx_commands::backupPath(m_file)));
    EXPECT_TRUE(result.detail.contains(QStringLiteral("there is no"))) << result.detail.toStdString();
    EXPECT_TRUE(result.detail.endsWith(QStringLiteral("nothing was changed")));
}

TEST_F(CanaryFixture, StaleBackupOfAnEarlierUpgradeIsReplaced)
{
    writeAll(nginx_commands::backupPath(m_file), "upstream app { server 127.0.0.10:8081; }\n");
    m_broken = {10};
    const CanaryResult result = run();
    EXPECT_EQ(readAll(nginx_commands::backupPath(m_file)), kOriginal);
    EXPECT_EQ(readAll(m_file), kOriginal);
}

TEST_F(CanaryFixture, PlansAndContentsThatCannotRunChangeNothing)
{
    m_plan.stagesPercent = {50, 10, 100};
    CanaryResult result = run();
    EXPECT_TRUE(result.detail.startsWith(QStringLiteral("the canary's stages must rise")))
        << result.detail.toStdString();
    m_plan.stagesPercent = {10, 50};
    EXPECT_TRUE(run().detail.contains(QStringLiteral("last stage must be 100")));
    m_plan.stagesPercent = {10, 100};
    m_plan.logPath = QStringLiteral("/tmp/$(touch pwned).log");
    EXPECT_TRUE(run().detail.contains(QStringLiteral("'$'")));
    m_plan.logPath = m_dir.filePath(QStringLiteral("log"));
    m_content = [](int percent) -> Expected<QString, QString> {
        if (percent == 100)
            return unexpected(QStringLiteral("no template"));
        return weighted(percent);
    };
    result = run();
    EXPECT_EQ(result.detail,
              QStringLiteral("the upstream for 100% could not be made: no template; nothing was "
                             "changed"));
    EXPECT_TRUE(result.actions.isEmpty());
    EXPECT_EQ(readAll(m_file), kOriginal);
    EXPECT_FALSE(QFile::exists(nginx_commands::backupPath(m_file)));
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

TEST(NginxCanaryDryRun, ListsEveryCommandOfEveryStageWithoutWaiting)
{
    const QString file = QStringLiteral("/etc/nginx/conf.d/it's upstream.conf");
    NginxSetup setup;
    setup.upstreamFile = file;
    setup.dryRun = true;
    CanaryPlan plan;
    plan.holdSeconds = 600;
    SilentShell shell;
    int reports = 0;
    QElapsedTimer clock;
    clock.start();
    const CanaryResult result = runNginxCanary(
        shell, setup, plan, [](int percent) -> Expected<QString, QString> { return weighted(percent); },
        kNewAddress, [&reports](const CanaryProgress&) { ++reports; });
    EXPECT_LT(clock.elapsed(), 2000);
    EXPECT_TRUE(result.ok) << result.detail.toStdString();
    EXPECT_EQ(reports, 0);
    const QString test = shellJoin(setup.testCommand);
    const QString reload = shellJoin(setup.reloadCommand);
    const QString log = QStringLiteral("/var/log/nginx/puw-canary.log");
    const QStringList stage = {nginx_commands::write(file), test, reload, canary_commands::logPosition(log),
                               canary_commands::readLog(log, 0, QStringLiteral("0"))};
    const QStringList expected = QStringList{nginx_commands::inspect(file), nginx_commands::backup(file)} +
                                 stage + stage + QStringList{nginx_commands::write(file), test, reload};
    EXPECT_EQ(shell.lines, expected) << shell.lines.join(u'\n').toStdString();
    EXPECT_EQ(result.actions.size(), expected.size());
    EXPECT_EQ(result.stages.size(), 2);
}
