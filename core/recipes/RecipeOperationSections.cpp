// RecipeReader: the sections that say how the work is done (database, migrations, checks, routing, timeouts).
#include "RecipeReader.h"

#include "plan/DatabasePlan.h"

#include <QCoreApplication>

namespace puw {

namespace {
class RecipeText {
    Q_DECLARE_TR_FUNCTIONS(puw::RecipeLoader)
};
} // namespace

DatabaseSpec RecipeReader::database(const QJsonObject& root)
{
    DatabaseSpec spec;
    const QString path = QStringLiteral("database");
    const QJsonObject body =
        requiredObject(root, path, {}, RecipeText::tr("Say which database the application uses."));
    if (failed())
        return spec;
    rejectUnknownKeys(
        body,
        keyList({"engine", "host", "port", "name", "user", "credential", "composeService", "composeFile",
                 "composeSudo", "charset", "excludeTables", "restoreFixes", "access", "socket"}),
        path);
    spec.engine = requiredTempl(body, QStringLiteral("engine"), path,
                                RecipeText::tr("Use \"postgresql\" or \"mysql\" (MySQL and MariaDB)."));
    // A literal engine is checked now; one from a variable when the recipe is bound to a plan.
    if (!failed() && !spec.engine.contains(QLatin1String("{{")) && !isKnownDatabaseEngine(spec.engine))
        fail(join(path, QStringLiteral("engine")),
             RecipeText::tr("is \"%1\", which is not supported.").arg(spec.engine),
             RecipeText::tr("Use \"postgresql\" or \"mysql\" (MySQL and MariaDB)."));
    const QString host = templ(body, QStringLiteral("host"), path);
    if (!host.isEmpty())
        spec.host = host;
    spec.port = templ(body, QStringLiteral("port"), path);
    spec.name =
        requiredTempl(body, QStringLiteral("name"), path, RecipeText::tr("Give the database's name."));
    spec.user = templ(body, QStringLiteral("user"), path);
    spec.credential = optionalString(body, QStringLiteral("credential"), path);
    spec.composeService = templ(body, QStringLiteral("composeService"), path);
    spec.composeFile = templ(body, QStringLiteral("composeFile"), path);
    spec.charset = optionalString(body, QStringLiteral("charset"), path);
    spec.excludeTables = templList(body, QStringLiteral("excludeTables"), path);
    spec.restoreFixes = optionalStringList(body, QStringLiteral("restoreFixes"), path);
    spec.composeSudo = optionalBool(body, QStringLiteral("composeSudo"), path, false);
    spec.socket = templ(body, QStringLiteral("socket"), path);
    const QJsonObject access = optionalObject(body, QStringLiteral("access"), path);
    if (!failed())
        spec.access = readDatabaseAccess(*this, access, join(path, QStringLiteral("access")));
    if (!spec.composeService.isEmpty() && spec.composeFile.isEmpty())
        fail(join(path, QStringLiteral("composeFile")), RecipeText::tr("is missing."),
             RecipeText::tr("A database reached through docker compose needs the compose file's path."));
    return spec;
}

MigrationSpec RecipeReader::migrations(const QJsonObject& root)
{
    MigrationSpec spec;
    const QString path = QStringLiteral("migrations");
    const QJsonObject body = optionalObject(root, path, {});
    rejectUnknownKeys(body,
                      keyList({"list", "apply", "appliedPattern", "pendingPattern", "failedPattern",
                               "headQuery", "backwardCompatible"}),
                      path);
    spec.list = command(body, QStringLiteral("list"), path);
    spec.apply = command(body, QStringLiteral("apply"), path);
    spec.appliedPattern = pattern(body, QStringLiteral("appliedPattern"), path);
    spec.pendingPattern = pattern(body, QStringLiteral("pendingPattern"), path);
    spec.failedPattern = pattern(body, QStringLiteral("failedPattern"), path);
    spec.headQuery = templ(body, QStringLiteral("headQuery"), path);
    spec.backwardCompatible = optionalBool(body, QStringLiteral("backwardCompatible"), path, false);
    if (!failed() && !spec.list.isEmpty() && spec.pendingPattern.isEmpty())
        fail(join(path, QStringLiteral("pendingPattern")), RecipeText::tr("is missing."),
             RecipeText::tr("Say which lines of the listing are migrations still to apply."));
    return spec;
}

void RecipeReader::checks(const QJsonObject& root, Recipe& recipe)
{
    const QString path = QStringLiteral("checks");
    const QJsonObject body = optionalObject(root, path, {});
    rejectUnknownKeys(body, keyList({"http", "commands"}), path);
    const QList<QJsonObject> http = objectList(body, QStringLiteral("http"), path);
    for (qsizetype i = 0; i < http.size() && !failed(); ++i) {
        const QString entry = QStringLiteral("checks.http[%1]").arg(i);
        rejectUnknownKeys(http.at(i), keyList({"name", "url", "expectStatus", "bodyContains"}), entry);
        HttpCheckSpec check;
        check.name =
            requiredString(http.at(i), QStringLiteral("name"), entry, RecipeText::tr("Name the check."));
        check.url = requiredTempl(http.at(i), QStringLiteral("url"), entry,
                                  RecipeText::tr("Give the URL to request."));
        check.expectStatus = optionalInt(http.at(i), QStringLiteral("expectStatus"), entry, 200, 100, 599);
        check.bodyContains = templ(http.at(i), QStringLiteral("bodyContains"), entry);
        recipe.httpChecks.append(check);
    }
    const QList<QJsonObject> commands = objectList(body, QStringLiteral("commands"), path);
    for (qsizetype i = 0; i < commands.size() && !failed(); ++i) {
        const QString entry = QStringLiteral("checks.commands[%1]").arg(i);
        rejectUnknownKeys(commands.at(i), keyList({"name", "command", "outputContains"}), entry);
        CommandCheckSpec check;
        check.name =
            requiredString(commands.at(i), QStringLiteral("name"), entry, RecipeText::tr("Name the check."));
        check.command = command(commands.at(i), QStringLiteral("command"), entry);
        check.outputContains = templ(commands.at(i), QStringLiteral("outputContains"), entry);
        if (!failed() && check.command.isEmpty())
            fail(join(entry, QStringLiteral("command")), RecipeText::tr("is missing."),
                 RecipeText::tr("Give the command to run."));
        recipe.commandChecks.append(check);
    }
}

RoutingSpec RecipeReader::routing(const QJsonObject& root)
{
    RoutingSpec spec;
    const QString path = QStringLiteral("routing");
    const QJsonObject body = optionalObject(root, path, {});
    rejectUnknownKeys(body, keyList({"nginxUpstream", "nginxCanaryUpstream", "nginxTest", "nginxReload"}),
                      path);
    spec.nginxUpstream = templ(body, QStringLiteral("nginxUpstream"), path);
    spec.nginxCanaryUpstream = templ(body, QStringLiteral("nginxCanaryUpstream"), path);
    spec.nginxTest = command(body, QStringLiteral("nginxTest"), path);
    spec.nginxReload = command(body, QStringLiteral("nginxReload"), path);
    return spec;
}

QList<LogStuckSpec> RecipeReader::logStuck(const QJsonObject& logs)
{
    QList<LogStuckSpec> rules;
    const QList<QJsonObject> entries = objectList(logs, QStringLiteral("stuck"), QStringLiteral("logs"));
    for (qsizetype i = 0; i < entries.size() && !failed(); ++i) {
        const QString path = QStringLiteral("logs.stuck[%1]").arg(i);
        rejectUnknownKeys(entries.at(i), keyList({"pattern", "seconds", "reason"}), path);
        LogStuckSpec rule;
        rule.pattern = pattern(entries.at(i), QStringLiteral("pattern"), path);
        if (!failed() && rule.pattern.isEmpty())
            fail(path + QStringLiteral(".pattern"), RecipeText::tr("is missing or empty."),
                 RecipeText::tr("Give the log line that means the start is stuck."));
        rule.seconds =
            optionalInt(entries.at(i), QStringLiteral("seconds"), path, rule.seconds, 1, 24 * 3600);
        rule.reason = requiredString(entries.at(i), QStringLiteral("reason"), path,
                                     RecipeText::tr("Say what the line means and how to fix it."));
        rules.append(rule);
    }
    return rules;
}

TimeoutSpec RecipeReader::timeouts(const QJsonObject& root)
{
    TimeoutSpec spec;
    const QString path = QStringLiteral("timeouts");
    const QJsonObject body = optionalObject(root, path, {});
    rejectUnknownKeys(body, keyList({"commandSeconds", "stallSeconds", "startSeconds", "stopSeconds"}), path);
    constexpr int kDay = 24 * 3600;
    spec.commandSeconds =
        optionalInt(body, QStringLiteral("commandSeconds"), path, spec.commandSeconds, 1, kDay);
    spec.stallSeconds = optionalInt(body, QStringLiteral("stallSeconds"), path, spec.stallSeconds, 1, kDay);
    spec.startSeconds = optionalInt(body, QStringLiteral("startSeconds"), path, spec.startSeconds, 1, kDay);
    spec.stopSeconds = optionalInt(body, QStringLiteral("stopSeconds"), path, spec.stopSeconds, 1, kDay);
    return spec;
}

} // namespace puw
