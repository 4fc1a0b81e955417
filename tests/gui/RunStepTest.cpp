// Running steps from the wizard over a real engine whose hosts refuse connections: Run, the failure in
// words, Retry; step 7's commit page; step 10's typed host; the log view under a flood of output.
#include "RunFixture.h"

#include "CutoverPages.h"
#include "LogView.h"
#include "ProgressPanel.h"
#include "StepListPanel.h"
#include "StepPage.h"
#include "StepRunPanel.h"
#include "TradeoffsPanel.h"
#include "journal/SessionValues.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidgetItem>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace puw;
using puw::test::RunFixture;

using RunStep = RunFixture;

namespace {

// Starts step 1 and closes the window while it runs; the close question is answered with `answer`.
// Returns the spy on the step's end, for the caller to wait on.
std::unique_ptr<QSignalSpy> closeWhileStepOneRuns(StepPage& page, StepRunner& runner, UpgradeWizard& wizard,
                                                  bool& answerSlot, bool answer)
{
    auto finished = std::make_unique<QSignalSpy>(&runner, &StepRunner::stepFinished);
    QTest::mouseClick(page.runPanel()->runButton(), Qt::LeftButton);
    EXPECT_TRUE(runner.isRunning());
    answerSlot = answer;
    wizard.reject();
    return finished;
}

void settle(SessionController& controller, int throughNumber)
{
    for (int number = 1; number <= throughNumber; ++number) {
        const StepId step = *stepFromNumber(number);
        ASSERT_TRUE(controller.setStepState(step, StepState::Running));
        ASSERT_TRUE(controller.setStepState(step, StepState::Done, QStringLiteral("done in the test")));
    }
}
} // namespace

TEST_F(RunStep, RunStartsTheStepAndAFailureShowsWhyAndOffersRetry)
{
    launchWithRunner();
    StepPage* page = showStep(StepId::InstallNew);
    ASSERT_NE(page, nullptr);
    StepRunPanel* panel = page->runPanel();
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(panel->runButton()->isEnabled());
    EXPECT_FALSE(panel->cancelButton()->isEnabled());

    QSignalSpy finished(m_runner.get(), &StepRunner::stepFinished);
    QTest::mouseClick(panel->runButton(), Qt::LeftButton);
    // Running: in the journal, in the side panel, on the page; Back and Next locked.
    EXPECT_EQ(m_controller->step(StepId::InstallNew).state, StepState::Running);
    EXPECT_EQ(
        m_wizard->stepListPanel()->item(StepId::InstallNew)->data(StepListPanel::kStateKeyRole).toString(),
        stepStateKey(StepState::Running));
    EXPECT_FALSE(panel->runButton()->isEnabled());
    EXPECT_TRUE(panel->cancelButton()->isEnabled());
    EXPECT_FALSE(m_wizard->button(QWizard::BackButton)->isEnabled());
    EXPECT_FALSE(nextEnabled());
    EXPECT_FALSE(m_wizard->stepPage(StepId::CopyConfig)->runPanel()->runButton()->isEnabled());

    ASSERT_TRUE(finished.wait(30000));
    const StepRecord record = m_controller->step(StepId::InstallNew);
    EXPECT_EQ(record.state, StepState::Failed);
    std::printf("step 1 against a refusing host: %s\n", qPrintable(record.summary));
    EXPECT_FALSE(record.summary.isEmpty());
    EXPECT_TRUE(record.summary.contains(QStringLiteral("127.0.0.1")) ||
                record.summary.contains(QStringLiteral("refused"), Qt::CaseInsensitive))
        << record.summary.toStdString();
    EXPECT_TRUE(page->findChildren<QLabel*>().size() > 0);
    bool summaryShown = false;
    for (const QLabel* label : page->findChildren<QLabel*>())
        summaryShown = summaryShown || label->text() == record.summary;
    EXPECT_TRUE(summaryShown);
    EXPECT_EQ(panel->runButton()->text(), StepRunPanel::tr("&Retry"));
    EXPECT_TRUE(panel->runButton()->isEnabled());
    EXPECT_FALSE(panel->cancelButton()->isEnabled());
    EXPECT_TRUE(m_wizard->button(QWizard::BackButton)->isEnabled());
    EXPECT_FALSE(nextEnabled()); // a failed step is not settled
    EXPECT_TRUE(saveScreenshot(QStringLiteral("01-failed-retry")));
}

