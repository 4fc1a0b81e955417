#include "UpgradePlan.h"

#include "CanaryPlan.h"
#include "JsonFieldReader.h"
#include "PreviewPlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSaveFile>

namespace puw {

namespace {

class PlanText {
    Q_DECLARE_TR_FUNCTIONS(puw::UpgradePlan)
};

const QStringList kTopKeys{QStringLiteral("format"),
                           QStringLiteral("name"),
                           QStringLiteral("recipe"),
                           QStringLiteral("old"),
                           QStringLiteral("new"),
                           QStringLiteral("route"),
                           QStringLiteral("knownHosts"),
                           QStringLiteral("variables"),
                           QStringLiteral("secretEnvironment"),
                           QStringLiteral("database"),
                           QStringLiteral("configConflicts")};
const QStringList kHostKeys{QStringLiteral("address"), QStringLiteral("port"), QStringLiteral("user"),
                            QStringLiteral("identityFile"), QStringLiteral("backupDir")};
const QStringList kRouteKeys{QStringLiteral("kind"),         QStringLiteral("publicUrl"),
                             QStringLiteral("proxy"),        QStringLiteral("upstreamFile"),
                             QStringLiteral("dnsName"),      QStringLiteral("resolver"),
                             QStringLiteral("resolverPort"), QStringLiteral("canary"),
                             QStringLiteral("resolvers"),    QStringLiteral("preview")};

// A key whose name says it holds a secret. Plans are shared and committed; secrets go to the keychain.
bool looksLikeSecretKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("pass(word|phrase)?$|secret|token|api.?key|^pwd$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(key).hasMatch();
}

void rejectSecrets(JsonFieldReader& reader, const QJsonObject& object, const QString& path)
{
    for (auto it = object.begin(); it != object.end() && !reader.failed(); ++it) {
        const QString field = JsonFieldReader::join(path, it.key());
        // secretEnvironment maps a purpose to the *name* of an environment variable: allowed.
        if (field.startsWith(QLatin1String("secretEnvironment")))
            continue;
        if (looksLikeSecretKey(it.key())) {
            reader.fail(field, PlanText::tr("looks like a secret, and a plan never holds one."),
                        PlanText::tr(
                            "Remove it: the wizard asks for secrets and keeps them in the system keychain; "
                            "for unattended runs name an environment variable under \"secretEnvironment\"."));
            return;
        }
        if (it.value().isObject())
            rejectSecrets(reader, it.value().toObject(), field);
    }
}

HostSpec readHost(JsonFieldReader& reader, const QJsonObject& parent, const QString& parentPath, QString key,
                  bool required)
{
    const QString fix =
        PlanText::tr("Give the host as { \"address\": \"host name or ssh alias\", \"user\": \"...\" }.");
    const QJsonObject object = required ? reader.requiredObject(parent, key, parentPath, fix)
                                        : reader.optionalObject(parent, key, parentPath);
    HostSpec host;
    if (reader.failed() || (!required && object.isEmpty()))
        return host;
    key = JsonFieldReader::join(parentPath, key);
    reader.rejectUnknownKeys(object, kHostKeys, key);
    host.address =
        reader.requiredString(object, QStringLiteral("address"), key,
                              PlanText::tr("Set it to the host name, IP address or ~/.ssh/config alias."));
    // ssh takes a leading '-' as an option, and no host name holds whitespace or control characters.
    static const QRegularExpression unsafeAddress(QStringLiteral("^-|[\\s\\x00-\\x1f\\x7f]"));
    if (!reader.failed() && unsafeAddress.match(host.address).hasMatch())
        reader.fail(
            JsonFieldReader::join(key, QStringLiteral("address")),
            PlanText::tr("\"%1\" is not a host name: it starts with '-' or holds a space or a control "
                         "character.")
                .arg(host.address.simplified()),
            PlanText::tr("Set it to the host name, IP address or ~/.ssh/config alias."));
    host.port = reader.optionalInt(object, QStringLiteral("port"), key, 0, 1, 65535);
    host.user = reader.optionalString(object, QStringLiteral("user"), key);
    host.identityFile = reader.optionalString(object, QStringLiteral("identityFile"), key);
    return host;
}

// A host's "backupDir": where the session's dumps go there (BackupFolder checks it before use).
QString readBackupDir(JsonFieldReader& reader, const QJsonObject& root, const QString& key)
{
    const QJsonObject object = root.value(key).toObject();
    const QString folder = reader.optionalString(object, QStringLiteral("backupDir"), key);
    static const QRegularExpression unsafeFolder(QStringLiteral("^[^/]|[\\x00-\\x1f\\x7f]|(^|/)\\.\\.(/|$)"));
    if (!reader.failed() && !folder.isEmpty() && unsafeFolder.match(folder).hasMatch())
        reader.fail(JsonFieldReader::join(key, QStringLiteral("backupDir")),
                    PlanText::tr("\"%1\" is not a folder this program will write backups to: it must be an "
                                 "absolute path without '..' or control characters.")
                        .arg(folder.simplified()),
                    PlanText::tr("Set it to an absolute path such as /srv/backups/upgrade."));
    return folder;
}

RouteSpec readRoute(JsonFieldReader& reader, const QJsonObject& root)
{
    RouteSpec route;
    const QJsonObject object = reader.optionalObject(root, QStringLiteral("route"), {});
    if (reader.failed() || object.isEmpty())
        return route;
    const QString path = QStringLiteral("route");
    reader.rejectUnknownKeys(object, kRouteKeys, path);
    const QString kind = reader.requiredString(object, QStringLiteral("kind"), path,
                                               PlanText::tr("Set it to \"nginx\", \"dns\" or \"none\"."));
    route.publicUrl = reader.optionalString(object, QStringLiteral("publicUrl"), path);
    if (reader.failed())
        return route;
    if (kind == QLatin1String("nginx")) {
        route.kind = RouteKind::Nginx;
        route.proxy = readHost(reader, object, path, QStringLiteral("proxy"), false);
        if (!reader.failed() && route.proxy.isEmpty())
            reader.fail(QStringLiteral("route.proxy"), PlanText::tr("is missing."),
                        PlanText::tr("An nginx route needs the proxy host: { \"address\": \"...\" }."));
        route.upstreamFile =
            reader.requiredString(object, QStringLiteral("upstreamFile"), path,
                                  PlanText::tr("Give the nginx file that names the upstream server."));
        route.canary = readCanary(reader, object, path);
        route.preview = readPreview(reader, object, path, route.publicUrl);
    } else if (kind == QLatin1String("dns")) {
        route.kind = RouteKind::Dns;
        route.dnsName =
            reader.requiredString(object, QStringLiteral("dnsName"), path,
                                  PlanText::tr("Give the name users resolve, e.g. app.example.org."));
        route.resolver = reader.optionalString(object, QStringLiteral("resolver"), path);
        route.resolverPort = reader.optionalInt(object, QStringLiteral("resolverPort"), path, 53, 1, 65535);
        route.moreResolvers = reader.optionalStringList(object, QStringLiteral("resolvers"), path);
    } else if (kind != QLatin1String("none")) {
        reader.fail(JsonFieldReader::join(path, QStringLiteral("kind")),
                    PlanText::tr("is \"%1\", which is not a known kind of route.").arg(kind),
                    PlanText::tr("Set it to \"nginx\", \"dns\" or \"none\"."));
    }
    if (!reader.failed() && route.kind != RouteKind::Nginx)
        refusePreviewOutsideNginx(reader, object, path, route.kind);
    return route;
}

} // namespace

QString routeKindKey(RouteKind kind)
{
    switch (kind) {
    case RouteKind::Nginx:
        return QStringLiteral("nginx");
    case RouteKind::Dns:
        return QStringLiteral("dns");
    case RouteKind::None:
        break;
    }
    return QStringLiteral("none");
}

Expected<UpgradePlan, PlanError> UpgradePlan::fromJson(const QByteArray& json, const QString& fileName,
                                                       const QStringList& knownRecipes)
{
    const auto parsed = JsonFieldReader::parseObject(json, fileName, PlanText::tr("plan"));
    if (!parsed.ok())
        return parsed.error();
    const QJsonObject root = parsed.value();
    JsonFieldReader reader(fileName);
    rejectSecrets(reader, root, {});
    reader.rejectUnknownKeys(root, kTopKeys, {});

    const int format = reader.optionalInt(root, QStringLiteral("format"), {}, kFormatVersion, 1, 1000);
    if (!reader.failed() && format > kFormatVersion)
        reader.fail(QStringLiteral("format"),
                    //: about the plan's "format" field; %1 its value, a version number
                    PlanText::tr("is %1, newer than this program understands.").arg(format),
                    PlanText::tr("Update the Parallel Upgrade Wizard."));

    UpgradePlan plan;
    plan.name = reader.optionalString(root, QStringLiteral("name"), {});
    plan.recipeId = reader.requiredString(root, QStringLiteral("recipe"), {},
                                          PlanText::tr("Name the application's recipe: one of %1.")
                                              .arg(knownRecipes.join(QStringLiteral(", "))));
    if (!reader.failed() && !knownRecipes.contains(plan.recipeId))
        reader.fail(QStringLiteral("recipe"),
                    PlanText::tr("names \"%1\", which is not a known recipe.").arg(plan.recipeId),
                    PlanText::tr("Use one of %1, or add your own recipe file to the recipes folder.")
                        .arg(knownRecipes.join(QStringLiteral(", "))));
    plan.oldHost = readHost(reader, root, {}, QStringLiteral("old"), true);
    plan.newHost = readHost(reader, root, {}, QStringLiteral("new"), true);
    plan.oldBackupDir = readBackupDir(reader, root, QStringLiteral("old"));
    plan.newBackupDir = readBackupDir(reader, root, QStringLiteral("new"));
    if (!reader.failed() && plan.oldHost == plan.newHost)
        reader.fail(
            QStringLiteral("new"), PlanText::tr("is the same host as \"old\"."),
            PlanText::tr("A parallel upgrade builds the new installation somewhere else: give another host, "
                         "port or user."));
    plan.route = readRoute(reader, root);
    plan.knownHostsFile = reader.optionalString(root, QStringLiteral("knownHosts"), {});
    plan.variables = reader.optionalStringMap(root, QStringLiteral("variables"), {});
    plan.secretEnvironment = reader.optionalStringMap(root, QStringLiteral("secretEnvironment"), {});
    plan.database = readDatabasePlan(reader, root);
    plan.configConflicts = reader.optionalString(root, QStringLiteral("configConflicts"), {});
    if (!plan.configConflicts.isEmpty() && plan.configConflicts != QLatin1String("old") &&
        plan.configConflicts != QLatin1String("new"))
        reader.fail(QStringLiteral("configConflicts"), PlanText::tr("must be \"old\" or \"new\"."),
                    PlanText::tr("Say which side wins a conflict in a configuration file, or leave it out to "
                                 "decide each one."));
    // With a database per host, old is stopped before step 9: a share of users on new would write to a
    // database that is then thrown away, so the canary exists only where both serve from one database.
    if (!reader.failed() && !plan.route.canary.isEmpty() && !plan.database.shared)
        reader.fail(QStringLiteral("route.canary"),
                    PlanText::tr("needs a shared database: with a database on each host old is stopped "
                                 "before step 9, so there is no old installation to share requests with."),
                    PlanText::tr("Remove route.canary, or set \"database\": {\"shared\": true} when the new "
                                 "installation uses old's database server."));

    if (reader.failed())
        return reader.error();
    return plan;
}

Expected<UpgradePlan, PlanError> UpgradePlan::load(const QString& path, const QStringList& knownRecipes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return PlanError{path,
                         {},
                         PlanText::tr("cannot be read: %1.").arg(file.errorString()),
                         PlanText::tr("Check the path and that you may read the file.")};
    }
    auto plan = fromJson(file.readAll(), path, knownRecipes);
    if (!plan.ok())
        return plan;
    // A relative known_hosts path is relative to the plan, so that a plan and its file travel together.
    UpgradePlan result = std::move(plan).value();
    if (!result.knownHostsFile.isEmpty() && QFileInfo(result.knownHostsFile).isRelative())
        result.knownHostsFile = QFileInfo(path).absoluteDir().absoluteFilePath(result.knownHostsFile);
    return result;
}

