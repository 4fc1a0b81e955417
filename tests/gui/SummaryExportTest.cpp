// The summary page: the measured downtime, Export report and Export to Ansible.
#include "WizardFixture.h"

#include "DowntimeClock.h"
#include "SummaryPage.h"
#include "journal/SessionValues.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace puw;
using puw::test::WizardFixture;

using SummaryExport = WizardFixture;

TEST_F(SummaryExport, ShowsTheMeasuredDowntimeAndWritesTheReport)
{
    launch();
    for (const StepInfo& info : stepCatalogue())
        finishStep(info.id, StepState::Done, QStringLiteral("done in the test"));
    const qint64 session = m_controller->sessionId();
    m_controller->journal().setValue(session, SessionKey::kDowntimeStartedAt,
                                     QStringLiteral("2026-11-21T09:00:00.000Z"));
    m_controller->journal().setValue(session, SessionKey::kDowntimeEndedAt,
                                     QStringLiteral("2026-11-21T09:03:07.000Z"));
    ASSERT_TRUE(m_wizard->showFirstStepNotDone());
    ASSERT_EQ(m_wizard->currentId(), UpgradeWizard::kSummaryPageId);
    SummaryPage* summary = m_wizard->summaryPage();
    summary->downtime()->refresh();
    EXPECT_TRUE(summary->downtime()->isVisible());
    EXPECT_TRUE(summary->downtime()->text().contains(QStringLiteral("3 min 07 s")))
        << summary->downtime()->text().toStdString();

    const QString path = m_dir.filePath(QStringLiteral("report.md"));
    int asked = 0;
    summary->setExportPathQuestion([&] {
        ++asked;
        return path;
    });
    QTest::mouseClick(summary->exportButton(), Qt::LeftButton);
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(QFile::exists(path)) << summary->exportResult()->text().toStdString();
    EXPECT_TRUE(summary->exportResult()->text().contains(path));
}

// Export to Ansible writes the plan's project (through core) into the folder the admin picks; a plan whose
// recipe does not bind shows the cause in a message box, and nothing is written.
TEST_F(SummaryExport, ExportsThePlanToAnsibleIntoTheChosenFolder)
{
    launch();
    SummaryPage* summary = m_wizard->summaryPage();
    const QString dir = m_dir.filePath(QStringLiteral("ansible"));
    int asked = 0;
    summary->setAnsibleFolderQuestion([&] {
        ++asked;
        return dir;
    });
    QTest::mouseClick(summary->ansibleButton(), Qt::LeftButton);
    EXPECT_EQ(asked, 1);
    for (const QString& file :
         {QStringLiteral("inventory.yml"), QStringLiteral("rehearsal.yml"), QStringLiteral("cutover.yml"),
          QStringLiteral("rollback.yml"), QStringLiteral("ansible.cfg"), QStringLiteral("README.md"),
          QStringLiteral("installations/gui-test-plan/rehearsal.yml"),
          QStringLiteral("installations/gui-test-plan/cutover.yml"),
          QStringLiteral("installations/gui-test-plan/rollback.yml")})
        EXPECT_TRUE(QFile::exists(QDir(dir).filePath(file)))
            << file.toStdString() << ": " << summary->exportResult()->text().toStdString();
    EXPECT_TRUE(summary->exportResult()->text().contains(dir));
    EXPECT_TRUE(summary->findChildren<QMessageBox*>().isEmpty());

    // Cancelling the folder dialog writes nothing.
    summary->setAnsibleFolderQuestion([] { return QString(); });
    QTest::mouseClick(summary->ansibleButton(), Qt::LeftButton);
    EXPECT_TRUE(summary->findChildren<QMessageBox*>().isEmpty());
}

TEST_F(SummaryExport, AnAnsibleExportThatFailsSaysWhy)
{
    launch();
    UpgradePlan plan = demoPlan();
    plan.variables.insert(QStringLiteral("no_such_variable"), QStringLiteral("x"));
    m_controller->setPlan(plan, planPath());
    SummaryPage* summary = m_wizard->summaryPage();
    const QString dir = m_dir.filePath(QStringLiteral("ansible-broken"));
    summary->setAnsibleFolderQuestion([&] { return dir; });
    QTest::mouseClick(summary->ansibleButton(), Qt::LeftButton);
    EXPECT_FALSE(QFile::exists(QDir(dir).filePath(QStringLiteral("inventory.yml"))));
    const QList<QMessageBox*> boxes = summary->findChildren<QMessageBox*>();
    ASSERT_EQ(boxes.size(), 1);
    EXPECT_TRUE(boxes.first()->text().contains(QStringLiteral("no_such_variable")))
        << boxes.first()->text().toStdString();
    boxes.first()->close();
}
