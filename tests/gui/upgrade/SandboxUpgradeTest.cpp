// A whole parallel upgrade of the sandbox with the real wizard, on the application its world runs
// ($PUW_TEST_APP: the demo on PostgreSQL, OpenBoxes on Tomcat and MariaDB, or Parsec with docker compose),
// clicked through as an administrator would: Run on every step page, Compare on step 2, the manual checks on
// step 6, "No" and then "Stop both servers" on step 7, the old host's address typed on step 10, and the
// summary. Along the way it proves that step 7 shows the tradeoffs and the predicted downtime before anything
// stops and that declining leaves users on the old installation, and it photographs every page (and step 5
// while the application's log shows its start, e.g. Liquibase's changelogs for OpenBoxes).
#include "UpgradeDriver.h"

#include "ConfigPage.h"
#include "CutoverPages.h"
#include "DowntimeClock.h"
#include "LogView.h"
#include "ManualChecks.h"
#include "ResultViews.h"
#include "StepPage.h"
#include "StepRunPanel.h"
#include "StepStateDisplay.h"
#include "SummaryPage.h"
#include "TradeoffsPanel.h"
#include "jobs/StepRunner.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace puw;
using puw::test::UpgradeDriver;

namespace {

QString stepName(StepId step)
{
    return QStringLiteral("step%1-%2").arg(stepNumber(step), 2, 10, QLatin1Char('0')).arg(stepKey(step));
}
} // namespace

using SandboxUpgrade = UpgradeDriver;