namespace {
QJsonObject hostToJson(const HostSpec& host)
{
    QJsonObject object{{QStringLiteral("address"), host.address}};
    if (host.port != 0)
        object.insert(QStringLiteral("port"), host.port);
    if (!host.user.isEmpty())
        object.insert(QStringLiteral("user"), host.user);
    if (!host.identityFile.isEmpty())
        object.insert(QStringLiteral("identityFile"), host.identityFile);
    return object;
}

QJsonObject mapToJson(const QMap<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}
} // namespace

QByteArray UpgradePlan::toJson() const
{
    auto withBackupDir = [](QJsonObject host, const QString& folder) {
        if (!folder.isEmpty())
            host.insert(QStringLiteral("backupDir"), folder);
        return host;
    };
    QJsonObject root{{QStringLiteral("format"), kFormatVersion},
                     {QStringLiteral("recipe"), recipeId},
                     {QStringLiteral("old"), withBackupDir(hostToJson(oldHost), oldBackupDir)},
                     {QStringLiteral("new"), withBackupDir(hostToJson(newHost), newBackupDir)}};
    if (!name.isEmpty())
        root.insert(QStringLiteral("name"), name);
    if (route.kind != RouteKind::None || !route.publicUrl.isEmpty()) {
        QJsonObject routeObject{{QStringLiteral("kind"), routeKindKey(route.kind)}};
        if (!route.publicUrl.isEmpty())
            routeObject.insert(QStringLiteral("publicUrl"), route.publicUrl);
        if (route.kind == RouteKind::Nginx) {
            routeObject.insert(QStringLiteral("proxy"), hostToJson(route.proxy));
            routeObject.insert(QStringLiteral("upstreamFile"), route.upstreamFile);
            if (!route.canary.isEmpty())
                routeObject.insert(QStringLiteral("canary"), canaryToJson(route.canary));
            if (!route.preview.isEmpty())
                routeObject.insert(QStringLiteral("preview"), previewToJson(route.preview));
        } else if (route.kind == RouteKind::Dns) {
            routeObject.insert(QStringLiteral("dnsName"), route.dnsName);
            if (!route.resolver.isEmpty())
                routeObject.insert(QStringLiteral("resolver"), route.resolver);
            if (route.resolverPort != 53)
                routeObject.insert(QStringLiteral("resolverPort"), route.resolverPort);
            if (!route.moreResolvers.isEmpty())
                routeObject.insert(QStringLiteral("resolvers"),
                                   QJsonArray::fromStringList(route.moreResolvers));
        }
        root.insert(QStringLiteral("route"), routeObject);
    }
    if (!knownHostsFile.isEmpty())
        root.insert(QStringLiteral("knownHosts"), knownHostsFile);
    if (!variables.isEmpty())
        root.insert(QStringLiteral("variables"), mapToJson(variables));
    if (!secretEnvironment.isEmpty())
        root.insert(QStringLiteral("secretEnvironment"), mapToJson(secretEnvironment));
    if (!database.isEmpty())
        root.insert(QStringLiteral("database"), databasePlanToJson(database));
    if (!configConflicts.isEmpty())
        root.insert(QStringLiteral("configConflicts"), configConflicts);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString UpgradePlan::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return PlanText::tr("Cannot write %1: %2.").arg(path, file.errorString());
    file.write(toJson());
    if (!file.commit())
        return PlanText::tr("Cannot write %1: %2.").arg(path, file.errorString());
    return {};
}

} // namespace puw
