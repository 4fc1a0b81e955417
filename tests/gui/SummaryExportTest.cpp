// The summary page: the measured downtime and Export report.
#include "WizardFixture.h"

#include "DowntimeClock.h"
#include "SummaryPage.h"
#include "journal/SessionValues.h"

#include <QFile>
#include <QLabel>
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
