#include "session/SessionController.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;

namespace {

std::unique_ptr<SessionController> openController(const QTemporaryDir& dir)
{
    auto journal = Journal::open(dir.path());
    EXPECT_TRUE(journal.ok()) << (journal.ok() ? "" : journal.error().toStdString());
    if (!journal.ok())
        return nullptr;
    return std::make_unique<SessionController>(std::move(journal).value());
}

UpgradePlan plan()
{
    UpgradePlan plan;
    plan.recipeId = QStringLiteral("demo");
    plan.oldHost.address = QStringLiteral("old.test");
    plan.newHost.address = QStringLiteral("new.test");
    return plan;
}

} // namespace

TEST(SessionController, StartsASessionWithTheFirstStepStateAndSignalsIt)
{
    QTemporaryDir dir;
    auto controller = openController(dir);
    ASSERT_TRUE(controller);
    controller->setPlan(plan(), dir.filePath(QStringLiteral("plan.json")));
    EXPECT_FALSE(controller->hasSession());
    EXPECT_EQ(controller->step(StepId::InstallNew).state, StepState::Pending);

    QSignalSpy sessions(controller.get(), &SessionController::sessionChanged);
    QSignalSpy steps(controller.get(), &SessionController::stepChanged);
    ASSERT_TRUE(controller->setStepState(StepId::InstallNew, StepState::Running));
    EXPECT_TRUE(controller->hasSession());
    EXPECT_EQ(sessions.count(), 1);
    ASSERT_EQ(steps.count(), 1);
    EXPECT_EQ(steps.first().first().value<StepId>(), StepId::InstallNew);

    const auto record = controller->journal().session(controller->sessionId());
    ASSERT_TRUE(record);
    EXPECT_EQ(record->planPath, dir.filePath(QStringLiteral("plan.json")));
    EXPECT_EQ(record->recipeId, QStringLiteral("demo"));
    EXPECT_EQ(controller->step(StepId::InstallNew).state, StepState::Running);
    EXPECT_EQ(controller->firstStepNotDone(), StepId::InstallNew);
}

TEST(SessionController, RefusesWhatTheJournalOrTheCatalogueForbidWithAMessage)
{
    QTemporaryDir dir;
    auto controller = openController(dir);
    ASSERT_TRUE(controller);
    QSignalSpy errors(controller.get(), &SessionController::errorOccurred);
    QSignalSpy steps(controller.get(), &SessionController::stepChanged);

    EXPECT_FALSE(controller->skipStep(StepId::RehearsalBackup));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.takeFirst().first().toString().contains(QStringLiteral("cannot be skipped")));

    // pending -> done skips "running": the journal refuses, the controller says which step and why.
    EXPECT_FALSE(controller->setStepState(StepId::InstallNew, StepState::Done));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.first().first().toString().startsWith(QStringLiteral("Step 1 ")))
        << errors.first().first().toString().toStdString();
    EXPECT_EQ(steps.count(), 0);

    EXPECT_TRUE(controller->skipStep(StepId::CopyConfig));
    EXPECT_EQ(controller->step(StepId::CopyConfig).state, StepState::Skipped);
}

TEST(SessionController, ResumesTheLatestUnfinishedSessionOfThePlan)
{
    QTemporaryDir dir;
    const QString planA = dir.filePath(QStringLiteral("a.json"));
    const QString planB = dir.filePath(QStringLiteral("b.json"));
    qint64 sessionA = 0;
    qint64 sessionB = 0;
    {
        auto controller = openController(dir);
        ASSERT_TRUE(controller);
        controller->setPlan(plan(), planA);
        ASSERT_TRUE(controller->skipStep(StepId::CopyConfig));
        sessionA = controller->sessionId();
        controller->setPlan(plan(), planB);
        EXPECT_FALSE(controller->hasSession()) << "another plan file is another upgrade";
        ASSERT_TRUE(controller->startNewSession());
        sessionB = controller->sessionId();
    }

    auto controller = openController(dir);
    ASSERT_TRUE(controller);
    // Without a plan: the latest unfinished session of any plan, with its plan restored.
    ASSERT_EQ(controller->resumableSession()->id, sessionB);
    controller->setPlan(plan(), planA);
    ASSERT_EQ(controller->resumableSession()->id, sessionA);
    ASSERT_TRUE(controller->resumeSession(sessionA));
    EXPECT_EQ(controller->step(StepId::CopyConfig).state, StepState::Skipped);
    EXPECT_EQ(controller->firstStepNotDone(), StepId::InstallNew);

    ASSERT_TRUE(controller->finishSession());
    EXPECT_FALSE(controller->resumableSession().has_value()) << "a finished upgrade is not offered again";
}

TEST(SessionController, ResumingWithoutAPlanRestoresTheSessionsPlan)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.json"));
    {
        auto controller = openController(dir);
        ASSERT_TRUE(controller);
        controller->setPlan(plan(), path);
        ASSERT_TRUE(controller->startNewSession());
    }
    auto controller = openController(dir);
    ASSERT_TRUE(controller);
    QSignalSpy plans(controller.get(), &SessionController::planChanged);
    const auto session = controller->resumableSession();
    ASSERT_TRUE(session);
    ASSERT_TRUE(controller->resumeSession(session->id));
    EXPECT_EQ(plans.count(), 1);
    EXPECT_TRUE(controller->hasPlan());
    EXPECT_EQ(controller->plan(), plan());
    EXPECT_EQ(controller->planPath(), path);
}

TEST(SessionController, LoadingABrokenPlanReportsTheFile)
{
    QTemporaryDir dir;
    auto controller = openController(dir);
    ASSERT_TRUE(controller);
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    QSignalSpy errors(controller.get(), &SessionController::errorOccurred);
    EXPECT_FALSE(controller->loadPlan(path));
    EXPECT_FALSE(controller->hasPlan());
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("broken.json")));
}
