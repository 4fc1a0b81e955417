#include "RecipeReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace puw {

namespace {
class RecipeText {
    Q_DECLARE_TR_FUNCTIONS(puw::RecipeLoader)
};
} // namespace

void RecipeReader::remember(const QString& field, const QString& text)
{
    if (!text.isEmpty())
        m_templates.append({field, text});
}

QString RecipeReader::templ(const QJsonObject& object, const QString& key, const QString& path)
{
    const QString text = optionalString(object, key, path);
    remember(join(path, key), text);
    return text;
}

QString RecipeReader::requiredTempl(const QJsonObject& object, const QString& key, const QString& path,
                                    const QString& fix)
{
    const QString text = requiredString(object, key, path, fix);
    remember(join(path, key), text);
    return text;
}

QStringList RecipeReader::templList(const QJsonObject& object, const QString& key, const QString& path)
{
    const QStringList list = optionalStringList(object, key, path);
    for (qsizetype i = 0; i < list.size(); ++i)
        remember(QStringLiteral("%1[%2]").arg(join(path, key)).arg(i), list.at(i));
    return list;
}

// A command is ["program", "arg", ...] or { "argv": [...], "sudo": true }.
RecipeCommand RecipeReader::command(const QJsonObject& object, const QString& key, const QString& path)
{
    RecipeCommand spec;
    if (!object.contains(key))
        return spec;
    const QString field = join(path, key);
    if (object.value(key).isArray()) {
        spec.argv = templList(object, key, path);
    } else if (object.value(key).isObject()) {
        const QJsonObject body = object.value(key).toObject();
        rejectUnknownKeys(body, keyList({"argv", "sudo"}), field);
        spec.argv = templList(body, QStringLiteral("argv"), field);
        spec.sudo = optionalBool(body, QStringLiteral("sudo"), field, false);
    } else {
        fail(field,
             RecipeText::tr("must be a command: a list of words, or { \"argv\": [...], \"sudo\": true }."),
             RecipeText::tr(
                 "Write the program and each argument as a separate string, e.g. [\"systemctl\", \"stop\", "
                 "\"app\"]."));
        return spec;
    }
    if (!failed() && spec.argv.isEmpty())
        fail(field, RecipeText::tr("is an empty command."),
             RecipeText::tr("Name the program to run, or remove the field."));
    return spec;
}

QString RecipeReader::pattern(const QJsonObject& object, const QString& key, const QString& path)
{
    const QString text = optionalString(object, key, path);
    if (!text.isEmpty() && !QRegularExpression(text).isValid())
        fail(join(path, key),
             RecipeText::tr("is not a valid regular expression: %1.")
                 .arg(QRegularExpression(text).errorString()),
             RecipeText::tr("Escape special characters such as ( [ . with a backslash (\\\\ in JSON)."));
    return text;
}

QList<QJsonObject> RecipeReader::objectList(const QJsonObject& object, const QString& key,
                                            const QString& path)
{
    QList<QJsonObject> list;
    if (!object.contains(key))
        return list;
    const QString field = join(path, key);
    if (!object.value(key).isArray()) {
        fail(field, RecipeText::tr("must be a list ([ ... ])."),
             RecipeText::tr("Enclose the entries in square brackets."));
        return list;
    }
    const QJsonArray array = object.value(key).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            fail(QStringLiteral("%1[%2]").arg(field).arg(i), RecipeText::tr("must be an object ({ ... })."),
                 RecipeText::tr("Enclose each entry's fields in braces."));
            return {};
        }
        list.append(array.at(i).toObject());
    }
    return list;
}

