#include "ExportFixture.h"

#include "TestEnvironment.h"
#include "database/DatabaseCommand.h"
#include "export/AnsibleInventory.h"
#include "jobs/StepOptions.h"
#include "plan/RecipeCatalogue.h"
#include "recipes/RecipeLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace puw::test {

UpgradePlan ExportFixture::demoPlan()
{
    const auto plan = UpgradePlan::load(QStringLiteral(PUW_EXPORT_TEST_DATA "/demo-plan.json"),
                                        RecipeCatalogue::shippedIds());
    return plan.ok() ? plan.value() : UpgradePlan{};
}

ExportFixture::ExportFixture(std::optional<UpgradePlan> plan) : m_plan(plan ? *plan : demoPlan())
{
    auto recipe = RecipeLoader::loadById(m_plan.recipeId, {});
    if (!recipe.ok()) {
        m_error = recipe.error().message();
        return;
    }
    auto binding = RecipeBinding::bind(recipe.value(), m_plan, QStringLiteral("plan.json"));
    if (!binding.ok()) {
        m_error = binding.error().message();
        return;
    }
    m_binding = binding.value();
    m_files = ansibleProject(m_plan, *m_binding, {2, 25});
    m_error = writeAnsibleProject(m_dir.path(), m_files);
}

ExportFixture::ExportFixture(const QList<UpgradePlan>& plans, const QStringList& planFiles)
    : m_plan(plans.value(0))
{
    QList<FleetInstallation> fleet;
    for (int i = 0; i < plans.size(); ++i) {
        auto installation = fleetInstallation(plans.at(i), planFiles.value(i), {});
        if (!installation.ok()) {
            m_error = installation.error().message();
            return;
        }
        fleet.append(installation.value());
    }
    if (!fleet.isEmpty())
        m_binding = fleet.first().recipe;
    m_files = ansibleProject(fleet, {1, 50});
    m_error = writeAnsibleProject(m_dir.path(), m_files);
}

