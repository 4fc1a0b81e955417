#pragma once

// Small pieces the export's task writers share.
#include "AnsibleTasks.h"

namespace puw::task_parts {

// A task's name: the step, the host and the command's first line, cut short. Names are templated by
// Ansible too: the caller writes them unsafe.
inline QString taskName(const QString& tag, const QString& host, const QString& text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0);
    if (line.size() > 100)
        line = line.left(97) + QStringLiteral("...");
    return QStringLiteral("%1 %2: %3").arg(tag, host, line);
}

inline YamlNode delegateTo(const QString& role)
{
    return YamlNode::safe(QStringLiteral("{{ %1 }}").arg(AnsibleTasks::hostVariable(role)));
}

// The recipe's timeout for a command, as Ansible's task keyword (seconds); 0 or less: none.
inline void setTimeout(YamlNode& task, int timeoutMs)
{
    if (timeoutMs > 0)
        task.set(QStringLiteral("timeout"), YamlNode::number((timeoutMs + 999) / 1000));
}

// Check mode (ansible-playbook --check): a task that may change a host does not run there, whatever else
// its conditions say (they start with "not ansible_check_mode", which Ansible evaluates first)...
inline void skipInCheckMode(YamlNode& task)
{
    YamlNode when = YamlNode::list();
    when.append(YamlNode::safe(QStringLiteral("not ansible_check_mode")));
    if (const YamlNode* existing = task.find(QStringLiteral("when")))
        when.append(*existing);
    task.set(QStringLiteral("when"), when);
}

// ... and a debug task says what it would have done.
inline YamlNode checkModePrint(const QString& name, const QString& text)
{
    YamlNode debug;
    debug.set(QStringLiteral("msg"), YamlNode::unsafe(text));
    YamlNode task;
    task.set(QStringLiteral("name"), YamlNode::unsafe(name));
    task.set(QStringLiteral("ansible.builtin.debug"), debug);
    task.set(QStringLiteral("when"), YamlNode::safe(QStringLiteral("ansible_check_mode")));
    return task;
}

// A task that changes nothing anywhere (a probe, a read, a check) runs in check mode too.
inline void runInCheckMode(YamlNode& task)
{
    task.set(QStringLiteral("check_mode"), YamlNode::boolean(false));
}

} // namespace puw::task_parts
