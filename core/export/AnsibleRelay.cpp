// A relayed stream (a dump from old to new through this program) as Ansible tasks: the source into a
// temporary file on its host, fetched to the controller (the program's local copy), hashed there, copied
// to the receiving host and read by the receiving command; both temporary files removed.
#include "AnsibleTasks.h"
#include "TaskParts.h"

namespace puw {

using namespace task_parts;

void AnsibleTasks::relayTasks(YamlNode& tasks, const StepPreview& preview, const PlannedCommand& source,
                              const PlannedCommand& sink, int index)
{
    m_changedBefore = true; // the stream writes a file on the receiving host
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
    // In check mode nothing of the relay runs (it writes files on both hosts and the controller): one
    // debug task prints both commands.
    tasks.append(checkModePrint(
        taskName(m_tag, from,
                 QStringLiteral("(check mode) ") + source.commandLine + QStringLiteral("  | (relay) |")),
        QStringLiteral("Check mode: not run: on %1: %2 | (relay through the controller) | on %3: %4")
            .arg(from, source.commandLine, to, sink.commandLine)));
    auto add = [&tasks](YamlNode task) {
        skipInCheckMode(task);
        tasks.append(task);
    };
    add(tempfile(from, sourceFile));
    // The source's standard output goes to the file; its standard input is what the program writes.
    add(relayCommand(source, QStringLiteral("( {{ puw_relay_command }} ) > \"$PUW_RELAY_FILE\""), sourceFile,
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
    add(fetchTask);
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
    add(statTask);
    add(tempfile(to, sinkFile));
    YamlNode copy;
    copy.set(QStringLiteral("src"), YamlNode::safe(localFile));
    copy.set(QStringLiteral("dest"), YamlNode::safe(QStringLiteral("{{ %1.path }}").arg(sinkFile)));
    copy.set(QStringLiteral("mode"), YamlNode::safe(QStringLiteral("0600")));
    YamlNode copyTask;
    copyTask.set(QStringLiteral("name"),
                 YamlNode::safe(QStringLiteral("%1 %2: the stream from the controller").arg(tag, to)));
    copyTask.set(QStringLiteral("ansible.builtin.copy"), copy);
    copyTask.set(QStringLiteral("delegate_to"), delegateTo(to));
    add(copyTask);
    // The sink reads its secret line (if any) first, then the stream, as it does from the program.
    const QString sinkWrapper =
        sink.secretPurpose.isEmpty() && sink.input.isEmpty()
            ? QStringLiteral("( {{ puw_relay_command }} ) < \"$PUW_RELAY_FILE\"")
            : QStringLiteral("cat - \"$PUW_RELAY_FILE\" | ( {{ puw_relay_command }} )");
    add(relayCommand(sink, sinkWrapper, sinkFile, taskName(m_tag, to, sink.commandLine)));
    for (const auto& [role, file] : {std::pair{from, sourceFile}, std::pair{to, sinkFile}}) {
        YamlNode remove;
        remove.set(QStringLiteral("path"), YamlNode::safe(QStringLiteral("{{ %1.path }}").arg(file)));
        remove.set(QStringLiteral("state"), YamlNode::safe(QStringLiteral("absent")));
        YamlNode task;
        task.set(QStringLiteral("name"),
                 YamlNode::safe(QStringLiteral("%1 %2: the relay's file goes").arg(tag, role)));
        task.set(QStringLiteral("ansible.builtin.file"), remove);
        task.set(QStringLiteral("delegate_to"), delegateTo(role));
        add(task);
    }
}

} // namespace puw