QJsonValue ExportFixture::parsed(const QString& file, QString* error) const
{
    QString output;
    const int code = runLocal(QStringLiteral("python3"),
                              {QStringLiteral(PUW_YAML_TO_JSON), QDir(m_dir.path()).filePath(file)}, &output);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output.toUtf8(), &parseError);
    if (code != 0 || parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1 is not valid YAML (exit %2): %3").arg(file).arg(code).arg(output);
        return {};
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QList<StepPreview> ExportFixture::dryRun() const
{
    QList<StepPreview> previews;
    QMap<QString, QString> values;
    for (int number = 1; number <= stepNumber(StepId::RouteTraffic); ++number) {
        const StepId step = *stepFromNumber(number);
        QVariantMap options;
        if (stepInfo(step).startsDowntime) {
            options.insert(StepOption::kConfirmed, true);
            options.insert(StepOption::kTypedHost, m_plan.oldHost.address);
        }
        previews.append(previewStep(step, m_plan, *m_binding, options, values));
        values.insert(previews.last().values);
    }
    previews.append(previewRollback(m_plan, *m_binding, values));
    return previews;
}

std::ostream& operator<<(std::ostream& out, const Exported& command)
{
    return out << command.host.toStdString() << "$ " << command.record.toStdString()
               << (command.secret ? " <<< secret" : "") << (command.input.isEmpty() ? "" : " + input");
}

QJsonArray blocksOf(const QJsonValue& playbook)
{
    const QJsonArray items = playbook.toArray();
    if (items.at(0).toObject().contains(QStringLiteral("hosts")))
        return items.at(0).toObject().value(QStringLiteral("tasks")).toArray();
    return items;
}

QString ExportFixture::installation() const
{
    return AnsibleInventory::installationNames({&m_plan}).value(0);
}

QJsonObject blockTagged(const QJsonArray& blocks, const QString& tag)
{
    for (const QJsonValue& block : blocks)
        if (block.toObject().value(QStringLiteral("tags")).toArray().contains(tag))
            return block.toObject();
    return {};
}

// A backup's file name carries the time of the dry run that named it: the export's and the test's differ.
namespace {
QString withoutTime(QString text)
{
    static const QRegularExpression stamp(QStringLiteral("\\d{8}-\\d{6}"));
    return text.replace(stamp, QStringLiteral("<time>"));
}
} // namespace

QList<Exported> commandsOf(const QJsonObject& block)
{
    QList<Exported> commands;
    for (const QJsonValue& value : block.value(QStringLiteral("block")).toArray()) {
        const QJsonObject task = value.toObject();
        if (!task.contains(QStringLiteral("ansible.builtin.shell")))
            continue;
        const QJsonObject shell = task.value(QStringLiteral("ansible.builtin.shell")).toObject();
        const QJsonObject vars = task.value(QStringLiteral("vars")).toObject();
        Exported command;
        QString host = scalarText(task.value(QStringLiteral("delegate_to")));
        host.remove(QStringLiteral("{{ puw_")).remove(QStringLiteral(" }}"));
        command.host = host;
        const bool become = task.value(QStringLiteral("become")).toBool();
        const QString stdinText = scalarText(shell.value(QStringLiteral("stdin")));
        command.secret = stdinText.startsWith(QStringLiteral("{{ puw_db_password_%1 }}\n").arg(host));
        command.input = scalarText(vars.value(QStringLiteral("puw_stdin")));
        if (vars.contains(QStringLiteral("puw_relay_command"))) {
            // A relay's side: the program's record of it is the database command's display().
            DatabaseCommand relayed;
            relayed.commandLine = scalarText(vars.value(QStringLiteral("puw_relay_command")));
            relayed.secretInput = command.secret ? QByteArray("x\n") : QByteArray();
            relayed.input = command.input.toUtf8();
            relayed.sudo = become;
            command.record = relayed.display();
            if (scalarText(shell.value(QStringLiteral("cmd")))
                    .contains(QStringLiteral("> \"$PUW_RELAY_FILE\"")))
                command.record += QStringLiteral("  | (relay) |");
            EXPECT_TRUE(isUnsafe(vars.value(QStringLiteral("puw_relay_command"))));
        } else {
            const QJsonValue cmd = shell.value(QStringLiteral("cmd"));
            EXPECT_TRUE(isUnsafe(cmd)) << scalarText(cmd).toStdString();
            command.record = (become ? QStringLiteral("sudo ") : QString()) + scalarText(cmd);
            // The one value a dry run cannot know, the stream's hash, comes from the environment.
            if (task.value(QStringLiteral("environment"))
                    .toObject()
                    .contains(QStringLiteral("PUW_RELAY_SHA256")))
                command.record.replace(QStringLiteral("\"$PUW_RELAY_SHA256\""), QStringLiteral("'<sha256>'"));
        }
        command.record = withoutTime(command.record);
        command.input = withoutTime(command.input);
        commands.append(command);
    }
    return commands;
}

QList<Exported> commandsOf(const StepPreview& preview)
{
    QList<Exported> commands;
    for (int i = 0; i < preview.commands.size(); ++i) {
        const auto& planned = preview.planned.value(i);
        commands.append({preview.commands.at(i).host, withoutTime(preview.commands.at(i).command),
                         planned && !planned->secretPurpose.isEmpty(),
                         withoutTime(planned ? QString::fromUtf8(planned->input) : QString())});
    }
    return commands;
}

QStringList conditions(const QJsonObject& task)
{
    const QJsonValue when = task.value(QStringLiteral("when"));
    QStringList result;
    if (when.isString())
        result.append(when.toString());
    for (const QJsonValue& condition : when.toArray())
        result.append(condition.toString());
    return result;
}

QString scalarText(const QJsonValue& value)
{
    return value.isObject() ? value.toObject().value(QStringLiteral("!unsafe")).toString() : value.toString();
}

bool isUnsafe(const QJsonValue& value)
{
    return value.isObject() && value.toObject().contains(QStringLiteral("!unsafe"));
}

QString ExportFixture::syntaxCheck(const QString& ansiblePlaybook, const QString& playbook) const
{
    QString output;
    const int code = runLocal(
        QStringLiteral("sh"),
        {QStringLiteral("-c"),
         QStringLiteral("cd \"$1\" && ANSIBLE_CONFIG=./ansible.cfg ANSIBLE_LOCAL_TEMP=\"$1/.tmp\" "
                        "ANSIBLE_HOME=\"$1/.ansible\" \"$2\" --syntax-check -i inventory.yml \"$3\""),
         QStringLiteral("sh"), dir(), ansiblePlaybook, playbook},
        &output, 120000);
    return code == 0 ? QString() : QStringLiteral("exit %1: %2").arg(code).arg(output);
}

} // namespace puw::test

namespace puw::test {

QString ExportFixture::syntaxCheckAll(const QString& ansiblePlaybook) const
{
    QStringList failures;
    int wrapper = 0;
    for (const QString& file : m_files.keys()) {
        if (!file.endsWith(QStringLiteral(".yml")) || file == QStringLiteral("inventory.yml"))
            continue;
        QString playbook = file;
        if (file.startsWith(QStringLiteral("installations/"))) {
            playbook = QStringLiteral("syntax-check-%1.yml").arg(++wrapper);
            QFile out(QDir(dir()).filePath(playbook));
            if (!out.open(QIODevice::WriteOnly))
                return QStringLiteral("cannot write %1").arg(out.fileName());
            out.write(QStringLiteral("- hosts: puw_installations\n  gather_facts: false\n  tasks:\n"
                                     "    - ansible.builtin.import_tasks: \"%1\"\n")
                          .arg(file)
                          .toUtf8());
        }
        const QString error = syntaxCheck(ansiblePlaybook, playbook);
        if (!error.isEmpty())
            failures.append(file + QStringLiteral(": ") + error);
    }
    return failures.join(QLatin1Char('\n'));
}

} // namespace puw::test
