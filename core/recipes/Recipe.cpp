#include "Recipe.h"

namespace puw {

QStringList builtinPlaceholders()
{
    return {QStringLiteral("old_address"),  QStringLiteral("new_address"), QStringLiteral("proxy_address"),
            QStringLiteral("host_address"), QStringLiteral("old_user"),    QStringLiteral("new_user"),
            QStringLiteral("public_url"),   QStringLiteral("dns_name"),    QStringLiteral("compose_service")};
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
