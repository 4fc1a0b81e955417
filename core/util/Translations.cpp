#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace puw {

namespace {
const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kCatalogueName = QStringLiteral("parallel-upgrade");
} // namespace

QStringList availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QString prefix = kCatalogueName + QLatin1Char('_');
    const QStringList files =
        QDir(kCatalogueDir).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString language = file.mid(prefix.size()).chopped(3);
        if (!languages.contains(language))
            languages.append(language);
    }
    languages.sort();
    return languages;
}

Translations::Translations(const QString& language) : m_previousDefault(QLocale())
{
    QLocale locale;
    if (!language.isEmpty()) {
        locale = QLocale(language);
        QLocale::setDefault(locale);
        m_changedDefault = true;
    }
    // QTranslator::load(QLocale, ...) tries each of the locale's UI languages (fr_CA, then fr...).
    if (m_own.load(locale, kCatalogueName, QStringLiteral("_"), kCatalogueDir))
        m_ownInstalled = QCoreApplication::installTranslator(&m_own);
    // Without our own catalogue (English) the standard buttons stay English too, so that one window
    // does not mix two languages.
    if (m_ownInstalled && m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
}

Translations::~Translations()
{
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_ownInstalled)
        QCoreApplication::removeTranslator(&m_own);
    if (m_changedDefault)
        QLocale::setDefault(m_previousDefault);
}

} // namespace puw
