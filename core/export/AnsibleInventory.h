#pragma once

#include "YamlNode.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace puw {

struct UpgradePlan;

// The inventory of an export: one "installation" host per plan in the group puw_installations (a local
// handle the playbooks run on, so that serial batches count installations), naming its old, new and
// proxy hosts (puw_old, puw_new, puw_proxy), which are in the group puw_hosts with their addresses,
// ports, users, keys and known-hosts file. Every name in it is unique: a handle's hosts are named
// "<installation>-old" and so on. Secrets are never written: a secret the plan names an environment
// variable for is read from it with lookup('env', ...) on that installation's handle (each plan names
// its own variables); the others are left for Vault.
class AnsibleInventory {
public:
    struct Installation {
        const UpgradePlan* plan = nullptr;
        QString name;                           // installationNames()
        QString planFile;                       // as the admin named it; written !unsafe
        QMap<QString, QString> secretVariables; // AnsibleTasks::secretVariables: variable -> purpose
    };
    static YamlNode build(const QList<Installation>& installations);
    // The inventory names of the plans' installations, in order: each plan's name reduced to letters,
    // digits, '-' and '_'; a name another installation (or one of its hosts) already has gets "-2", "-3"...
    static QStringList installationNames(const QList<const UpgradePlan*>& plans);
    // The inventory names of an installation's hosts, by role ("old" -> "<installation>-old").
    static QStringList hostNames(const UpgradePlan& plan, const QString& installation);
    // The environment variable the plan names for a purpose, when it is a valid name; else empty.
    static QString environmentFor(const UpgradePlan& plan, const QString& purpose);
};

} // namespace puw
