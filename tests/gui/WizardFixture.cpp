#include "WizardFixture.h"

#include <QAbstractButton>
#include <QTest>

namespace puw::test {

void WizardFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
}

void WizardFixture::TearDown()
{
    closeAll();
    EXPECT_TRUE(m_errors.isEmpty()) << "unexpected errors: "
                                    << m_errors.join(QLatin1Char('\n')).toStdString();
}

UpgradePlan WizardFixture::demoPlan()
{
    UpgradePlan plan;
    plan.name = QStringLiteral("GUI test plan");
    plan.recipeId = QStringLiteral("demo");
    plan.oldHost.address = QStringLiteral("old.example.test");
    plan.oldHost.user = QStringLiteral("admin");
    plan.newHost.address = QStringLiteral("new.example.test");
    plan.newHost.port = 2222;
    plan.route.kind = RouteKind::Nginx;
    plan.route.publicUrl = QStringLiteral("https://app.example.test/");
    plan.route.proxy.address = QStringLiteral("proxy.example.test");
    plan.route.upstreamFile = QStringLiteral("/etc/nginx/conf.d/upstream.conf");
    return plan;
}

void WizardFixture::launch(bool withPlan)
{
    auto journal = Journal::open(sessionDir());
    ASSERT_TRUE(journal.ok()) << (journal.ok() ? "" : journal.error().toStdString());
    m_controller = std::make_unique<SessionController>(std::move(journal).value());
    QObject::connect(m_controller.get(), &SessionController::errorOccurred,
                     [this](const QString& message) { m_errors.append(message); });
    if (withPlan)
        m_controller->setPlan(demoPlan(), planPath());
    m_wizard = std::make_unique<UpgradeWizard>(m_controller.get());
    m_wizard->setResumeQuestion([this](const UpgradeWizard::ResumeOffer& offer) {
        m_offers.append(offer);
        return m_resumeAnswer;
    });
    m_wizard->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_wizard.get()));
    ASSERT_EQ(m_wizard->currentId(), UpgradeWizard::kWelcomePageId);
}

void WizardFixture::closeAll()
{
    m_wizard.reset();
    m_controller.reset();
}

void WizardFixture::finishStep(StepId step, StepState end, const QString& summary)
{
    ASSERT_TRUE(m_controller->setStepState(step, StepState::Running));
    ASSERT_TRUE(m_controller->setStepState(step, end, summary));
}

void WizardFixture::clickNext()
{
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
}

void WizardFixture::clickBack()
{
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
}

bool WizardFixture::nextEnabled() const
{
    const QAbstractButton* next = m_wizard->button(QWizard::NextButton);
    return next->isVisible() && next->isEnabled();
}

} // namespace puw::test
