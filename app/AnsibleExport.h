#pragma once

#include "export/AnsibleProject.h"

#include <QString>

namespace puw {

struct UpgradePlan;

// --export-ansible DIR: binds the plan to its recipe and writes the Ansible project of its dry run.
// Returns an exit code of HeadlessExit (BadPlan for a recipe that does not bind, StepFailed when a file
// cannot be written).
int exportAnsible(const UpgradePlan& plan, const QString& planPath, const QString& dir,
                  const AnsibleExportOptions& options);

} // namespace puw
