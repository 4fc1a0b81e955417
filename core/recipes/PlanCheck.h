#pragma once

#include "Recipe.h"
#include "plan/PlanError.h"
#include "plan/PlanForm.h"
#include "util/Expected.h"

#include <QString>
#include <QStringList>

namespace puw {

// What the plan page needs to know about a recipe and to judge a typed plan as the program will when it
// runs it: the plan file's rules (UpgradePlan) and then the recipe's (its variables bind).
namespace PlanCheck {
// The secrets a run of this recipe may need, as SecretPurpose ids, in the order a run meets them:
// ssh-password and key-passphrase always (a host may want either), sudo-password when a command runs
// through sudo, the database's credential when it names one.
QStringList secretPurposes(const Recipe& recipe);

// The plan, or the first error (field named, fix said). userRecipeDir: the admin's own recipes.
Expected<UpgradePlan, PlanError> check(const PlanForm& form, const QString& userRecipeDir);
} // namespace PlanCheck

} // namespace puw
