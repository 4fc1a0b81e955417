#include "DatabaseTarget.h"

#include "DatabaseText.h"
#include "RestoreFixes.h"
#include "SqlQuoting.h"

namespace puw {

Expected<DatabaseTarget, QString> DatabaseTarget::fromBinding(const RecipeBinding& binding,
                                                              const QMap<QString, QString>& extra)
{
    const DatabaseSpec& spec = binding.recipe().database;
    const DatabaseEngine engine = binding.databaseEngine();
    DatabaseTarget target;
    QString failure;
    auto expand = [&](const QString& text) {
        auto expanded = binding.expand(text, extra);
        if (!expanded.ok()) {
            if (failure.isEmpty())
                failure = Database::tr("The recipe's database section uses the unknown placeholder \"%1\".")
                              .arg(expanded.error());
            return QString();
        }
        return expanded.value();
    };
    target.host = expand(spec.host);
    target.port = expand(spec.port);
    target.name = expand(spec.name);
    target.composeService = expand(spec.composeService);
    target.composeFile = expand(spec.composeFile);
    target.charset = expand(spec.charset);
    for (const QString& table : spec.excludeTables)
        target.excludeTables << expand(table);
    target.restoreFixes = spec.restoreFixes;
    target.app = DatabaseAccess::withPassword(expand(spec.user), {});
    if (engine == DatabaseEngine::PostgreSql) {
        const QString adminRole =
            binding.values().value(QStringLiteral("db_admin_user"), QStringLiteral("postgres"));
        target.admin = DatabaseAccess::local(adminRole, QStringLiteral("postgres"));
        if (target.port.isEmpty())
            target.port = QStringLiteral("5432");
    } else {
        target.admin = DatabaseAccess::local(QStringLiteral("root"), QStringLiteral("root"));
        if (target.port.isEmpty())
            target.port = QStringLiteral("3306");
    }
    if (!failure.isEmpty())
        return unexpected(failure);
    if (target.name.isEmpty())
        return unexpected(Database::tr("The recipe names no database."));
    if (!target.charset.isEmpty() && !sql::isPlainSqlWord(target.charset))
        return unexpected(
            Database::tr("The database charset \"%1\" is not a plain name.").arg(target.charset));
    const QString fixProblem = checkRestoreFixes(target.restoreFixes, engine);
    if (!fixProblem.isEmpty())
        return unexpected(fixProblem);
    return target;
}

} // namespace puw
