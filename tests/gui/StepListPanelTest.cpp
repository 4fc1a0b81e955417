// The side panel shows what the journal holds, in words and icons, and follows changes.
#include "WizardFixture.h"

#include "StepListPanel.h"
#include "StepStateDisplay.h"

#include <QImage>
#include <QListWidget>
#include <QThread>

using namespace puw;
using puw::test::WizardFixture;

using SidePanel = WizardFixture;

namespace {

void expectItemShows(StepListPanel* panel, StepId step, StepState state)
{
    QListWidgetItem* item = panel->item(step);
    ASSERT_NE(item, nullptr);
    const std::string where = "step " + std::to_string(stepNumber(step));
    EXPECT_EQ(item->data(StepListPanel::kStateKeyRole).toString(), stepStateKey(state)) << where;
    // Never colour alone: the number, the title and the state in words are in the text.
    EXPECT_TRUE(item->text().startsWith(QStringLiteral("%1. %2").arg(stepNumber(step)).arg(stepTitle(step))))
        << where;
    EXPECT_TRUE(item->text().contains(stepStateLabel(state))) << where << ": " << item->text().toStdString();
    EXPECT_FALSE(item->icon().isNull()) << where;
}

} // namespace

TEST_F(SidePanel, ShowsWhatTheJournalHolds)
{
    qint64 session = 0;
    {
        // A previous run of the program, written straight into the journal.
        auto opened = Journal::open(sessionDir());
        ASSERT_TRUE(opened.ok());
        Journal& journal = *opened.value();
        session = journal.createSession(planPath(), demoPlan().toJson(), QStringLiteral("demo"));
        ASSERT_GT(session, 0);
        ASSERT_TRUE(journal.setStepState(session, StepId::InstallNew, StepState::Running));
        QThread::msleep(1100); // a duration of at least a second, so the panel shows seconds
        ASSERT_TRUE(
            journal.setStepState(session, StepId::InstallNew, StepState::Done, QStringLiteral("2.1 ok")));
        ASSERT_TRUE(journal.setStepState(session, StepId::CopyConfig, StepState::Skipped));
        ASSERT_TRUE(journal.setStepState(session, StepId::RehearsalBackup, StepState::Running));
        ASSERT_TRUE(journal.setStepState(session, StepId::RehearsalBackup, StepState::Failed,
                                         QStringLiteral("pg_dump exited with status 1")));
        // Left running: the program "died" here, so the next open finds it interrupted.
        ASSERT_TRUE(journal.setStepState(session, StepId::ImportBackup, StepState::Running));
    }

    launch();
    ASSERT_TRUE(m_wizard->offerResume());
    ASSERT_EQ(m_controller->sessionId(), session);
    StepListPanel* panel = m_wizard->stepListPanel();
    ASSERT_EQ(panel->list()->count(), kStepCount);

    expectItemShows(panel, StepId::InstallNew, StepState::Done);
    const StepRecord installed = m_controller->step(StepId::InstallNew);
    ASSERT_GE(installed.durationMs(), 1000);
    EXPECT_TRUE(panel->item(StepId::InstallNew)
                    ->text()
                    .contains(StepStateDisplay::formatDuration(installed.durationMs())));
    EXPECT_FALSE(panel->item(StepId::InstallNew)->text().contains(QStringLiteral("< 1 s")));
    EXPECT_EQ(panel->item(StepId::InstallNew)->toolTip(), QStringLiteral("2.1 ok"));

    expectItemShows(panel, StepId::CopyConfig, StepState::Skipped);
    expectItemShows(panel, StepId::RehearsalBackup, StepState::Failed);
    EXPECT_EQ(panel->item(StepId::RehearsalBackup)->toolTip(),
              QStringLiteral("pg_dump exited with status 1"));
    expectItemShows(panel, StepId::ImportBackup, StepState::Interrupted);
    // Each state has its own icon.
    QList<QImage> icons;
    for (StepId step : {StepId::InstallNew, StepId::CopyConfig, StepId::RehearsalBackup, StepId::ImportBackup,
                        StepId::StartNew})
        icons.append(panel->item(step)->icon().pixmap(16, 16).toImage());
    for (int i = 0; i < icons.size(); ++i) {
        for (int j = i + 1; j < icons.size(); ++j)
            EXPECT_NE(icons[i], icons[j]) << "steps " << i + 1 << " and " << j + 1 << " share an icon";
    }
    for (int number = 5; number <= kStepCount; ++number) {
        expectItemShows(panel, *stepFromNumber(number), StepState::Pending);
        EXPECT_TRUE(panel->item(*stepFromNumber(number))->text().contains(QStringLiteral("Not started")));
    }
}

TEST_F(SidePanel, FollowsStateChangesAndMarksTheCurrentStep)
{
    launch();
    StepListPanel* panel = m_wizard->stepListPanel();
    expectItemShows(panel, StepId::InstallNew, StepState::Pending);

    ASSERT_TRUE(m_controller->setStepState(StepId::InstallNew, StepState::Running));
    expectItemShows(panel, StepId::InstallNew, StepState::Running);
    ASSERT_TRUE(m_controller->setStepState(StepId::InstallNew, StepState::Done));
    expectItemShows(panel, StepId::InstallNew, StepState::Done);

    clickNext();
    clickNext();
    ASSERT_EQ(m_wizard->currentId(), 2);
    QListWidgetItem* current = panel->item(StepId::CopyConfig);
    EXPECT_TRUE(current->font().bold());
    EXPECT_TRUE(current->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("current step")));
    EXPECT_FALSE(panel->item(StepId::InstallNew)->font().bold());
    EXPECT_EQ(panel->list()->currentItem(), current);
}
