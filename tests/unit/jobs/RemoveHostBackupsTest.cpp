// The removal of the dumps left on the hosts (the summary page's button, --remove-host-backups): through
// the runner and the engine against local shells, it deletes the files inside the host's backup folder,
// records each removal, and refuses every other path (outside the folder, with "..", of no host) without
// touching it.
#include "JobFlowWorld.h"

#include "jobs/HostPool.h"
#include "jobs/perstep/RemoveHostBackupsJob.h"
#include "journal/HostBackups.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace puw;
using namespace puw::test;

namespace {
void write(const QString& path)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly) && file.write("rows\n") == 5) << path.toStdString();
}
} // namespace

TEST(RemoveHostBackups, RefusesAPathOutsideTheBackupFolder)
{
    const QString folder = QStringLiteral("/var/tmp/puw");
    EXPECT_EQ(RemoveHostBackupsJob::refusal(QStringLiteral("/var/tmp/puw/a.dump"), folder), QString());
    EXPECT_EQ(
        RemoveHostBackupsJob::refusal(QStringLiteral("/var/tmp/puw/x/a.dump"), folder + QLatin1Char('/')),
        QString());
    for (const char* bad : {"/var/tmp/puw", "/var/tmp/puw/", "/var/tmp/puwx/a.dump", "/etc/passwd",
                            "/var/tmp/puw/../../etc/passwd", "/var/tmp/puw/./a.dump", "/var/tmp/puw//a.dump",
                            "/var/tmp/puw/a\n.dump", "relative/a.dump"})
        EXPECT_NE(RemoveHostBackupsJob::refusal(QString::fromUtf8(bad), folder), QString()) << bad;
}

TEST(RemoveHostBackups, RemovesTheDumpsInTheFolderRecordsThemAndRefusesTheRest)
{
    JobFlowWorld world;
    ASSERT_TRUE(world.isValid()) << world.setupError().toStdString();
    ASSERT_TRUE(world.controller().startNewSession());
    UpgradePlan plan = world.plan();
    plan.newBackupDir = world.path(QStringLiteral("new-backups"));
    ASSERT_TRUE(QDir().mkpath(plan.newBackupDir));
    const QString kept = plan.newBackupDir + QStringLiteral("/app-rehearsal.dump");
    const QString partial = plan.newBackupDir + QStringLiteral("/app-final.dump.partial");
    const QString outside = world.path(QStringLiteral("outside.txt"));
    write(kept);
    write(partial);
    write(outside);
    for (const QString& path : {kept, partial}) {
        ArtefactRecord dump;
        dump.step = StepId::RehearsalBackup;
        dump.kind = QStringLiteral("host-backup");
        dump.path = QStringLiteral("new:") + path;
        ASSERT_GT(world.journal().recordArtefact(world.session(), dump), 0);
    }

    UpgradeEngine::Setup setup{plan, world.binding(), {}, nullptr, world.path(QStringLiteral("backups")),
                               false};
    StepRunner runner(&world.controller(), setup, HostPool::localConnector());
    QSignalSpy removed(&runner, &StepRunner::hostBackupsRemoved);
    const QStringList files{QStringLiteral("new:") + kept, QStringLiteral("new:") + partial,
                            QStringLiteral("new:") + plan.newBackupDir + QStringLiteral("/../outside.txt"),
                            QStringLiteral("new:") + outside, QStringLiteral("elsewhere:") + outside};
    ASSERT_TRUE(runner.removeHostBackups(files));
    EXPECT_TRUE(runner.isRemovingHostBackups());
    EXPECT_FALSE(runner.start(StepId::InstallNew)) << "no step starts while the removal runs";
    ASSERT_TRUE(removed.wait(20000));
    const auto outcome = removed.first().at(0).value<StepOutcome>();
    EXPECT_EQ(outcome.state, StepState::Failed) << "three paths were refused";
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("outside.txt"))) << outcome.summary.toStdString();
    EXPECT_FALSE(QFile::exists(kept));
    EXPECT_FALSE(QFile::exists(partial));
    EXPECT_TRUE(QFile::exists(outside)) << "a path outside the backup folder is never removed";
    EXPECT_FALSE(runner.isRemovingHostBackups());

    const QList<ArtefactRecord> artefacts = world.journal().artefacts(world.session());
    EXPECT_TRUE(HostBackups::left(artefacts).isEmpty());
    ASSERT_EQ(HostBackups::removed(artefacts).size(), 2);
    EXPECT_EQ(HostBackups::removed(artefacts).at(0).path, QStringLiteral("new:") + kept);
    for (StepId step : {StepId::Deprovision, StepId::RehearsalBackup})
        EXPECT_EQ(world.controller().step(step).state, StepState::Pending) << "no step changed state";
}
