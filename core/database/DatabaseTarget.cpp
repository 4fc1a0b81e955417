#include "DatabaseTarget.h"

#include "DatabaseText.h"
#include "RestoreFixes.h"
#include "SqlQuoting.h"

namespace puw {

QStringList knownDatabaseAccessModes()
{
    return databaseAccessModeNames();
}

QString databasePurposeKey(DatabasePurpose purpose)
{
    return databasePurposeKeys().at(static_cast<int>(purpose));
}

Expected<DatabaseAccess, QString> databaseAccessForMode(const QString& mode, DatabaseEngine engine,
                                                        const QString& appUser, const QString& adminRole,
                                                        const QString& socket)
{
    const bool postgres = engine == DatabaseEngine::PostgreSql;
    if (mode == QLatin1String("app"))
        return DatabaseAccess::withPassword(appUser, {});
    if (mode == QLatin1String("app-socket")) {
        DatabaseAccess access = DatabaseAccess::withPassword(appUser, {});
        access.socket = !socket.isEmpty() ? socket
                        : postgres        ? QStringLiteral("/var/run/postgresql")
                                          : QStringLiteral("/run/mysqld/mysqld.sock");
        return access;
    }
    if (mode == QLatin1String("app-peer"))
        return DatabaseAccess::local(appUser, appUser, socket);
    if (mode == QLatin1String("superuser"))
        return postgres ? DatabaseAccess::local(adminRole, QStringLiteral("postgres"), socket)
                        : DatabaseAccess::local(QStringLiteral("root"), QStringLiteral("root"), socket);
    return unexpected(Database::tr("\"%1\" is not a way to reach the database; use one of %2.")
                          .arg(mode, knownDatabaseAccessModes().join(QStringLiteral(", "))));
}

const DatabaseAccess& DatabaseTarget::access(DatabasePurpose purpose) const
{
    switch (purpose) {
    case DatabasePurpose::Dump:
        return dump ? *dump : app;
    case DatabasePurpose::Restore:
        return restore ? *restore : app;
    case DatabasePurpose::Count:
        return count ? *count : app;
    case DatabasePurpose::Admin:
        break;
    }
    return admin;
}

bool DatabaseTarget::needsAppPassword(const QList<DatabasePurpose>& purposes) const
{
    const QList<DatabasePurpose> all{DatabasePurpose::Dump, DatabasePurpose::Restore, DatabasePurpose::Count,
                                     DatabasePurpose::Admin};
    for (DatabasePurpose purpose : purposes.isEmpty() ? all : purposes) {
        if (access(purpose).method == DatabaseAccess::Method::Password)
            return true;
    }
    return false;
}

void DatabaseTarget::setAppPassword(const QString& password)
{
    for (DatabaseAccess* access : {&app, &admin}) {
        if (access->method == DatabaseAccess::Method::Password && access->user == app.user)
            access->password = password;
    }
    for (std::optional<DatabaseAccess>* access : {&dump, &restore, &count}) {
        if (*access && (*access)->method == DatabaseAccess::Method::Password)
            (*access)->password = password;
    }
}

Expected<DatabaseTarget, QString> DatabaseTarget::fromBinding(const RecipeBinding& binding,
                                                              const QMap<QString, QString>& extra,
                                                              const DatabaseHostSettings& hostSettings)
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
    target.composeSudo = spec.composeSudo;
    target.app = DatabaseAccess::withPassword(expand(spec.user), {});
    const QString socket = hostSettings.socket.isEmpty() ? expand(spec.socket) : hostSettings.socket;
    QString adminRole = QStringLiteral("root");
    if (engine == DatabaseEngine::PostgreSql) {
        adminRole = binding.values().value(QStringLiteral("db_admin_user"), QStringLiteral("postgres"));
        if (target.port.isEmpty())
            target.port = QStringLiteral("5432");
    } else if (target.port.isEmpty()) {
        target.port = QStringLiteral("3306");
    }
    if (!failure.isEmpty())
        return unexpected(failure);
    // Each purpose: the plan's way for this host, else the recipe's, else app (admin: superuser).
    for (const QString& purpose : databasePurposeKeys()) {
        const bool isAdmin = purpose == QLatin1String("admin");
        const QString mode = hostSettings.access.value(
            purpose,
            spec.access.value(purpose, isAdmin ? QStringLiteral("superuser") : QStringLiteral("app")));
        auto access = databaseAccessForMode(mode, engine, target.app.user, adminRole, socket);
        if (!access.ok())
            return unexpected(access.error());
        if (isAdmin)
            target.admin = access.value();
        else if (purpose == QLatin1String("dump"))
            target.dump = access.value();
        else if (purpose == QLatin1String("restore"))
            target.restore = access.value();
        else
            target.count = access.value();
    }

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
