// Reading ansible-playbook's JSON output (the json callback) back: plays, tasks, one result per host.
#include "AnsibleRunLog.h"

#include "ExportText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace puw {

namespace {

QString howToGetOne()
{
    return ExportText::tr("Run the playbook again with its output in the json format: "
                          "ANSIBLE_STDOUT_CALLBACK=json ansible-playbook ... > LOG");
}

QDateTime timeOf(const QJsonValue& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

// cmd is a string (shell) or a list of arguments (command); the text the journal shows either way.
QString commandOf(const QJsonObject& result)
{
    const QJsonValue cmd = result.value(QStringLiteral("cmd"));
    if (cmd.isArray()) {
        QStringList words;
        for (const QJsonValue& word : cmd.toArray())
            words.append(word.toString());
        return words.join(QLatin1Char(' '));
    }
    return cmd.toString();
}

QString textOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray() || value.isObject())
        return QString::fromUtf8(value.isArray()
                                     ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

void readTaskTag(const QString& name, AnsibleTaskResult& result)
{
    static const QRegularExpression tag(
        QStringLiteral("^\\[(?:(\\d+) ([a-z-]+)|(rollback))\\](?: (old|new|proxy):)?"));
    const QRegularExpressionMatch match = tag.match(name);
    if (!match.hasMatch())
        return;
    if (!match.captured(3).isEmpty()) {
        result.rollback = true;
    } else {
        const auto step = stepFromNumber(match.captured(1).toInt());
        if (step && stepKey(*step) == match.captured(2))
            result.step = step;
    }
    result.role = match.captured(4);
}

Expected<AnsibleRunLog, QString> AnsibleRunLog::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 a file's path, %2 the system's reason
        return ExportText::tr("Cannot read the Ansible log %1: %2. Give the file ansible-playbook's "
                              "output was written to.")
            .arg(path, file.errorString());
    return parse(file.readAll(), path);
}

Expected<AnsibleRunLog, QString> AnsibleRunLog::parse(const QByteArray& content, const QString& path)
{
    if (content.trimmed().isEmpty())
        return ExportText::tr("The Ansible log %1 is empty. %2").arg(path, howToGetOne());
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(content, &error);
    if (error.error != QJsonParseError::NoError) {
        // Something printed before the JSON (a warning on stdout): the document starts at a line "{".
        const qsizetype start = content.indexOf("\n{");
        if (start >= 0)
            document = QJsonDocument::fromJson(content.mid(start + 1), &error);
    }
    if (error.error != QJsonParseError::NoError) {
        const bool text = !content.trimmed().startsWith('{');
        if (text)
            //: %1 the log's path, %2 how to get a JSON log
            return ExportText::tr("The Ansible log %1 is not JSON (ansible-playbook wrote it with another "
                                  "output callback, such as the default one). %2")
                .arg(path, howToGetOne());
        //: %1 the log's path, %2 the JSON parser's reason, %3 its position, %4 how to get a JSON log
        return ExportText::tr("The Ansible log %1 is not complete JSON (%2 at byte %3): the run was cut "
                              "short or the file was cut. %4")
            .arg(path, error.errorString())
            .arg(error.offset)
            .arg(howToGetOne());
    }
    const QJsonObject root = document.object();
    if (!root.value(QStringLiteral("plays")).isArray())
        //: %1 the log's path, %2 how to get a JSON log; "plays" is a JSON key, not translated
        return ExportText::tr("The Ansible log %1 is JSON, but not the json callback's output (it has no "
                              "\"plays\"). %2")
            .arg(path, howToGetOne());

    AnsibleRunLog log;
    log.m_path = path;
    for (const QJsonValue& playValue : root.value(QStringLiteral("plays")).toArray()) {
        for (const QJsonValue& taskValue : playValue.toObject().value(QStringLiteral("tasks")).toArray()) {
            const QJsonObject task = taskValue.toObject().value(QStringLiteral("task")).toObject();
            const QJsonObject duration = task.value(QStringLiteral("duration")).toObject();
            const QJsonObject hosts = taskValue.toObject().value(QStringLiteral("hosts")).toObject();
            for (auto it = hosts.begin(); it != hosts.end(); ++it) {
                const QJsonObject host = it.value().toObject();
                AnsibleTaskResult result;
                result.installation = it.key();
                result.name = task.value(QStringLiteral("name")).toString();
                readTaskTag(result.name, result);
                result.action = host.value(QStringLiteral("action")).toString();
                result.startedAt = timeOf(duration.value(QStringLiteral("start")));
                result.endedAt = timeOf(duration.value(QStringLiteral("end")));
                if (!result.endedAt.isValid())
                    result.endedAt = result.startedAt;
                result.unreachable = host.value(QStringLiteral("unreachable")).toBool();
                result.failed = host.value(QStringLiteral("failed")).toBool() || result.unreachable;
                result.skipped = host.value(QStringLiteral("skipped")).toBool();
                result.hidden = host.value(QStringLiteral("_ansible_no_log")).toBool();
                const QJsonValue input = host.value(QStringLiteral("invocation"))
                                             .toObject()
                                             .value(QStringLiteral("module_args"))
                                             .toObject()
                                             .value(QStringLiteral("stdin"));
                if (input.isString() && !input.toString().isEmpty()) {
                    result.readInput = true;
                    const QString secret = input.toString().section(QLatin1Char('\n'), 0, 0).trimmed();
                    if (!secret.isEmpty() && !log.m_inputSecrets.contains(secret))
                        log.m_inputSecrets.append(secret);
                }
                if (!result.hidden) {
                    result.command = commandOf(host);
                    result.exitCode = host.value(QStringLiteral("rc")).toInt(-1);
                    result.httpStatus = host.value(QStringLiteral("status")).toInt(-1);
                    result.message = textOf(host.value(QStringLiteral("msg")));
                    if (result.skipped && result.message.isEmpty())
                        result.message = host.value(QStringLiteral("skip_reason")).toString();
                    result.standardOutput = host.value(QStringLiteral("stdout")).toString();
                    result.standardError = host.value(QStringLiteral("stderr")).toString();
                }
                if (!log.m_installations.contains(result.installation))
                    log.m_installations.append(result.installation);
                log.m_results.append(result);
            }
        }
    }
    if (log.m_results.isEmpty())
        //: %1 the log's path
        return ExportText::tr("The Ansible log %1 holds no task result: the playbook ran no task (check "
                              "the inventory's group puw_installations and the --limit given).")
            .arg(path);
    return log;
}

} // namespace puw
