#include "AnsibleInventory.h"

#include "AnsibleTasks.h"
#include "plan/UpgradePlan.h"
#include "remote/ShellQuote.h"

#include <QRegularExpression>
#include <QSet>

namespace puw {

namespace {
QString baseName(const UpgradePlan& plan)
{
    QString name = plan.name.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return name.isEmpty() ? QStringLiteral("installation") : name;
}

QList<std::pair<QString, const HostSpec*>> rolesOf(const UpgradePlan& plan)
{
    QList<std::pair<QString, const HostSpec*>> roles;
    for (const auto& [role, spec] :
         {std::pair{QStringLiteral("old"), &plan.oldHost}, std::pair{QStringLiteral("new"), &plan.newHost},
          std::pair{QStringLiteral("proxy"), &plan.route.proxy}})
        if (!spec->isEmpty())
            roles.append({role, spec});
    return roles;
}
} // namespace

QStringList AnsibleInventory::hostNames(const UpgradePlan& plan, const QString& installation)
{
    QStringList names;
    for (const auto& role : rolesOf(plan))
        names.append(installation + QLatin1Char('-') + role.first);
    return names;
}

QStringList AnsibleInventory::installationNames(const QList<const UpgradePlan*>& plans)
{
    QStringList names;
    QSet<QString> taken;
    for (const UpgradePlan* plan : plans) {
        const QString base = baseName(*plan);
        QString name = base;
        auto clashes = [&](const QString& candidate) {
            if (taken.contains(candidate))
                return true;
            for (const QString& host : hostNames(*plan, candidate))
                if (taken.contains(host))
                    return true;
            return false;
        };
        for (int suffix = 2; clashes(name); ++suffix)
            name = base + QLatin1Char('-') + QString::number(suffix);
        taken.insert(name);
        for (const QString& host : hostNames(*plan, name))
            taken.insert(host);
        names.append(name);
    }
    return names;
}

QString AnsibleInventory::environmentFor(const UpgradePlan& plan, const QString& purpose)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const QString name = plan.secretEnvironment.value(purpose);
    return valid.match(name).hasMatch() ? name : QString();
}

namespace {
YamlNode fromEnvironment(const QString& variable)
{
    // The name was checked (letters, digits, '_'): it cannot end the quoted string or the expression.
    return YamlNode::safe(QStringLiteral("{{ lookup('env', '%1') }}").arg(variable));
}

YamlNode hostEntry(const UpgradePlan& plan, const HostSpec& host)
{
    YamlNode entry;
    entry.set(QStringLiteral("ansible_host"), YamlNode::unsafe(host.address));
    if (host.port > 0)
        entry.set(QStringLiteral("ansible_port"), YamlNode::number(host.port));
    if (!host.user.isEmpty())
        entry.set(QStringLiteral("ansible_user"), YamlNode::unsafe(host.user));
    if (!host.identityFile.isEmpty())
        entry.set(QStringLiteral("ansible_ssh_private_key_file"), YamlNode::unsafe(host.identityFile));
    // Host keys are checked, against the plan's known-hosts file as the program does (Ansible splits
    // these arguments like a shell: the path is quoted as one word).
    QString ssh = QStringLiteral("-o StrictHostKeyChecking=yes");
    if (!plan.knownHostsFile.isEmpty())
        ssh += QStringLiteral(" -o UserKnownHostsFile=") + shellQuote(plan.knownHostsFile);
    entry.set(QStringLiteral("ansible_ssh_common_args"), YamlNode::unsafe(ssh));
    const QString sudo = AnsibleInventory::environmentFor(plan, QStringLiteral("sudo-password"));
    if (!sudo.isEmpty())
        entry.set(QStringLiteral("ansible_become_password"), fromEnvironment(sudo));
    return entry;
}
} // namespace

YamlNode AnsibleInventory::build(const QList<Installation>& installations)
{
    YamlNode hosts;
    YamlNode handles;
    for (const Installation& installation : installations) {
        const UpgradePlan& plan = *installation.plan;
        YamlNode handle;
        handle.set(QStringLiteral("ansible_connection"), YamlNode::safe(QStringLiteral("local")));
        handle.set(QStringLiteral("ansible_python_interpreter"),
                   YamlNode::safe(QStringLiteral("{{ ansible_playbook_python }}")));
        handle.set(QStringLiteral("puw_plan_name"), YamlNode::unsafe(plan.name));
        if (!installation.planFile.isEmpty())
            handle.set(QStringLiteral("puw_plan_file"), YamlNode::unsafe(installation.planFile));
        for (const auto& [role, spec] : rolesOf(plan)) {
            const QString name = installation.name + QLatin1Char('-') + role;
            handle.set(AnsibleTasks::hostVariable(role), YamlNode::safe(name));
            hosts.set(name, hostEntry(plan, *spec));
        }
        for (auto it = installation.secretVariables.begin(); it != installation.secretVariables.end(); ++it) {
            const QString environment = environmentFor(plan, it.value());
            if (!environment.isEmpty())
                handle.set(it.key(), fromEnvironment(environment));
        }
        handles.set(installation.name, handle);
    }
    YamlNode installationGroup;
    installationGroup.set(QStringLiteral("hosts"), handles);
    YamlNode hostGroup;
    hostGroup.set(QStringLiteral("hosts"), hosts);
    YamlNode children;
    children.set(QStringLiteral("puw_installations"), installationGroup);
    children.set(QStringLiteral("puw_hosts"), hostGroup);
    YamlNode all;
    all.set(QStringLiteral("children"), children);
    YamlNode root;
    root.set(QStringLiteral("all"), all);
    return root;
}

} // namespace puw