TEST_F(RunStep, StepSevenShowsTheTradeoffsAndDowntimeAndStopsNothingWithoutConfirmation)
{
    launchWithRunner();
    settle(*m_controller, 6);
    const qint64 session = m_controller->sessionId();
    m_controller->journal().setValue(session, SessionKey::kDowntimePredictedMs, QStringLiteral("272000"));
    m_controller->journal().setValue(session, SessionKey::kDowntimePrediction,
                                     QStringLiteral(R"({"parts": {"stream": 200000, "migrate": 72000}})"));
    CheckRecord failedCheck;
    failedCheck.name = QStringLiteral("login page");
    failedCheck.kind = QStringLiteral("http");
    failedCheck.passed = false;
    failedCheck.detail = QStringLiteral("HTTP 502");
    m_controller->journal().recordCheck(session, failedCheck);

    auto* page = qobject_cast<StopBothPage*>(showStep(StepId::StopBoth));
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(page->tradeoffs()->isVisible());
    const QString tradeoffs = page->tradeoffs()->tradeoffsLabel()->text();
    EXPECT_TRUE(tradeoffs.contains(TradeoffsPanel::tr("What you gain")));
    EXPECT_TRUE(tradeoffs.contains(TradeoffsPanel::tr("What it costs")));
    EXPECT_TRUE(page->tradeoffs()->downtimeLabel()->text().contains(QStringLiteral("4 min 32 s")))
        << page->tradeoffs()->downtimeLabel()->text().toStdString();
    // The parts, in the cutover's order: the stream before the migrations.
    EXPECT_TRUE(page->tradeoffs()->downtimeLabel()->text().contains(
        QStringLiteral("streaming the backup 200.0 s, migrations 72.0 s")))
        << page->tradeoffs()->downtimeLabel()->text().toStdString();
    EXPECT_TRUE(page->tradeoffs()->rehearsalLabel()->text().contains(QStringLiteral("HTTP 502")));
    EXPECT_EQ(page->runPanel()->runButton()->text(), StopBothPage::tr("&Stop both servers"));
    EXPECT_FALSE(page->runPanel()->rollbackButton()->isVisible()); // nothing stopped yet
    EXPECT_TRUE(saveScreenshot(QStringLiteral("07-before-the-downtime")));

    m_confirmAnswer = false;
    QTest::mouseClick(page->runPanel()->runButton(), Qt::LeftButton);
    ASSERT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(m_questions.first().text.contains(QStringLiteral("cut off")));
    QTest::qWait(200);
    EXPECT_FALSE(m_runner->isRunning());
    EXPECT_EQ(m_controller->journal().step(session, StepId::StopBoth).state, StepState::Pending);
    EXPECT_TRUE(m_controller->journal().commands(session).isEmpty());
}

TEST_F(RunStep, StepTenRunsOnlyOnceTheOldHostIsTypedExactly)
{
    launchWithRunner();
    settle(*m_controller, 9);
    auto* page = qobject_cast<DeprovisionPage*>(showStep(StepId::Deprovision));
    ASSERT_NE(page, nullptr);
    QPushButton* run = page->runPanel()->runButton();
    EXPECT_FALSE(run->isEnabled());
    page->hostEdit()->setFocus();
    QTest::keyClicks(page->hostEdit(), QStringLiteral("127.0.0."));
    EXPECT_FALSE(run->isEnabled());
    QTest::keyClicks(page->hostEdit(), QStringLiteral("1"));
    EXPECT_TRUE(run->isEnabled());
    QTest::keyClicks(page->hostEdit(), QStringLiteral("1"));
    EXPECT_FALSE(run->isEnabled());
    QTest::keyClick(page->hostEdit(), Qt::Key_Backspace);
    EXPECT_TRUE(run->isEnabled());
}

