// The pages of a shared-database plan with a real engine: step 7 says nothing stops, asks nothing and
// records the step as not needed; step 5 asks for old's address before migrations touch the shared
// database; step 9 describes the canary's stages.
#include "RunFixture.h"

#include "RouteView.h"
#include "StartNewPage.h"
#include "StepPage.h"
#include "StepRunPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace puw;
using puw::test::RunFixture;

class SharedDatabasePages : public RunFixture {
protected:
    static UpgradePlan sharedPlan()
    {
        UpgradePlan plan = refusingPlan();
        plan.database.shared = true;
        plan.route.canary.stagesPercent = {10, 50, 100};
        plan.route.canary.holdSeconds = 30;
        return plan;
    }
};

TEST_F(SharedDatabasePages, StepSevenSaysNothingStopsAndRecordsItWithoutAQuestion)
{
    launchWithLocalHosts(sharedPlan());
    settleThrough(StepId::RunChecks);
    StepPage* page = showStep(StepId::StopBoth);
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->leftOutNote()->isVisible());
    EXPECT_TRUE(page->leftOutNote()->text().contains(QStringLiteral("Nothing stops")));
    EXPECT_EQ(page->runPanel()->runButton()->text(), StepPage::tr("&Record as not needed"));
    QSignalSpy finished(m_runner.get(), &StepRunner::stepFinished);
    QTest::mouseClick(page->runPanel()->runButton(), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(m_questions.isEmpty()) << "the page asked to stop servers that do not stop";
    EXPECT_EQ(m_controller->step(StepId::StopBoth).state, StepState::Skipped);
    EXPECT_TRUE(nextEnabled());
}

TEST_F(SharedDatabasePages, StepFiveTakesOldsAddressAsConsentAndStepNineShowsTheStages)
{
    launchWithLocalHosts(sharedPlan());
    settleThrough(StepId::ImportBackup);
    auto* start = qobject_cast<StartNewPage*>(showStep(StepId::StartNew));
    ASSERT_NE(start, nullptr);
    EXPECT_TRUE(start->consentEdit()->isVisible());
    EXPECT_FALSE(start->leftOutNote()->isVisible());

    settleThrough(StepId::FinalSync);
    StepPage* route = showStep(StepId::RouteTraffic);
    ASSERT_NE(route, nullptr);
    auto* view = route->findChild<RouteView*>();
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->text().contains(QStringLiteral("10%, 50%, 100%"))) << view->text().toStdString();
    EXPECT_TRUE(view->text().contains(QStringLiteral("30 s")));
}
