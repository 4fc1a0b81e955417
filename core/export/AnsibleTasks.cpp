#include "AnsibleTasks.h"

#include "plan/UpgradePlan.h"
#include "recipes/RecipeBinding.h"
#include "remote/ShellQuote.h"

#include <QRegularExpression>

namespace puw {

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

namespace {
// A task's name: the step, the host and the command's first line, cut short. Names are templated by
// Ansible too: the caller writes them unsafe.
QString taskName(const QString& tag, const QString& host, const QString& text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0);
    if (line.size() > 100)
        line = line.left(97) + QStringLiteral("...");
    return QStringLiteral("%1 %2: %3").arg(tag, host, line);
}

YamlNode delegateTo(const QString& role)
{
    return YamlNode::safe(QStringLiteral("{{ %1 }}").arg(AnsibleTasks::hostVariable(role)));
}

// The recipe's timeout for a command, as Ansible's task keyword (seconds); 0 or less: none.
void setTimeout(YamlNode& task, int timeoutMs)
{
    if (timeoutMs > 0)
        task.set(QStringLiteral("timeout"), YamlNode::number((timeoutMs + 999) / 1000));
}
} // namespace

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

void AnsibleTasks::relayTasks(YamlNode& tasks, const StepPreview& preview, const PlannedCommand& source,
                              const PlannedCommand& sink, int index)
{
    const QString from = hostRoleLabel(source.role);
    const QString to = hostRoleLabel(sink.role);
    const QString& tag = m_tag;
    const QString sourceFile = QStringLiteral("puw_relay_%1_source").arg(index);
    const QString sinkFile = QStringLiteral("puw_relay_%1_sink").arg(index);
    const QString localFile =
        QStringLiteral("{{ playbook_dir }}/backups/{{ inventory_hostname }}/%1-relay-%2.dump")
            .arg(m_rollback ? QStringLiteral("rollback") : stepKey(preview.step))
            .arg(index);
    auto tempfile = [&](const QString& role, const QString& variable) {
        YamlNode module;
        module.set(QStringLiteral("state"), YamlNode::safe(QStringLiteral("file")));
        module.set(QStringLiteral("suffix"), YamlNode::safe(QStringLiteral(".puw-relay")));
        YamlNode task;
        task.set(QStringLiteral("name"),
                 YamlNode::safe(QStringLiteral("%1 %2: a file for the relayed stream").arg(tag, role)));
        task.set(QStringLiteral("ansible.builtin.tempfile"), module);
        task.set(QStringLiteral("delegate_to"), delegateTo(role));
        task.set(QStringLiteral("register"), YamlNode::safe(variable));
        return task;
    };
    // The commands themselves are variables the wrapper reads: unsafe, so never templated.
    auto relayCommand = [&](const PlannedCommand& planned, const QString& wrapper, const QString& file,
                            const QString& title) {
        YamlNode vars;
        vars.set(QStringLiteral("puw_relay_command"), YamlNode::unsafe(planned.commandLine));
        YamlNode shell;
        shell.set(QStringLiteral("cmd"), YamlNode::safe(wrapper));
        shell.set(QStringLiteral("executable"), YamlNode::safe(QStringLiteral("/bin/sh")));
        if (!planned.secretPurpose.isEmpty() || !planned.input.isEmpty()) {
            shell.set(QStringLiteral("stdin"), stdinFor(planned, vars));
            shell.set(QStringLiteral("stdin_add_newline"), YamlNode::boolean(false));
        }
        YamlNode environment;
        environment.set(QStringLiteral("PUW_RELAY_FILE"),
                        YamlNode::safe(QStringLiteral("{{ %1.path }}").arg(file)));
        YamlNode task;
        task.set(QStringLiteral("name"), YamlNode::unsafe(title));
        task.set(QStringLiteral("ansible.builtin.shell"), shell);
        task.set(QStringLiteral("environment"), environment);
        task.set(QStringLiteral("delegate_to"), delegateTo(hostRoleLabel(planned.role)));
        if (planned.sudo)
            task.set(QStringLiteral("become"), YamlNode::boolean(true));
        task.set(QStringLiteral("vars"), vars);
        return task;
    };
    tasks.append(tempfile(from, sourceFile));
    // The source's standard output goes to the file; its standard input is what the program writes.
    tasks.append(relayCommand(source, QStringLiteral("( {{ puw_relay_command }} ) > \"$PUW_RELAY_FILE\""),
                              sourceFile,
                              taskName(m_tag, from, source.commandLine + QStringLiteral("  | (relay) |"))));
    YamlNode fetch;
    fetch.set(QStringLiteral("src"), YamlNode::safe(QStringLiteral("{{ %1.path }}").arg(sourceFile)));
    fetch.set(QStringLiteral("dest"), YamlNode::safe(localFile));
    fetch.set(QStringLiteral("flat"), YamlNode::boolean(true));
    YamlNode fetchTask;
    fetchTask.set(QStringLiteral("name"),
                  YamlNode::safe(
                      QStringLiteral("%1 %2: the stream to the controller (the local copy)").arg(tag, from)));
    fetchTask.set(QStringLiteral("ansible.builtin.fetch"), fetch);
    fetchTask.set(QStringLiteral("delegate_to"), delegateTo(from));
    tasks.append(fetchTask);
    // The program hashes the stream as it passes; here its copy on the controller (the play's own host).
    YamlNode stat;
    stat.set(QStringLiteral("path"), YamlNode::safe(localFile));
    stat.set(QStringLiteral("get_checksum"), YamlNode::boolean(true));
    stat.set(QStringLiteral("checksum_algorithm"), YamlNode::safe(QStringLiteral("sha256")));
    YamlNode statTask;
    statTask.set(QStringLiteral("name"),
                 YamlNode::safe(QStringLiteral("%1 the SHA-256 of the stream's copy").arg(tag)));
    statTask.set(QStringLiteral("ansible.builtin.stat"), stat);
    statTask.set(QStringLiteral("register"), YamlNode::safe(QStringLiteral("puw_relay_copy")));
    tasks.append(statTask);
    tasks.append(tempfile(to, sinkFile));
    YamlNode copy;
    copy.set(QStringLiteral("src"), YamlNode::safe(localFile));
    copy.set(QStringLiteral("dest"), YamlNode::safe(QStringLiteral("{{ %1.path }}").arg(sinkFile)));
    copy.set(QStringLiteral("mode"), YamlNode::safe(QStringLiteral("0600")));
    YamlNode copyTask;
    copyTask.set(QStringLiteral("name"),
                 YamlNode::safe(QStringLiteral("%1 %2: the stream from the controller").arg(tag, to)));
    copyTask.set(QStringLiteral("ansible.builtin.copy"), copy);
    copyTask.set(QStringLiteral("delegate_to"), delegateTo(to));
    tasks.append(copyTask);
    // The sink reads its secret line (if any) first, then the stream, as it does from the program.
    const QString sinkWrapper =
        sink.secretPurpose.isEmpty() && sink.input.isEmpty()
            ? QStringLiteral("( {{ puw_relay_command }} ) < \"$PUW_RELAY_FILE\"")
            : QStringLiteral("cat - \"$PUW_RELAY_FILE\" | ( {{ puw_relay_command }} )");
    tasks.append(relayCommand(sink, sinkWrapper, sinkFile, taskName(m_tag, to, sink.commandLine)));
    for (const auto& [role, file] : {std::pair{from, sourceFile}, std::pair{to, sinkFile}}) {
        YamlNode remove;
        remove.set(QStringLiteral("path"), YamlNode::safe(QStringLiteral("{{ %1.path }}").arg(file)));
        remove.set(QStringLiteral("state"), YamlNode::safe(QStringLiteral("absent")));
        YamlNode task;
        task.set(QStringLiteral("name"),
                 YamlNode::safe(QStringLiteral("%1 %2: the relay's file goes").arg(tag, role)));
        task.set(QStringLiteral("ansible.builtin.file"), remove);
        task.set(QStringLiteral("delegate_to"), delegateTo(role));
        tasks.append(task);
    }
}

