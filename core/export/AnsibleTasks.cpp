#include "AnsibleTasks.h"
#include "TaskParts.h"

#include "plan/UpgradePlan.h"
#include "recipes/RecipeBinding.h"
#include "remote/ShellQuote.h"
#include "routing/NginxCommands.h"

#include <QRegularExpression>

namespace puw {

using namespace task_parts;

QString stepTag(StepId step)
{
    return QStringLiteral("[%1 %2]").arg(stepNumber(step)).arg(stepKey(step));
}

AnsibleTasks::AnsibleTasks(const UpgradePlan& plan, const RecipeBinding& recipe)
    : m_plan(plan), m_recipe(recipe)
{
}

QString AnsibleTasks::secretVariable(const QString& purpose, const QString& role)
{
    QString name = purpose.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    return QStringLiteral("puw_%1_%2").arg(name, role);
}

QString AnsibleTasks::hostVariable(const QString& role)
{
    return QStringLiteral("puw_") + role;
}

YamlNode AnsibleTasks::stdinFor(const PlannedCommand& planned, YamlNode& vars)
{
    const QString role = hostRoleLabel(planned.role);
    QString expression;
    if (!planned.secretPurpose.isEmpty()) {
        const QString variable = secretVariable(planned.secretPurpose, role);
        m_secrets.insert(variable, planned.secretPurpose);
        // The secret's line first, as the program writes it; the command reads it before anything else.
        expression = QStringLiteral("{{ %1 }}\n").arg(variable);
    }
    if (!planned.input.isEmpty()) {
        vars.set(QStringLiteral("puw_stdin"), YamlNode::unsafe(QString::fromUtf8(planned.input)));
        expression += QStringLiteral("{{ puw_stdin }}");
    }
    return YamlNode::safe(expression);
}

YamlNode AnsibleTasks::commandTask(const CommandRecord& record, const PlannedCommand& planned)
{
    const QString role = hostRoleLabel(planned.role);
    YamlNode vars;
    YamlNode shell;
    // A command that checks a relayed stream's SHA-256 names the dry run's placeholder for it: here the
    // hash of the controller's copy of the last relay, from the environment.
    QString line = planned.commandLine;
    const bool namesHash = line.contains(shellQuote(kDryRunSha256));
    line.replace(shellQuote(kDryRunSha256), QStringLiteral("\"$PUW_RELAY_SHA256\""));
    shell.set(QStringLiteral("cmd"), YamlNode::unsafe(line));
    shell.set(QStringLiteral("executable"), YamlNode::safe(QStringLiteral("/bin/sh")));
    if (!planned.secretPurpose.isEmpty() || !planned.input.isEmpty()) {
        shell.set(QStringLiteral("stdin"), stdinFor(planned, vars));
        shell.set(QStringLiteral("stdin_add_newline"), YamlNode::boolean(false));
    }
    YamlNode task;
    task.set(QStringLiteral("name"), YamlNode::unsafe(taskName(m_tag, role, record.command)));
    task.set(QStringLiteral("ansible.builtin.shell"), shell);
    if (namesHash) {
        YamlNode environment;
        environment.set(QStringLiteral("PUW_RELAY_SHA256"),
                        YamlNode::safe(QStringLiteral("{{ puw_relay_copy.stat.checksum }}")));
        task.set(QStringLiteral("environment"), environment);
    }
    task.set(QStringLiteral("delegate_to"), delegateTo(role));
    if (planned.sudo)
        task.set(QStringLiteral("become"), YamlNode::boolean(true));
    setTimeout(task, planned.timeoutMs);
    task.set(QStringLiteral("register"), YamlNode::safe(QStringLiteral("puw_result")));

    // The same refusals as the program: a failed-migration line fails the task whatever the exit code;
    // a command check's expected output must be there.
    const auto& migrations = m_recipe.recipe().migrations;
    QString contains;
    if (!migrations.apply.isEmpty() && !migrations.failedPattern.isEmpty() &&
        planned.commandLine == expandedLine(migrations.apply, planned.role)) {
        vars.set(QStringLiteral("puw_failed_pattern"), YamlNode::unsafe(migrations.failedPattern));
        task.set(QStringLiteral("failed_when"),
                 YamlNode::safe(QStringLiteral(
                     "puw_result.rc != 0 or (puw_result.stdout_lines + puw_result.stderr_lines) | "
                     "select('search', puw_failed_pattern) | list | length > 0")));
    } else if (isCommandCheck(planned, &contains) && !contains.isEmpty()) {
        vars.set(QStringLiteral("puw_expected_output"), YamlNode::unsafe(contains));
        task.set(QStringLiteral("failed_when"),
                 YamlNode::safe(
                     QStringLiteral("puw_result.rc != 0 or puw_expected_output not in puw_result.stdout")));
    }
    guardNginx(task, vars, planned);
    if (!vars.isEmpty())
        task.set(QStringLiteral("vars"), vars);
    return task;
}

YamlNode AnsibleTasks::failTask(const QString& prefix, const QString& reason, const QString& acknowledgement)
{
    YamlNode module;
    YamlNode task;
    // The acknowledgement's variable in the name: a run's log (the json callback's) says which part of the
    // step was skipped because the admin acknowledged it (--import-ansible).
    task.set(QStringLiteral("name"),
             YamlNode::unsafe(
                 prefix + QStringLiteral(" not covered by the export") +
                 (acknowledgement.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(acknowledgement))));
    QString message = reason;
    if (!acknowledgement.isEmpty()) {
        m_acks.insert(acknowledgement, reason);
        message += QStringLiteral(" Set %1=true (-e) once you have done or checked it yourself.")
                       .arg(acknowledgement);
    }
    module.set(QStringLiteral("msg"), YamlNode::unsafe(message));
    task.set(QStringLiteral("ansible.builtin.fail"), module);
    if (!acknowledgement.isEmpty()) {
        task.set(QStringLiteral("when"),
                 YamlNode::safe(QStringLiteral("not (%1 | default(false) | bool)").arg(acknowledgement)));
        // A check run shows the reason and goes on (its failure is ignored there); a real run stops.
        task.set(QStringLiteral("ignore_errors"), YamlNode::safe(QStringLiteral("{{ ansible_check_mode }}")));
    }
    return task;
}

QString AnsibleTasks::expandedLine(const RecipeCommand& command, HostRole role) const
{
    const QString address = role == HostRole::Old   ? m_plan.oldHost.address
                            : role == HostRole::New ? m_plan.newHost.address
                                                    : m_plan.route.proxy.address;
    const auto argv = m_recipe.expand(command, {{QStringLiteral("host_address"), address}});
    return argv.ok() ? shellJoin(argv.value()) : QString();
}

bool AnsibleTasks::isReadOnly(const PlannedCommand& planned) const
{
    // The dry run says so for its probes, reads and checks; the proxy's inspection reads the file.
    return planned.readOnly || (planned.role == HostRole::Proxy && m_plan.route.kind == RouteKind::Nginx &&
                                planned.commandLine == nginx_commands::inspect(m_plan.route.upstreamFile));
}

bool AnsibleTasks::isCommandCheck(const PlannedCommand& planned, QString* contains) const
{
    for (const CommandCheckSpec& spec : m_recipe.recipe().commandChecks) {
        if (planned.role == HostRole::New &&
            planned.commandLine == expandedLine(spec.command, HostRole::New)) {
            *contains = spec.outputContains;
            return true;
        }
    }
    return false;
}

YamlNode AnsibleTasks::stepBlock(const StepPreview& preview, const QString& title, bool rollback)
{
    m_tag = rollback ? QStringLiteral("[rollback]") : stepTag(preview.step);
    m_rollback = rollback;
    YamlNode tasks = YamlNode::list();
    const QString& tag = m_tag;
    bool checksPlaced = false;
    // Step 8's comparison of the restored data comes before its migrations, as in the program.
    const auto& migrations = m_recipe.recipe().migrations;
    bool uncoveredPlaced = preview.step != StepId::FinalSync || m_rollback;
    appendGuards(tasks, preview);
    for (int i = 0; i < preview.commands.size(); ++i) {
        const CommandRecord& record = preview.commands.at(i);
        const auto& planned = preview.planned.value(i);
        QString contains;
        if (!uncoveredPlaced && planned &&
            (planned->commandLine == expandedLine(migrations.list, HostRole::New) ||
             planned->commandLine == expandedLine(migrations.apply, HostRole::New))) {
            appendUncovered(tasks, preview);
            uncoveredPlaced = true;
        }
        if (!checksPlaced && planned && isCommandCheck(*planned, &contains)) {
            checksBefore(tasks, preview, i);
            checksPlaced = true;
        }
        if (!planned) {
            tasks.append(failTask(tag, QStringLiteral("The dry run lists a command the export cannot run as "
                                                      "the program does: %1")
                                           .arg(record.command)));
        } else if (planned->secretPurpose == QLatin1String("unknown")) {
            tasks.append(
                failTask(tag, QStringLiteral("This command reads a secret the export cannot name: %1")
                                  .arg(record.command)));
        } else if (planned->kind == PlannedCommand::Kind::RelaySource) {
            const auto& sink = preview.planned.value(i + 1);
            if (!sink || sink->kind != PlannedCommand::Kind::RelaySink) {
                tasks.append(
                    failTask(tag, QStringLiteral("A relayed stream without its receiving command: %1")
                                      .arg(record.command)));
                continue;
            }
            relayTasks(tasks, preview, *planned, *sink, i);
            ++i;
        } else {
            YamlNode task = commandTask(record, *planned);
            if (runsInCheckMode(isReadOnly(*planned))) {
                runInCheckMode(task);
            } else {
                m_changedBefore = m_changedBefore || !isReadOnly(*planned);
                // As the task runs it: the relayed stream's hash from the environment, not the placeholder.
                QString shown = record.command;
                shown.replace(shellQuote(kDryRunSha256), QStringLiteral("\"$PUW_RELAY_SHA256\""));
                const QString role = hostRoleLabel(planned->role);
                tasks.append(
                    checkModePrint(taskName(m_tag, role, QStringLiteral("(check mode) ") + shown),
                                   QStringLiteral("Check mode: not run on %1: %2").arg(role, shown)));
                skipInCheckMode(task);
            }
            tasks.append(task);
        }
    }
    if (!checksPlaced)
        checksBefore(tasks, preview, int(preview.commands.size()));
    if (!uncoveredPlaced || preview.step != StepId::FinalSync)
        appendUncovered(tasks, preview);
    if (!preview.complete)
        tasks.append(failTask(
            tag, QStringLiteral("The dry run of this step stopped before its end: %1").arg(preview.summary)));
    YamlNode block;
    block.set(QStringLiteral("name"), YamlNode::unsafe(QStringLiteral("%1 %2").arg(tag, title)));
    YamlNode tags = YamlNode::list();
    if (rollback) {
        tags.append(YamlNode::safe(QStringLiteral("rollback")));
    } else {
        tags.append(YamlNode::safe(QStringLiteral("step%1").arg(stepNumber(preview.step))));
        tags.append(YamlNode::safe(stepKey(preview.step)));
    }
    block.set(QStringLiteral("tags"), tags);
    block.set(QStringLiteral("block"), tasks);
    return block;
}

} // namespace puw
