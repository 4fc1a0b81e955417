// Step 7's testers' preview with a real engine whose hosts refuse connections: shown only for a plan with a
// database per host routed through nginx; the button only when the plan has route.preview; opening asks for
// the proxy's address typed, after saying what changes, and runs only with it; an open preview shows its URL
// and can be closed.
#include "RunFixture.h"

#include "CutoverPages.h"
#include "TesterPreviewPanel.h"
#include "journal/SessionValues.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace puw;
using puw::test::RunFixture;

class TesterPreviewPage : public RunFixture {
protected:
    static UpgradePlan previewPlan()
    {
        UpgradePlan plan = refusingPlan();
        plan.route.preview.port = 8081;
        return plan;
    }

    TesterPreviewPanel* showPanel()
    {
        auto* page = qobject_cast<StopBothPage*>(showStep(StepId::StopBoth));
        return page ? page->testerPreview() : nullptr;
    }

    QList<TesterPreviewPanel::TypedQuestion> m_typedQuestions;
};

TEST_F(TesterPreviewPage, AsksForTheProxysAddressAfterSayingWhatChangesAndRunsOnlyWithIt)
{
    launchWithRunner(previewPlan());
    settleThrough(StepId::RunChecks);
    TesterPreviewPanel* panel = showPanel();
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(panel->isVisible());
    EXPECT_TRUE(panel->explanationLabel()->text().contains(QStringLiteral("No canary")));
    EXPECT_TRUE(panel->explanationLabel()->text().contains(QStringLiteral("stops receiving their writes")));
    ASSERT_TRUE(panel->openButton()->isVisible());
    EXPECT_TRUE(panel->openButton()->isEnabled());
    EXPECT_FALSE(panel->closeButton()->isEnabled());
    EXPECT_FALSE(panel->urlLabel()->isVisible());

    std::optional<QString> answer; // declined first
    panel->setTypedQuestion([&](const TesterPreviewPanel::TypedQuestion& question) {
        m_typedQuestions.append(question);
        return answer;
    });
    QSignalSpy changed(m_runner.get(), &StepRunner::testerPreviewChanged);
    QTest::mouseClick(panel->openButton(), Qt::LeftButton);
    ASSERT_EQ(m_typedQuestions.size(), 1);
    const TesterPreviewPanel::TypedQuestion& question = m_typedQuestions.first();
    EXPECT_EQ(question.expected, QStringLiteral("127.0.0.1"));
    EXPECT_TRUE(question.text.contains(QStringLiteral("/etc/nginx/conf.d/puw-preview.conf")));
    EXPECT_TRUE(question.text.contains(QStringLiteral("reloads")));
    EXPECT_TRUE(question.text.contains(QStringLiteral("http://127.0.0.1:8081/")));
    EXPECT_TRUE(question.text.contains(QStringLiteral("https://app.example.test/")));
    QTest::qWait(100);
    EXPECT_TRUE(changed.isEmpty()) << "declined, yet the preview was started";

    answer = QStringLiteral("127.0.0.1");
    QTest::mouseClick(panel->openButton(), Qt::LeftButton);
    EXPECT_FALSE(panel->openButton()->isEnabled()) << "while it runs";
    ASSERT_TRUE(changed.wait(20000));
    EXPECT_EQ(changed.first().at(1).value<StepOutcome>().state, StepState::Failed);
    EXPECT_TRUE(panel->resultLabel()->isVisible());
    EXPECT_FALSE(panel->resultLabel()->text().isEmpty());
    EXPECT_EQ(m_controller->step(StepId::RunChecks).state, StepState::Done) << "step 6's state changed";
    EXPECT_EQ(m_controller->step(StepId::StopBoth).state, StepState::Pending);
}

TEST_F(TesterPreviewPage, AnOpenPreviewShowsItsUrlAndCanBeClosed)
{
    launchWithRunner(previewPlan());
    settleThrough(StepId::RunChecks);
    Journal& journal = m_controller->journal();
    ASSERT_TRUE(journal.setValue(m_controller->sessionId(), SessionKey::kPreviewOpenedAt,
                                 QStringLiteral("2026-12-07T10:00:00.000Z")));
    ASSERT_TRUE(journal.setValue(m_controller->sessionId(), SessionKey::kPreviewUrl,
                                 QStringLiteral("http://127.0.0.1:8081/")));
    TesterPreviewPanel* panel = showPanel();
    ASSERT_NE(panel, nullptr);
    panel->refresh();
    EXPECT_TRUE(panel->urlLabel()->isVisible());
    EXPECT_TRUE(panel->urlLabel()->text().contains(QStringLiteral("http://127.0.0.1:8081/")));
    EXPECT_FALSE(panel->openButton()->isEnabled());
    EXPECT_TRUE(panel->closeButton()->isEnabled());
}

TEST_F(TesterPreviewPage, NoButtonWithoutAPreviewAndNoPanelForASharedDatabase)
{
    launchWithRunner(refusingPlan());
    settleThrough(StepId::RunChecks);
    TesterPreviewPanel* panel = showPanel();
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(panel->isVisible()) << "the reason there is no canary is said anyway";
    EXPECT_TRUE(panel->explanationLabel()->text().contains(QStringLiteral("\"preview\"")));
    EXPECT_FALSE(panel->openButton()->isVisible());

    UpgradePlan shared = previewPlan();
    shared.database.shared = true;
    m_controller->setPlan(shared, planPath());
    EXPECT_FALSE(panel->isVisible());
    EXPECT_FALSE(TesterPreviewPanel::appliesTo(shared));
    UpgradePlan dns = refusingPlan();
    dns.route.kind = RouteKind::Dns;
    EXPECT_FALSE(TesterPreviewPanel::appliesTo(dns));
}
