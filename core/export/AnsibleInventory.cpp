#include "AnsibleInventory.h"

#include "AnsibleTasks.h"
#include "plan/UpgradePlan.h"
#include "remote/ShellQuote.h"

#include <QRegularExpression>

namespace puw {

QString AnsibleInventory::installationName(const UpgradePlan& plan)
{
    QString name = plan.name.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return name.isEmpty() ? QStringLiteral("installation") : name;
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

YamlNode AnsibleInventory::build(const UpgradePlan& plan, const QString& installation,
                                 const QMap<QString, QString>& secretVariables)
{
    YamlNode hosts;
    YamlNode handle;
    handle.set(QStringLiteral("ansible_connection"), YamlNode::safe(QStringLiteral("local")));
    handle.set(QStringLiteral("ansible_python_interpreter"),
               YamlNode::safe(QStringLiteral("{{ ansible_playbook_python }}")));
    handle.set(QStringLiteral("puw_plan_name"), YamlNode::unsafe(plan.name));
    const QList<std::pair<QString, const HostSpec*>> roles{{QStringLiteral("old"), &plan.oldHost},
                                                           {QStringLiteral("new"), &plan.newHost},
                                                           {QStringLiteral("proxy"), &plan.route.proxy}};
    for (const auto& [role, spec] : roles) {
        if (spec->isEmpty())
            continue;
        const QString name = installation + QLatin1Char('-') + role;
        handle.set(AnsibleTasks::hostVariable(role), YamlNode::safe(name));
        hosts.set(name, hostEntry(plan, *spec));
    }
    for (auto it = secretVariables.begin(); it != secretVariables.end(); ++it) {
        const QString environment = environmentFor(plan, it.value());
        if (!environment.isEmpty())
            handle.set(it.key(), fromEnvironment(environment));
    }
    YamlNode installations;
    installations.set(installation, handle);
    YamlNode installationGroup;
    installationGroup.set(QStringLiteral("hosts"), installations);
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
