// Writes a picture of every page into the build folder (screenshots/), so that a person can look at what
// an administrator sees. The pages are walked as an admin would: each step finished, then Next.
#include "WizardFixture.h"

#include <QDir>
#include <QPixmap>
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
