// The cutover with a real engine whose hosts refuse connections: step 7 starts only once confirmed
// (and then with the confirmation the job needs), and Roll back explains, asks, then runs.
#include "RunFixture.h"

#include "CutoverPages.h"
#include "StepPage.h"
#include "StepRunPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace puw;
using puw::test::RunFixture;

using Cutover = RunFixture;

TEST_F(Cutover, ConfirmingStepSevenStartsItWithTheConfirmation)
{
    launchWithRunner();
    settleThrough(StepId::RunChecks);
    StepPage* page = showStep(StepId::StopBoth);
    ASSERT_NE(page, nullptr);
    m_confirmAnswer = true;
    QSignalSpy finished(m_runner.get(), &StepRunner::stepFinished);
    QTest::mouseClick(page->runPanel()->runButton(), Qt::LeftButton);
    ASSERT_EQ(m_questions.size(), 1);
    EXPECT_EQ(m_questions.first().yesText, StopBothPage::tr("Stop both servers"));
    ASSERT_TRUE(finished.wait(30000));
    // The job got past its confirmation check and failed only on reaching the host.
    const StepRecord record = m_controller->step(StepId::StopBoth);
    EXPECT_EQ(record.state, StepState::Failed);
    EXPECT_TRUE(record.summary.contains(QStringLiteral("127.0.0.1"))) << record.summary.toStdString();
    // Something may have been asked to stop: going back is offered now.
    EXPECT_TRUE(page->runPanel()->rollbackButton()->isVisible());
}

TEST_F(Cutover, RollBackSaysWhatItDoesAsksAndRuns)
{
    launchWithRunner();
    settleThrough(StepId::StopBoth);
    StepPage* page = showStep(StepId::FinalSync);
    ASSERT_NE(page, nullptr);
    QPushButton* rollback = page->runPanel()->rollbackButton();
    ASSERT_TRUE(rollback->isVisible());
    ASSERT_TRUE(rollback->isEnabled());

    m_confirmAnswer = false;
    QTest::mouseClick(rollback, Qt::LeftButton);
    ASSERT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(m_questions.first().text.contains(QStringLiteral("starts the old installation")));
    EXPECT_FALSE(m_wizard->isBusy());

    m_confirmAnswer = true;
    QSignalSpy finished(m_runner.get(), &StepRunner::rollbackFinished);
    QTest::mouseClick(rollback, Qt::LeftButton);
    EXPECT_TRUE(m_wizard->isBusy());
    EXPECT_FALSE(rollback->isEnabled());
    EXPECT_FALSE(m_wizard->button(QWizard::BackButton)->isEnabled());
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(m_wizard->isBusy());
    EXPECT_TRUE(page->runPanel()->noteLabel()->isVisible());
    std::printf("rollback against refusing hosts: %s\n", qPrintable(page->runPanel()->noteLabel()->text()));
    EXPECT_FALSE(page->runPanel()->noteLabel()->text().isEmpty());
}
