// Relaunching the program offers to resume the unfinished session at its first step not done.
#include "WizardFixture.h"

#include "WelcomePage.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace puw;
using puw::test::WizardFixture;

using Resume = WizardFixture;

namespace {

// Steps 1 to 3 settled (2 skipped), step 4 failed: the admin quit there.
qint64 runUntilStepFourFails(SessionController& controller)
{
    for (StepId step : {StepId::InstallNew, StepId::RehearsalBackup}) {
        EXPECT_TRUE(controller.setStepState(step, StepState::Running));
        EXPECT_TRUE(controller.setStepState(step, StepState::Done));
    }
    EXPECT_TRUE(controller.skipStep(StepId::CopyConfig));
    EXPECT_TRUE(controller.setStepState(StepId::ImportBackup, StepState::Running));
    EXPECT_TRUE(controller.setStepState(StepId::ImportBackup, StepState::Failed));
    return controller.sessionId();
}

} // namespace

TEST_F(Resume, RelaunchOffersTheFirstStepNotDoneAndKeepsBackHistory)
{
    launch();
    const qint64 session = runUntilStepFourFails(*m_controller);
    closeAll();

    launch();
    ASSERT_TRUE(m_wizard->offerResume());
    ASSERT_EQ(m_offers.size(), 1);
    EXPECT_EQ(m_offers.first().session.id, session);
    ASSERT_TRUE(m_offers.first().resumeAt.has_value());
    EXPECT_EQ(*m_offers.first().resumeAt, StepId::ImportBackup);
    EXPECT_EQ(m_controller->sessionId(), session);
    EXPECT_EQ(m_wizard->currentId(), 4);
    EXPECT_FALSE(nextEnabled());

    clickBack();
    EXPECT_EQ(m_wizard->currentId(), 3);
    clickBack();
    EXPECT_EQ(m_wizard->currentId(), 2);
}

TEST_F(Resume, StartingOverBeginsANewSessionOnTheWelcomePage)
{
    launch();
    const qint64 old = runUntilStepFourFails(*m_controller);
    closeAll();

    m_resumeAnswer = UpgradeWizard::ResumeChoice::StartOver;
    launch();
    EXPECT_FALSE(m_wizard->offerResume());
    EXPECT_EQ(m_offers.size(), 1);
    EXPECT_NE(m_controller->sessionId(), old);
    EXPECT_GT(m_controller->sessionId(), 0);
    EXPECT_EQ(m_controller->step(StepId::InstallNew).state, StepState::Pending);
    EXPECT_EQ(m_wizard->currentId(), UpgradeWizard::kWelcomePageId);
    // The old session is kept in the journal, as it was.
    EXPECT_EQ(m_controller->journal().step(old, StepId::ImportBackup).state, StepState::Failed);
}

TEST_F(Resume, NothingIsOfferedWithoutAnUnfinishedSessionOfThePlan)
{
    launch();
    EXPECT_FALSE(m_wizard->offerResume());
    EXPECT_TRUE(m_offers.isEmpty());

    // An unfinished session of another plan file is not this plan's upgrade.
    m_controller->setPlan(demoPlan(), m_dir.filePath(QStringLiteral("other.json")));
    runUntilStepFourFails(*m_controller);
    m_controller->setPlan(demoPlan(), planPath());
    EXPECT_FALSE(m_wizard->offerResume());
    EXPECT_TRUE(m_offers.isEmpty());
}

TEST_F(Resume, WithoutAPlanTheSessionsPlanIsRestored)
{
    launch();
    runUntilStepFourFails(*m_controller);
    closeAll();

    launch(false);
    ASSERT_FALSE(m_controller->hasPlan());
    ASSERT_TRUE(m_wizard->offerResume());
    ASSERT_TRUE(m_controller->hasPlan());
    EXPECT_EQ(m_controller->plan(), demoPlan());
    EXPECT_EQ(m_controller->planPath(), planPath());
    const QString shown = m_wizard->welcomePage()->planSummary()->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("admin@old.example.test"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("new.example.test:2222"))) << shown.toStdString();
}

TEST_F(Resume, TheQuestionBoxNamesTheStepAndResumesThere)
{
    launch();
    runUntilStepFourFails(*m_controller);
    closeAll();
    launch();
    m_wizard->setResumeQuestion(nullptr); // the real QMessageBox

    // The box is modal: a timer finds it and presses "Resume at step 4".
    QString question;
    QStringList buttons;
    QTimer answerer;
    answerer.setInterval(10);
    QObject::connect(&answerer, &QTimer::timeout, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(widget);
            if (!box || !box->isVisible())
                continue;
            answerer.stop();
            question = box->text();
            for (QAbstractButton* button : box->buttons())
                buttons.append(button->text());
            for (QAbstractButton* button : box->buttons()) {
                if (button->text().startsWith(QStringLiteral("Resume")))
                    button->click();
            }
        }
    });
    answerer.start();
    ASSERT_TRUE(m_wizard->offerResume());
    EXPECT_TRUE(question.contains(planPath())) << question.toStdString();
    EXPECT_TRUE(
        buttons.contains(QStringLiteral("Resume at step 4 \"%1\"").arg(stepTitle(StepId::ImportBackup))))
        << buttons.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(buttons.contains(QStringLiteral("Start over")));
    EXPECT_EQ(m_wizard->currentId(), 4);
}
