// The downtime clock beside the steps: hidden before step 7, ticking while users are cut off, the
// measured figure once step 9 has routed them to the new installation.
#include "WizardFixture.h"

#include "DowntimeClock.h"
#include "journal/SessionValues.h"

#include <QTest>

using namespace puw;
using puw::test::WizardFixture;

using DowntimeClockTest = WizardFixture;

TEST_F(DowntimeClockTest, TicksFromStepSevenUntilStepNineEnds)
{
    launch();
    DowntimeClock* clock = m_wizard->downtimeClock();
    ASSERT_NE(clock, nullptr);
    for (int number = 1; number <= 6; ++number)
        finishStep(*stepFromNumber(number));
    EXPECT_FALSE(clock->isVisible());

    m_controller->journal().setValue(m_controller->sessionId(), SessionKey::kDowntimePredictedMs,
                                     QStringLiteral("272000"));
    finishStep(StepId::StopBoth);
    EXPECT_TRUE(clock->isVisible());
    EXPECT_TRUE(clock->isTicking());
    EXPECT_TRUE(
        clock->text().contains(DowntimeClock::tr("Downtime: %1 so far").section(QLatin1Char(':'), 0, 0)));
    EXPECT_TRUE(clock->text().contains(QStringLiteral("4 min 32 s"))) << clock->text().toStdString();

    finishStep(StepId::FinalSync);
    EXPECT_TRUE(clock->isTicking());
    finishStep(StepId::RouteTraffic);
    EXPECT_FALSE(clock->isTicking());
    EXPECT_TRUE(clock->isVisible());
    EXPECT_TRUE(
        clock->text().startsWith(DowntimeClock::tr("Downtime was %1.").section(QLatin1Char(' '), 0, 1)))
        << clock->text().toStdString();
}