YamlNode AnsibleTasks::failTask(const QString& prefix, const QString& reason, const QString& acknowledgement)
{
    YamlNode module;
    YamlNode task;
    task.set(QStringLiteral("name"), YamlNode::unsafe(prefix + QStringLiteral(" not covered by the export")));
    QString message = reason;
    if (!acknowledgement.isEmpty()) {
        m_acks.insert(acknowledgement, reason);
        message += QStringLiteral(" Set %1=true (-e) once you have done or checked it yourself.")
                       .arg(acknowledgement);
    }
    module.set(QStringLiteral("msg"), YamlNode::unsafe(message));
    task.set(QStringLiteral("ansible.builtin.fail"), module);
    if (!acknowledgement.isEmpty())
        task.set(QStringLiteral("when"),
                 YamlNode::safe(QStringLiteral("not (%1 | default(false) | bool)").arg(acknowledgement)));
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
    appendGuards(tasks, preview);
    for (int i = 0; i < preview.commands.size(); ++i) {
        const CommandRecord& record = preview.commands.at(i);
        const auto& planned = preview.planned.value(i);
        QString contains;
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
            tasks.append(commandTask(record, *planned));
        }
    }
    if (!checksPlaced)
        checksBefore(tasks, preview, int(preview.commands.size()));
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
