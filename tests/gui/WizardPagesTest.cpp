// The wizard's shape and its one rule: Next on a step page only once the step is done or skipped.
#include "WizardFixture.h"

#include "StepListPanel.h"
#include "StepPage.h"
#include "StepStateDisplay.h"
#include "SummaryPage.h"
#include "WelcomePage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace puw;
using puw::test::WizardFixture;

using WizardPages = WizardFixture;

namespace {
// Parts of an item view (headers, corner button, viewport) are the view's business, not ours.
// Cells' editors, and a combo box's drop-down list: they are read as part of the view or box that is named.
bool isPartOfItemView(const QWidget* widget)
{
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractItemView*>(parent) || qobject_cast<const QComboBox*>(parent))
            return true;
    }
    return false;
}
} // namespace

TEST_F(WizardPages, AreWelcomeThenTenStepsThenSummaryInOrder)
{
    launch();
    QList<int> expectedIds;
    for (int id = 0; id <= kStepCount + 1; ++id)
        expectedIds.append(id);
    EXPECT_EQ(m_wizard->pageIds(), expectedIds);

    ASSERT_NE(qobject_cast<WelcomePage*>(m_wizard->page(UpgradeWizard::kWelcomePageId)), nullptr);
    EXPECT_EQ(m_wizard->page(0)->title(), QStringLiteral("Welcome to the Parallel Upgrade Wizard"));
    for (const StepInfo& info : stepCatalogue()) {
        auto* page = qobject_cast<StepPage*>(m_wizard->page(stepNumber(info.id)));
        ASSERT_NE(page, nullptr) << stepNumber(info.id);
        EXPECT_EQ(page->step(), info.id);
        EXPECT_EQ(page->title(),
                  QStringLiteral("Step %1 of 10: %2").arg(stepNumber(info.id)).arg(stepTitle(info.id)));
    }
    auto* summary = qobject_cast<SummaryPage*>(m_wizard->page(UpgradeWizard::kSummaryPageId));
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(summary->title(), QStringLiteral("Summary"));
    EXPECT_TRUE(summary->isFinalPage());

    // The order an admin meets them in: press Next from the welcome page to the summary.
    for (const StepInfo& info : stepCatalogue())
        finishStep(info.id);
    QList<int> visited{m_wizard->currentId()};
    while (nextEnabled()) {
        clickNext();
        visited.append(m_wizard->currentId());
    }
    EXPECT_EQ(visited, expectedIds);
    EXPECT_TRUE(m_wizard->button(QWizard::FinishButton)->isVisible());
}

TEST_F(WizardPages, NextIsDisabledUntilTheStepIsDoneOrSkipped)
{
    launch();
    ASSERT_TRUE(nextEnabled()) << "the welcome page needs nothing to go on";
    clickNext();
    ASSERT_EQ(m_wizard->currentId(), 1);

    EXPECT_FALSE(nextEnabled());
    clickNext();
    EXPECT_EQ(m_wizard->currentId(), 1) << "a click on a disabled Next must not move";
    ASSERT_TRUE(m_controller->setStepState(StepId::InstallNew, StepState::Running));
    EXPECT_FALSE(nextEnabled()) << "running is not done";
    ASSERT_TRUE(m_controller->setStepState(StepId::InstallNew, StepState::Done));
    EXPECT_TRUE(nextEnabled());
    EXPECT_EQ(m_wizard->stepPage(StepId::InstallNew)->stateLabel()->text(), QStringLiteral("Done"));
    clickNext();
    ASSERT_EQ(m_wizard->currentId(), 2);

    // Step 2 may be skipped: the admin's Skip is recorded in the journal and opens Next.
    StepPage* copyConfig = m_wizard->stepPage(StepId::CopyConfig);
    EXPECT_FALSE(nextEnabled());
    ASSERT_NE(copyConfig->skipButton(), nullptr);
    ASSERT_TRUE(copyConfig->skipButton()->isEnabled());
    QTest::mouseClick(copyConfig->skipButton(), Qt::LeftButton);
    EXPECT_EQ(m_controller->journal().step(m_controller->sessionId(), StepId::CopyConfig).state,
              StepState::Skipped);
    EXPECT_TRUE(nextEnabled());
    EXPECT_FALSE(copyConfig->skipButton()->isEnabled());
    clickNext();
    ASSERT_EQ(m_wizard->currentId(), 3);

    // Step 3 may not be skipped, and a failure keeps Next closed.
    EXPECT_EQ(m_wizard->stepPage(StepId::RehearsalBackup)->skipButton(), nullptr);
    finishStep(StepId::RehearsalBackup, StepState::Failed, QStringLiteral("pg_dump exited with status 1"));
    EXPECT_FALSE(nextEnabled());
    clickNext();
    EXPECT_EQ(m_wizard->currentId(), 3);
    finishStep(StepId::RehearsalBackup, StepState::Done);
    EXPECT_TRUE(nextEnabled());

    clickBack();
    EXPECT_EQ(m_wizard->currentId(), 2);
    EXPECT_TRUE(nextEnabled()) << "a skipped step stays passable";
}

