#include "Recipe.h"

#include <QRegularExpression>

namespace puw {

QStringList builtinPlaceholders()
{
    return {QStringLiteral("old_address"),  QStringLiteral("new_address"), QStringLiteral("proxy_address"),
            QStringLiteral("host_address"), QStringLiteral("old_user"),    QStringLiteral("new_user"),
            QStringLiteral("public_url"),   QStringLiteral("dns_name"),    QStringLiteral("compose_service")};
}

QStringList canaryPlaceholders()
{
    return {QStringLiteral("old_weight"), QStringLiteral("new_weight")};
}

QString versionFromOutput(const QString& text, const QString& pattern)
{
    if (!pattern.isEmpty()) {
        const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = re.match(text);
        if (!match.hasMatch())
            return {};
        return (re.captureCount() > 0 ? match.captured(1) : match.captured(0)).trimmed();
    }
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

bool isKnownDatabaseEngine(const QString& name)
{
    return name == QLatin1String("postgresql") || name == QLatin1String("mysql") ||
           name == QLatin1String("mariadb");
}

DatabaseEngine databaseEngineFromName(const QString& name)
{
    return name == QLatin1String("postgresql") ? DatabaseEngine::PostgreSql : DatabaseEngine::MySql;
}

} // namespace puw