TEST_F(RunStep, TheLogKeepsUpWithAFloodWithoutStallingTheEventLoop)
{
    launchWithRunner();
    StepPage* page = showStep(StepId::InstallNew);
    ASSERT_NE(page, nullptr);
    LogView* log = page->runPanel()->logView();
    constexpr int kLines = 20000;

    qint64 longestStallMs = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { longestStallMs = qMax(longestStallMs, sinceTick.restart()); });
    // The engine's lines arrive from another thread, queued, as they do from a real step.
    QThread* producer = QThread::create([runner = m_runner.get()] {
        for (int i = 0; i < kLines; ++i)
            emit runner->event(
                {StepId::InstallNew,
                 LogLine{QStringLiteral("new"),
                         QStringLiteral("line %1 of a command that prints fast").arg(i), i % 10 == 0}});
    });
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start();
    producer->start();
    const bool shown = QTest::qWaitFor(
        [&] {
            return producer->isFinished() && log->pendingLineCount() == 0 &&
                   log->document()->lastBlock().text().contains(QStringLiteral("line %1 ").arg(kLines - 1));
        },
        30000);
    ticker.stop();
    producer->wait();
    delete producer;
    ASSERT_TRUE(shown);
    EXPECT_LE(log->document()->blockCount(), LogView::kMaxLines + 1);
    std::printf("log flood: %d lines shown in %lld ms; longest event-loop stall %lld ms; longest flush "
                "%lld ms\n",
                kLines, static_cast<long long>(total.elapsed()), static_cast<long long>(longestStallMs),
                static_cast<long long>(log->longestFlushMs()));
    // The view's own work per flush stays small; the loop's stall also holds painting and whatever the
    // machine's load takes from this thread (a build beside the test), so its bound is looser.
    EXPECT_LT(log->longestFlushMs(), 50);
    EXPECT_LT(longestStallMs, 250);
}

TEST_F(RunStep, ClosingMidRunAsksAndKeepsRunningWhenTheAdminSaysNo)
{
    launchWithRunner();
    StepPage* page = showStep(StepId::InstallNew);
    ASSERT_NE(page, nullptr);
    const auto finished = closeWhileStepOneRuns(*page, *m_runner, *m_wizard, m_confirmAnswer, false);
    EXPECT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(m_wizard->isVisible());
    ASSERT_TRUE(finished->wait(30000));
}

TEST_F(RunStep, EveryRunWidgetHasAnAccessibleName)
{
    launchWithRunner();
    int checked = 0;
    for (const StepInfo& info : stepCatalogue()) {
        for (QWidget* widget : m_wizard->stepPage(info.id)->findChildren<QWidget*>()) {
            if (widget->parentWidget() && qobject_cast<QAbstractItemView*>(widget->parentWidget()))
                continue; // the view's own parts (corner button, viewport)
            if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<LogView*>(widget) ||
                qobject_cast<QLineEdit*>(widget)) {
                ++checked;
                EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->metaObject()->className();
            }
        }
    }
    EXPECT_GE(checked, 30);
}

TEST_F(RunStep, ClosingMidRunCancelsTheStepAndClosesOnceItStopped)
{
    launchWithRunner();
    StepPage* page = showStep(StepId::InstallNew);
    ASSERT_NE(page, nullptr);
    const auto finished = closeWhileStepOneRuns(*page, *m_runner, *m_wizard, m_confirmAnswer, true);
    EXPECT_EQ(m_questions.size(), 1);
    ASSERT_TRUE(finished->wait(30000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !m_wizard->isVisible(); }, 2000));
    EXPECT_NE(m_controller->step(StepId::InstallNew).state, StepState::Running);
}

TEST_F(RunStep, ATransferShowsItsRateAndTimeLeft)
{
    launchWithRunner();
    StepPage* page = showStep(StepId::InstallNew);
    ASSERT_NE(page, nullptr);
    StepProgress progress;
    progress.what = QStringLiteral("Streaming the backup to new");
    progress.done = 25 * 1000 * 1000;
    progress.total = 100 * 1000 * 1000;
    progress.ratePerSecond = 5 * 1000 * 1000;
    emit m_runner->event({StepId::InstallNew, progress});
    ProgressPanel* shown = page->runPanel()->progressPanel();
    EXPECT_TRUE(shown->isVisible());
    EXPECT_EQ(shown->bar()->value(), 250);
    for (int i = 0; i < 30; ++i)
        emit m_runner->event(
            {StepId::InstallNew,
             LogLine{QStringLiteral("new"), QStringLiteral("pg_restore: processing item %1").arg(i), false}});
    page->runPanel()->logView()->flush();
    EXPECT_TRUE(saveScreenshot(QStringLiteral("01-transfer")));
    const QString text = shown->label()->text();
    std::printf("progress: %s\n", qPrintable(text));
    EXPECT_TRUE(text.contains(QStringLiteral("Streaming the backup to new")));
    EXPECT_TRUE(text.contains(QStringLiteral("/s")));
    EXPECT_TRUE(text.contains(QStringLiteral("15 s"))) << text.toStdString();
    // Another step's progress is not this page's business.
    progress.done = 50 * 1000 * 1000;
    emit m_runner->event({StepId::CopyConfig, progress});
    EXPECT_EQ(shown->bar()->value(), 250);
}
