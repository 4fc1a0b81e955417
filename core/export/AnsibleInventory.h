#pragma once

#include "YamlNode.h"

#include <QMap>
#include <QString>

namespace puw {

struct UpgradePlan;

// The inventory of an export: one "installation" host per plan in the group puw_installations (a local
// handle the playbooks run on, so that serial batches count installations), naming its old, new and
// proxy hosts (puw_old, puw_new, puw_proxy), which are in the group puw_hosts with their addresses,
// ports, users, keys and known-hosts file. Secrets are never written: a secret the plan names an
// environment variable for is read from it with lookup('env', ...); the others are left for Vault.
class AnsibleInventory {
public:
    // secretVariables: the tasks' secret variables and their purposes (AnsibleTasks::secretVariables).
    static YamlNode build(const UpgradePlan& plan, const QString& installation,
                          const QMap<QString, QString>& secretVariables);
    // The inventory name of a plan's installation: its name, reduced to letters, digits, '-' and '_'.
    static QString installationName(const UpgradePlan& plan);
    // The environment variable the plan names for a purpose, when it is a valid name; else empty.
    static QString environmentFor(const UpgradePlan& plan, const QString& purpose);
};

} // namespace puw
