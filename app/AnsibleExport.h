#pragma once

#include "export/AnsibleProject.h"

#include <QString>

#include <optional>

namespace puw {

struct UpgradePlan;

// --export-ansible DIR: binds the plan (--plan) and the plans of the inventory file (--inventory) to their
// recipes and writes the Ansible project of their dry runs, one installation each. Returns an exit code of
// HeadlessExit (BadPlan for a broken inventory or a recipe that does not bind, StepFailed when a file
// cannot be written).
int exportAnsible(const std::optional<UpgradePlan>& plan, const QString& planPath,
                  const QString& inventoryPath, const QString& dir, const AnsibleExportOptions& options);

} // namespace puw