TEST_F(WizardPages, SkipAndNextWorkFromTheKeyboard)
{
    launch();
    finishStep(StepId::InstallNew);
    QTest::keyClick(m_wizard->button(QWizard::NextButton), Qt::Key_Space);
    QTest::keyClick(m_wizard->button(QWizard::NextButton), Qt::Key_Space);
    ASSERT_EQ(m_wizard->currentId(), 2);
    QAbstractButton* skip = m_wizard->stepPage(StepId::CopyConfig)->skipButton();
    ASSERT_TRUE(skip->focusPolicy() & Qt::TabFocus);
    QTest::keyClick(skip, Qt::Key_Space);
    EXPECT_EQ(m_controller->step(StepId::CopyConfig).state, StepState::Skipped);
    QTest::keyClick(m_wizard->button(QWizard::NextButton), Qt::Key_Space);
    EXPECT_EQ(m_wizard->currentId(), 3);
}

TEST_F(WizardPages, SummaryShowsEveryStepAndFinishingClosesTheSession)
{
    launch();
    for (const StepInfo& info : stepCatalogue()) {
        if (info.id == StepId::Deprovision) {
            ASSERT_TRUE(m_controller->skipStep(info.id));
        } else {
            finishStep(info.id, StepState::Done, QStringLiteral("result %1").arg(stepNumber(info.id)));
        }
    }
    ASSERT_TRUE(m_wizard->showFirstStepNotDone());
    ASSERT_EQ(m_wizard->currentId(), UpgradeWizard::kSummaryPageId);

    QTableWidget* table = m_wizard->summaryPage()->table();
    ASSERT_EQ(table->rowCount(), kStepCount);
    for (const StepInfo& info : stepCatalogue()) {
        const int row = stepNumber(info.id) - 1;
        const StepRecord record = m_controller->step(info.id);
        EXPECT_EQ(table->item(row, SummaryPage::StepColumn)->text(),
                  QStringLiteral("%1. %2").arg(stepNumber(info.id)).arg(stepTitle(info.id)));
        EXPECT_EQ(table->item(row, SummaryPage::StateColumn)->text(), stepStateLabel(record.state));
        EXPECT_FALSE(table->item(row, SummaryPage::StateColumn)->icon().isNull());
        EXPECT_EQ(table->item(row, SummaryPage::ResultColumn)->text(), record.summary);
        const QString duration = StepStateDisplay::durationText(record);
        EXPECT_EQ(info.id == StepId::Deprovision, duration.isEmpty()) << "only the skipped step has none";
        EXPECT_EQ(table->item(row, SummaryPage::DurationColumn)->text(),
                  duration.isEmpty() ? QStringLiteral("—") : duration);
    }
    EXPECT_EQ(table->item(kStepCount - 1, SummaryPage::StateColumn)->text(), QStringLiteral("Skipped"));

    const qint64 session = m_controller->sessionId();
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    EXPECT_TRUE(m_controller->journal().session(session)->isFinished());
    EXPECT_FALSE(m_controller->resumableSession().has_value());
}

TEST_F(WizardPages, EveryWidgetHasAnAccessibleNameAndButtonsTakeKeyboardFocus)
{
    launch();
    QList<QWidget*> roots{m_wizard->stepListPanel()};
    for (int id : m_wizard->pageIds())
        roots.append(m_wizard->page(id));
    int checked = 0;
    for (QWidget* root : roots) {
        EXPECT_FALSE(root->accessibleName().isEmpty()) << root->metaObject()->className();
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            if (isPartOfItemView(widget))
                continue;
            const bool interactive =
                qobject_cast<QAbstractButton*>(widget) || qobject_cast<QAbstractItemView*>(widget);
            if (interactive) {
                ++checked;
                EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->metaObject()->className();
                EXPECT_TRUE(widget->focusPolicy() & Qt::TabFocus) << widget->accessibleName().toStdString();
            } else if (auto* label = qobject_cast<QLabel*>(widget)) {
                // A label is read by its text; labels without text (icons, empty values) need a name.
                EXPECT_FALSE(label->accessibleName().isEmpty() && label->text().isEmpty());
            }
        }
    }
    EXPECT_GE(checked, 4); // load plan, two skip buttons, the side list, the summary table
}
