#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace puw {

// The interface languages: "en" (the text in the sources) and one per catalogue compiled into the program
// under :/i18n (parallel-upgrade_<language>.qm), sorted.
QStringList availableLanguages();

// Installs the program's catalogue and Qt's own (standard buttons and dialogs, from the system's Qt
// translations) while it lives, and removes them when it dies. An empty language follows the system
// locale; otherwise it is one of availableLanguages() and also becomes the default QLocale, so that
// numbers and dates agree with the text. Needs a QCoreApplication.
class Translations {
public:
    explicit Translations(const QString& language = {});
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // Whether the program's own catalogue was found and installed (false for English).
    bool hasCatalogue() const { return m_ownInstalled; }

private:
    QTranslator m_own;
    QTranslator m_qt;
    bool m_ownInstalled = false;
    bool m_qtInstalled = false;
    QLocale m_previousDefault;
    bool m_changedDefault = false;
};

} // namespace puw