TEST_F(SandboxUpgrade, AdminClicksThroughAWholeUpgrade)
{
    const QString v1 = m_world.app().oldVersion;
    const QString v2 = m_world.app().newVersion;
    ASSERT_TRUE(m_world.versionThroughProxy().contains(v1)) << m_world.versionThroughProxy().toStdString();
    ASSERT_EQ(m_world.oldAppState(), QStringLiteral("active"));
    screenshot(QStringLiteral("welcome"));
    ASSERT_TRUE(pressNext());

    // The rehearsal: users keep working on the old installation.
    for (StepId step : {StepId::InstallNew, StepId::CopyConfig, StepId::RehearsalBackup, StepId::ImportBackup,
                        StepId::StartNew, StepId::RunChecks}) {
        StepPage* page = shownStep();
        ASSERT_NE(page, nullptr);
        ASSERT_EQ(page->step(), step);
        ASSERT_NE(page->runPanel(), nullptr) << "the wizard has no engine";
        if (step == StepId::CopyConfig) {
            auto* config = qobject_cast<ConfigPage*>(page);
            ASSERT_NE(config, nullptr);
            QSignalSpy compared(m_runner.get(), &StepRunner::stepFinished);
            QTest::mouseClick(config->compareButton(), Qt::LeftButton);
            ASSERT_TRUE(compared.wait(120000)) << describe(step);
            ASSERT_GT(config->fileList()->count(), 0) << "the comparison listed no file";
            QString written; // what will be written, file after file as the admin clicks through them
            for (int row = config->fileList()->count() - 1; row >= 0; --row) {
                config->fileList()->setCurrentRow(row);
                written += config->resultView()->toPlainText();
            }
            for (const QString& line : m_world.app().carriedLines)
                EXPECT_TRUE(written.contains(line)) << "not in what will be written: " << line.toStdString();
            // Comparing changed nothing: the step is still to be run (Run, not Retry; not marked failed).
            EXPECT_EQ(m_controller->step(step).state, StepState::Pending) << describe(step);
            EXPECT_TRUE(m_controller->step(step).summary.contains(QStringLiteral("differ")))
                << describe(step);
            EXPECT_FALSE(page->runPanel()->runButton()->text().contains(QStringLiteral("Retry")));
            screenshot(stepName(step) + QStringLiteral("-compared"));
        }
        if (step == StepId::StartNew && !m_world.app().startProgress.isEmpty()) {
            // Photographed while the log shows the start's progress, as the admin watches it.
            bool seen = false;
            ASSERT_TRUE(pressRun(page, 600, [&] {
                if (!seen &&
                    page->runPanel()->logView()->toPlainText().contains(m_world.app().startProgress)) {
                    seen = true;
                    screenshot(stepName(step) + QStringLiteral("-starting"));
                }
            })) << describe(step);
            EXPECT_TRUE(seen) << "step 5 never showed \"" << m_world.app().startProgress.toStdString() << '"';
        } else {
            ASSERT_TRUE(pressRun(page)) << describe(step);
        }
        ASSERT_EQ(m_controller->step(step).state, StepState::Done) << describe(step);
        if (step == StepId::RunChecks) {
            // What no program can check: the admin tried the new installation and ticks what worked.
            auto* manual = page->findChild<ManualChecks*>();
            ASSERT_NE(manual, nullptr);
            for (QCheckBox* box : manual->boxes()) {
                QTest::keyClick(box, Qt::Key_Space); // as with Tab and Space
                EXPECT_TRUE(box->isChecked()) << box->text().toStdString();
            }
            QTest::mouseClick(manual->recordButton(), Qt::LeftButton);
            int manualPassed = 0;
            for (const CheckRecord& check : m_controller->journal().checks(m_controller->sessionId()))
                manualPassed += check.kind == QStringLiteral("manual") && check.passed ? 1 : 0;
            EXPECT_EQ(manualPassed, int(manual->boxes().size()))
                << "the ticked manual checks are not recorded";
        }
        screenshot(stepName(step));
        ASSERT_TRUE(pressNext()) << "Next after step " << stepNumber(step);
        EXPECT_TRUE(m_world.versionThroughProxy().contains(v1))
            << "users lost the old installation during the rehearsal";
    }

    // Step 7 before anything stops: the tradeoffs, the rehearsal and the downtime it predicts.
    auto* stop = qobject_cast<StopBothPage*>(shownStep());
    ASSERT_NE(stop, nullptr);
    TradeoffsPanel* tradeoffs = stop->tradeoffs();
    EXPECT_TRUE(tradeoffs->isVisible());
    EXPECT_TRUE(tradeoffs->tradeoffsLabel()->isVisible());
    EXPECT_TRUE(tradeoffs->tradeoffsLabel()->text().contains(TradeoffsPanel::tr("What you gain")));
    EXPECT_TRUE(tradeoffs->tradeoffsLabel()->text().contains(TradeoffsPanel::tr("What it costs")));
    bool isNumber = false;
    const qint64 predicted = m_controller->journal()
                                 .value(m_controller->sessionId(), QStringLiteral("downtime.predicted_ms"))
                                 .toLongLong(&isNumber);
    ASSERT_TRUE(isNumber && predicted > 0) << "the rehearsal predicted no downtime";
    EXPECT_TRUE(tradeoffs->downtimeLabel()->isVisible());
    EXPECT_TRUE(tradeoffs->downtimeLabel()->text().contains(
        StepStateDisplay::formatDuration(predicted).toHtmlEscaped()))
        << tradeoffs->downtimeLabel()->text().toStdString();
    EXPECT_TRUE(tradeoffs->rehearsalLabel()->text().contains(QStringLiteral("Checks passed")))
        << tradeoffs->rehearsalLabel()->text().toStdString();
    EXPECT_FALSE(m_wizard->downtimeClock()->isTicking());
    screenshot(stepName(StepId::StopBoth) + QStringLiteral("-before"));

    // "No": nothing starts, and users still reach the old installation.
    m_answerer->expect(false,
                       [this](QMessageBox* box) { screenshot(QStringLiteral("step07-question"), box); });
    EXPECT_FALSE(pressRun(stop));
    ASSERT_EQ(m_answerer->asked().size(), 1);
    EXPECT_TRUE(m_answerer->asked().first().startsWith(StopBothPage::tr("Stop both servers?")));
    EXPECT_FALSE(m_runner->isRunning());
    EXPECT_EQ(m_controller->step(StepId::StopBoth).state, StepState::Pending);
    QTest::qWait(4000); // longer than systemd takes to restart a unit with Restart=always
    EXPECT_TRUE(m_world.versionThroughProxy().contains(v1)) << m_world.versionThroughProxy().toStdString();
    EXPECT_EQ(m_world.oldAppState(), QStringLiteral("active")) << "the old application stopped without a yes";

    // "Stop both servers": the downtime begins and its clock shows.
    m_answerer->expect(true);
    ASSERT_TRUE(pressRun(stop)) << describe(StepId::StopBoth);
    ASSERT_EQ(m_controller->step(StepId::StopBoth).state, StepState::Done) << describe(StepId::StopBoth);
    EXPECT_EQ(m_world.oldAppState(), QStringLiteral("inactive"));
    EXPECT_TRUE(m_wizard->downtimeClock()->isVisible());
    EXPECT_TRUE(m_wizard->downtimeClock()->isTicking());
    screenshot(stepName(StepId::StopBoth));
    ASSERT_TRUE(pressNext());

    for (StepId step : {StepId::FinalSync, StepId::RouteTraffic}) {
        StepPage* page = shownStep();
        ASSERT_NE(page, nullptr);
        ASSERT_EQ(page->step(), step);
        ASSERT_TRUE(pressRun(page)) << describe(step);
        ASSERT_EQ(m_controller->step(step).state, StepState::Done) << describe(step);
        screenshot(stepName(step));
        ASSERT_TRUE(pressNext());
    }
    EXPECT_TRUE(m_world.versionThroughProxy().contains(v2)) << m_world.versionThroughProxy().toStdString();
    EXPECT_FALSE(m_wizard->downtimeClock()->isTicking()) << "the clock still runs after step 9";

    // Step 10 runs only once the old host's address is typed in full.
    auto* deprovision = qobject_cast<DeprovisionPage*>(shownStep());
    ASSERT_NE(deprovision, nullptr);
    QPushButton* run = deprovision->runPanel()->runButton();
    const QString oldHost = m_world.plan().oldHost.address;
    QTest::keyClicks(deprovision->hostEdit(), oldHost.left(oldHost.size() - 1));
    EXPECT_FALSE(run->isEnabled()) << "Run is enabled before the whole address is typed";
    QTest::keyClicks(deprovision->hostEdit(), oldHost.right(1));
    EXPECT_TRUE(run->isEnabled());
    screenshot(stepName(StepId::Deprovision) + QStringLiteral("-typed"));
    ASSERT_TRUE(pressRun(deprovision)) << describe(StepId::Deprovision);
    ASSERT_EQ(m_controller->step(StepId::Deprovision).state, StepState::Done)
        << describe(StepId::Deprovision);
    screenshot(stepName(StepId::Deprovision));
    ASSERT_TRUE(pressNext());

    ASSERT_EQ(m_wizard->currentId(), UpgradeWizard::kSummaryPageId);
    SummaryPage* summary = m_wizard->summaryPage();
    ASSERT_EQ(summary->table()->rowCount(), kStepCount);
    for (int row = 0; row < kStepCount; ++row) {
        const StepId step = *stepFromNumber(row + 1);
        EXPECT_EQ(m_controller->step(step).state, StepState::Done) << describe(step);
        EXPECT_EQ(summary->table()->item(row, SummaryPage::StateColumn)->text(),
                  stepStateLabel(StepState::Done));
    }
    EXPECT_TRUE(summary->downtime()->isVisible());
    EXPECT_TRUE(summary->downtime()->text().startsWith(QStringLiteral("Downtime was ")))
        << "the summary shows no measured downtime: " << summary->downtime()->text().toStdString();
    screenshot(QStringLiteral("summary"));

    // What users and the old host show afterwards.
    EXPECT_TRUE(m_world.versionThroughProxy().contains(v2)) << m_world.versionThroughProxy().toStdString();
    EXPECT_EQ(m_world.oldAppState(), QStringLiteral("inactive"));
}
