// The summary page lists the dumps the upgrade left on the hosts and removes them once the admin confirms:
// the wizard asks with every file named, a No removes nothing, a Yes removes them through the engine
// (hosts are shells on this machine here) and the list says none is left.
#include "RunFixture.h"

#include "HostBackupsPanel.h"
#include "SummaryPage.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace puw;
using puw::test::RunFixture;

using HostBackupsRemoval = RunFixture;

TEST_F(HostBackupsRemoval, TheSummaryPageRemovesTheDumpsLeftOnTheHostsOnceConfirmed)
{
    UpgradePlan plan = refusingPlan();
    plan.newBackupDir = m_dir.filePath(QStringLiteral("on-new"));
    ASSERT_TRUE(QDir().mkpath(plan.newBackupDir));
    launchWithLocalHosts(plan);
    for (const StepInfo& info : stepCatalogue())
        finishStep(info.id, StepState::Done, QStringLiteral("done in the test"));
    QStringList dumps;
    for (const char* name : {"demo-rehearsal-20261206.dump", "demo-final-20261206.dump"}) {
        const QString path = QDir(plan.newBackupDir).filePath(QLatin1String(name));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly) && file.write(QByteArray(2048, 'x')) == 2048);
        ArtefactRecord dump;
        dump.step = StepId::RehearsalBackup;
        dump.kind = QStringLiteral("host-backup");
        dump.path = QStringLiteral("new:") + path;
        dump.sizeBytes = 2048;
        dump.complete = true;
        ASSERT_GT(m_controller->journal().recordArtefact(m_controller->sessionId(), dump), 0);
        dumps.append(path);
    }
    ASSERT_TRUE(m_wizard->showFirstStepNotDone());
    ASSERT_EQ(m_wizard->currentId(), UpgradeWizard::kSummaryPageId);
    HostBackupsPanel* panel = m_wizard->summaryPage()->hostBackups();
    for (const QString& path : dumps)
        EXPECT_TRUE(panel->listLabel()->text().contains(path)) << panel->listLabel()->text().toStdString();
    ASSERT_TRUE(panel->removeButton()->isEnabled());

    m_confirmAnswer = false;
    QTest::mouseClick(panel->removeButton(), Qt::LeftButton);
    ASSERT_EQ(m_questions.size(), 1);
    for (const QString& path : dumps)
        EXPECT_TRUE(m_questions.first().text.contains(path)) << "the question names every file";
    EXPECT_TRUE(QFile::exists(dumps.first()) && QFile::exists(dumps.last())) << "No removes nothing";

    m_confirmAnswer = true;
    QTest::mouseClick(panel->removeButton(), Qt::LeftButton);
    EXPECT_FALSE(panel->removeButton()->isEnabled()) << "the button waits while the removal runs";
    EXPECT_TRUE(QTest::qWaitFor([&] { return !QFile::exists(dumps.first()) && !QFile::exists(dumps.last()); },
                                20000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !m_wizard->isBusy(); }, 20000));
    EXPECT_TRUE(panel->resultLabel()->text().contains(QStringLiteral("Removed 2 backup")))
        << panel->resultLabel()->text().toStdString();
    EXPECT_FALSE(panel->listLabel()->text().contains(dumps.first()))
        << panel->listLabel()->text().toStdString();
    EXPECT_FALSE(panel->removeButton()->isEnabled()) << "nothing is left to remove";
}
