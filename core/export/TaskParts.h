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

} // namespace puw::task_parts
