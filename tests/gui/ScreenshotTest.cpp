// Writes a picture of every page into the build folder (screenshots/), so that a person can look at what
// an administrator sees. The pages are walked as an admin would: each step finished, then Next.
#include "WizardFixture.h"

#include "WelcomePage.h"

#include <QDir>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QWizard>

using namespace puw;
using namespace puw::test;

namespace {
class Screenshots : public WizardFixture {};

QString screenshotDir()
{
    QString dir = qEnvironmentVariable("PUW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::current().absoluteFilePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return dir;
}

bool save(QWidget* window, const QString& name)
{
    const QPixmap picture = window->grab();
    return !picture.isNull() && picture.save(QDir(screenshotDir()).filePath(name + QStringLiteral(".png")));
}
} // namespace

TEST_F(Screenshots, EveryPageIsDrawnAndSaved)
{
    launch();
    m_wizard->resize(1000, 700);
    ASSERT_TRUE(save(m_wizard.get(), QStringLiteral("00-welcome")));
    clickNext();
    for (const StepInfo& info : stepCatalogue()) {
        ASSERT_EQ(m_wizard->currentId(), UpgradeWizard::pageIdOf(info.id));
        const QString name = QStringLiteral("%1-%2")
                                 .arg(stepNumber(info.id), 2, 10, QLatin1Char('0'))
                                 .arg(QLatin1String(info.key));
        if (info.skippable && info.id == StepId::Deprovision)
            ASSERT_TRUE(m_controller->skipStep(info.id));
        else
            finishStep(info.id, StepState::Done, QStringLiteral("Finished in the screenshot run."));
        ASSERT_TRUE(save(m_wizard.get(), name));
        clickNext();
    }
    ASSERT_EQ(m_wizard->currentId(), UpgradeWizard::kSummaryPageId);
    ASSERT_TRUE(save(m_wizard.get(), QStringLiteral("11-summary")));
    EXPECT_EQ(QDir(screenshotDir()).entryList({QStringLiteral("*.png")}).size(), 12);
}

// The welcome page as a plan editor: empty (placeholders and the first thing missing), and filled, at the
// top and scrolled to the route. In screenshots/welcome/, apart from the walk above.
TEST_F(Screenshots, WelcomePageEmptyAndFilled)
{
    const QString dir = QDir(screenshotDir()).filePath(QStringLiteral("welcome"));
    QDir().mkpath(dir);
    const auto saveAs = [&](const QString& name) {
        QTest::qWait(50); // the nested layouts settle, as they do before a person sees the window
        const QPixmap picture = m_wizard->grab();
        return !picture.isNull() && picture.save(QDir(dir).filePath(name + QStringLiteral(".png")));
    };
    launch(false);
    m_wizard->resize(1000, 700);
    ASSERT_TRUE(saveAs(QStringLiteral("empty")));
    closeAll();
    launch();
    m_wizard->resize(1000, 700);
    ASSERT_TRUE(saveAs(QStringLiteral("filled")));
    auto* scroll = m_wizard->welcomePage()->findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    ASSERT_TRUE(saveAs(QStringLiteral("filled-route")));
}
