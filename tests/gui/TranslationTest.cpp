// The wizard in the admin's language: with French or German forced (as --lang does), the welcome page,
// step 7 and Qt's own buttons speak it. The catalogues are the ones compiled from translations/*.ts.
#include "RunFixture.h"

#include "CutoverPages.h"
#include "StepPage.h"
#include "StepRunPanel.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QPushButton>

#include <memory>

using namespace puw;

namespace {

class Translated : public puw::test::RunFixture {
protected:
    void TearDown() override
    {
        RunFixture::TearDown(); // the widgets go first, then the catalogues, so later tests see English
        m_translations.reset();
    }

    // Before launch: the pages take their texts when they are built.
    void useLanguage(const QString& language)
    {
        m_translations = std::make_unique<Translations>(language);
        ASSERT_TRUE(m_translations->hasCatalogue()) << language.toStdString();
    }

    QStringList buttonTexts(const QWidget* page) const
    {
        QStringList texts;
        for (const QPushButton* button : page->findChildren<QPushButton*>())
            texts.append(button->text());
        return texts;
    }

    void settleThrough(StepId last)
    {
        for (int number = 1; number <= stepNumber(last); ++number) {
            const StepId step = *stepFromNumber(number);
            ASSERT_TRUE(m_controller->setStepState(step, StepState::Running));
            ASSERT_TRUE(m_controller->setStepState(step, StepState::Done));
        }
    }

    std::unique_ptr<Translations> m_translations;
};

// French puts a no-break space before a colon.
const QString kNbsp(QChar(0x00A0));

} // namespace

TEST_F(Translated, LanguagesOnOfferAreEnglishFrenchAndGerman)
{
    EXPECT_EQ(availableLanguages(),
              (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")}));
}

TEST_F(Translated, WelcomePageAndStepSevenSpeakFrench)
{
    useLanguage(QStringLiteral("fr"));
    launchWithRunner();
    const QWizardPage* welcome = m_wizard->page(UpgradeWizard::kWelcomePageId);
    EXPECT_EQ(welcome->title(), QStringLiteral("Bienvenue dans l'assistant de mise à niveau parallèle"));
    EXPECT_TRUE(buttonTexts(welcome).contains(QStringLiteral("&Charger un plan…")))
        << buttonTexts(welcome).join(QStringLiteral(" | ")).toStdString();
    // Qt's own catalogue: the wizard's standard buttons.
    EXPECT_EQ(m_wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Suivant >"));
    saveScreenshot(QStringLiteral("fr-welcome")); // for a person to check that the longer texts fit

    settleThrough(StepId::RunChecks);
    StepPage* page = showStep(StepId::StopBoth);
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->title(),
              QStringLiteral("Étape 7 sur 10") + kNbsp + QStringLiteral(": Arrêter les deux serveurs"));
    ASSERT_NE(page->runPanel(), nullptr);
    EXPECT_EQ(page->runPanel()->runButton()->text(), QStringLiteral("Arrêter les &deux serveurs"));
    EXPECT_EQ(m_wizard->button(QWizard::BackButton)->text(), QStringLiteral("< &Précédent"));
    saveScreenshot(QStringLiteral("fr-step7"));
}

TEST_F(Translated, WelcomePageSpeaksGerman)
{
    useLanguage(QStringLiteral("de"));
    launchWithRunner();
    const QWizardPage* welcome = m_wizard->page(UpgradeWizard::kWelcomePageId);
    EXPECT_EQ(welcome->title(), QStringLiteral("Willkommen beim Assistenten für parallele Upgrades"));
    EXPECT_TRUE(buttonTexts(welcome).contains(QStringLiteral("Plan &laden…")))
        << buttonTexts(welcome).join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(m_wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Weiter >"));
    saveScreenshot(QStringLiteral("de-welcome"));
}

TEST_F(Translated, EnglishNeedsNoCatalogue)
{
    const Translations english(QStringLiteral("en"));
    EXPECT_FALSE(english.hasCatalogue());
    launchWithRunner();
    EXPECT_EQ(m_wizard->page(UpgradeWizard::kWelcomePageId)->title(),
              QStringLiteral("Welcome to the Parallel Upgrade Wizard"));
}

TEST_F(Translated, CoreMessagesSpeakFrenchToo)
{
    // The core translates through Q_DECLARE_TR_FUNCTIONS classes: the contexts lupdate saw must be the ones
    // the program asks for.
    useLanguage(QStringLiteral("fr"));
    const auto missing = UpgradePlan::load(m_dir.filePath(QStringLiteral("no-such-plan.json")), {});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message().contains(QStringLiteral("ne peut pas être lu")))
        << missing.error().message().toStdString();
    EXPECT_EQ(stepTitle(StepId::StopBoth), QStringLiteral("Arrêter les deux serveurs"));
}