QMap<QString, RecipeVariable> RecipeReader::variables(const QJsonObject& root)
{
    QMap<QString, RecipeVariable> result;
    const QJsonObject object = optionalObject(root, QStringLiteral("variables"), {});
    static const QRegularExpression validName(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    for (auto it = object.begin(); it != object.end() && !failed(); ++it) {
        const QString field = join(QStringLiteral("variables"), it.key());
        if (!validName.match(it.key()).hasMatch()) {
            fail(field, RecipeText::tr("is not a valid variable name."),
                 RecipeText::tr("Use lower case letters, digits and underscores."));
            break;
        }
        if (!it.value().isObject()) {
            fail(field, RecipeText::tr("must be an object."),
                 RecipeText::tr("Write { \"default\": \"...\", \"description\": \"...\" }."));
            break;
        }
        const QJsonObject body = it.value().toObject();
        rejectUnknownKeys(body, keyList({"default", "description"}), field);
        RecipeVariable variable;
        variable.description = optionalString(body, QStringLiteral("description"), field);
        variable.hasDefault = body.contains(QStringLiteral("default"));
        variable.defaultValue = templ(body, QStringLiteral("default"), field);
        result.insert(it.key(), variable);
    }
    return result;
}

QList<ServiceSpec> RecipeReader::services(const QJsonObject& root)
{
    QList<ServiceSpec> result;
    const QList<QJsonObject> entries = objectList(root, QStringLiteral("services"), {});
    for (qsizetype i = 0; i < entries.size() && !failed(); ++i) {
        const QJsonObject& body = entries.at(i);
        const QString path = QStringLiteral("services[%1]").arg(i);
        rejectUnknownKeys(body,
                          keyList({"name", "manager", "unit", "composeFile", "composeService", "composeImage",
                                   "start", "stop", "disable", "enable", "status"}),
                          path);
        ServiceSpec service;
        service.name = requiredString(body, QStringLiteral("name"), path,
                                      RecipeText::tr("Give the service a short name."));
        const QString manager =
            requiredString(body, QStringLiteral("manager"), path,
                           RecipeText::tr("Use \"systemd\", \"compose\" or \"commands\"."));
        service.unit = templ(body, QStringLiteral("unit"), path);
        service.composeFile = templ(body, QStringLiteral("composeFile"), path);
        service.composeService = templ(body, QStringLiteral("composeService"), path);
        service.composeImage = templ(body, QStringLiteral("composeImage"), path);
        for (auto [key, target] :
             {std::pair{"start", &service.start}, std::pair{"stop", &service.stop},
              std::pair{"disable", &service.disable}, std::pair{"enable", &service.enable},
              std::pair{"status", &service.status}})
            *target = command(body, QLatin1String(key), path);
        if (failed())
            break;
        if (manager == QLatin1String("systemd")) {
            service.manager = ServiceSpec::Manager::Systemd;
            if (service.unit.isEmpty())
                fail(join(path, QStringLiteral("unit")), RecipeText::tr("is missing."),
                     RecipeText::tr("Name the systemd unit."));
        } else if (manager == QLatin1String("compose")) {
            service.manager = ServiceSpec::Manager::Compose;
            if (service.composeFile.isEmpty())
                fail(join(path, QStringLiteral("composeFile")), RecipeText::tr("is missing."),
                     RecipeText::tr("Give the compose file's path."));
            else if (service.composeService.isEmpty() && service.composeImage.isEmpty())
                fail(join(path, QStringLiteral("composeService")), RecipeText::tr("is missing."),
                     RecipeText::tr(
                         "Name the compose service, or give \"composeImage\" to find it by its image."));
        } else if (manager == QLatin1String("commands")) {
            service.manager = ServiceSpec::Manager::Commands;
            if (service.start.isEmpty() || service.stop.isEmpty())
                fail(join(path, service.start.isEmpty() ? QStringLiteral("start") : QStringLiteral("stop")),
                     RecipeText::tr("is missing."),
                     RecipeText::tr("A service managed by commands needs \"start\" and \"stop\"."));
        } else {
            fail(join(path, QStringLiteral("manager")),
                 RecipeText::tr("is \"%1\", which is not a known manager.").arg(manager),
                 RecipeText::tr("Use \"systemd\", \"compose\" or \"commands\"."));
        }
        result.append(service);
    }
    return result;
}

} // namespace puw
