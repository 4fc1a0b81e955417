#include "DatabasePlan.h"

#include <QCoreApplication>

namespace puw {

namespace {
class DatabasePlanText {
    Q_DECLARE_TR_FUNCTIONS(puw::UpgradePlan)
};

DatabaseHostSettings readHostSettings(JsonFieldReader& reader, const QJsonObject& section, const QString& key)
{
    DatabaseHostSettings settings;
    const QJsonObject object = reader.optionalObject(section, key, QStringLiteral("database"));
    if (reader.failed() || object.isEmpty())
        return settings;
    const QString path = JsonFieldReader::join(QStringLiteral("database"), key);
    settings.access = readDatabaseAccess(reader, object, path, {QStringLiteral("socket")});
    settings.socket = reader.optionalString(object, QStringLiteral("socket"), path);
    return settings;
}

QJsonObject hostSettingsToJson(const DatabaseHostSettings& settings)
{
    QJsonObject object;
    for (auto it = settings.access.begin(); it != settings.access.end(); ++it)
        object.insert(it.key(), it.value());
    if (!settings.socket.isEmpty())
        object.insert(QStringLiteral("socket"), settings.socket);
    return object;
}
} // namespace

QString databaseSyncKey(DatabaseSync sync)
{
    return sync == DatabaseSync::Replication ? QStringLiteral("replication") : QStringLiteral("dump");
}

QStringList databasePurposeKeys()
{
    return {QStringLiteral("dump"), QStringLiteral("restore"), QStringLiteral("count"),
            QStringLiteral("admin")};
}

QStringList databaseAccessModeNames()
{
    return {QStringLiteral("app"), QStringLiteral("app-socket"), QStringLiteral("app-peer"),
            QStringLiteral("superuser")};
}

QMap<QString, QString> readDatabaseAccess(JsonFieldReader& reader, const QJsonObject& object,
                                          const QString& path, const QStringList& extraKeys)
{
    QMap<QString, QString> access;
    reader.rejectUnknownKeys(object, databasePurposeKeys() + extraKeys, path);
    for (const QString& purpose : databasePurposeKeys()) {
        if (reader.failed() || !object.contains(purpose))
            continue;
        const QString mode = reader.optionalString(object, purpose, path);
        if (reader.failed())
            break;
        if (!databaseAccessModeNames().contains(mode)) {
            reader.fail(
                JsonFieldReader::join(path, purpose),
                //: %1 the value the admin wrote, e.g. "root"
                DatabasePlanText::tr("is \"%1\", which is not a way to reach the database.").arg(mode),
                DatabasePlanText::tr("Use one of %1.")
                    .arg(databaseAccessModeNames().join(QStringLiteral(", "))));
            break;
        }
        access.insert(purpose, mode);
    }
    return access;
}

DatabasePlan readDatabasePlan(JsonFieldReader& reader, const QJsonObject& root)
{
    DatabasePlan plan;
    const QJsonObject section = reader.optionalObject(root, QStringLiteral("database"), {});
    if (reader.failed() || section.isEmpty())
        return plan;
    reader.rejectUnknownKeys(section,
                             {QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("allowDowngrade"),
                              QStringLiteral("shared"), QStringLiteral("sync")},
                             QStringLiteral("database"));
    plan.oldHost = readHostSettings(reader, section, QStringLiteral("old"));
    plan.newHost = readHostSettings(reader, section, QStringLiteral("new"));
    plan.downgradeReason =
        reader.optionalString(section, QStringLiteral("allowDowngrade"), QStringLiteral("database"))
            .trimmed();
    plan.shared = reader.optionalBool(section, QStringLiteral("shared"), QStringLiteral("database"), false);
    const QString sync = reader.optionalString(section, QStringLiteral("sync"), QStringLiteral("database"));
    if (reader.failed())
        return plan;
    if (sync == databaseSyncKey(DatabaseSync::Replication)) {
        plan.sync = DatabaseSync::Replication;
    } else if (!sync.isEmpty() && sync != databaseSyncKey(DatabaseSync::Dump)) {
        reader.fail(QStringLiteral("database.sync"),
                    //: %1 the value the admin wrote
                    DatabasePlanText::tr("is \"%1\", which is not a way to move the data.").arg(sync),
                    DatabasePlanText::tr("Use \"dump\" (the default) or \"replication\"."));
        return plan;
    }
    if (plan.shared && plan.sync == DatabaseSync::Replication)
        reader.fail(QStringLiteral("database.sync"),
                    DatabasePlanText::tr("is \"replication\" with a shared database: there is no second "
                                         "database to keep in sync."),
                    DatabasePlanText::tr("Remove database.sync, or database.shared if new has its own "
                                         "database server."));
    return plan;
}

QJsonObject databasePlanToJson(const DatabasePlan& plan)
{
    QJsonObject object;
    if (!plan.oldHost.isEmpty())
        object.insert(QStringLiteral("old"), hostSettingsToJson(plan.oldHost));
    if (!plan.newHost.isEmpty())
        object.insert(QStringLiteral("new"), hostSettingsToJson(plan.newHost));
    if (!plan.downgradeReason.isEmpty())
        object.insert(QStringLiteral("allowDowngrade"), plan.downgradeReason);
    if (plan.shared)
        object.insert(QStringLiteral("shared"), true);
    if (plan.sync != DatabaseSync::Dump)
        object.insert(QStringLiteral("sync"), databaseSyncKey(plan.sync));
    return object;
}

} // namespace puw
