#include "AnsibleExport.h"

#include "HeadlessRun.h"
#include "export/ExportText.h"
#include "plan/UpgradePlan.h"
#include "recipes/RecipeBinding.h"
#include "recipes/RecipeLoader.h"
#include "util/AppPaths.h"

#include <cstdio>

namespace puw {

int exportAnsible(const UpgradePlan& plan, const QString& planPath, const QString& dir,
                  const AnsibleExportOptions& options)
{
    auto recipe = RecipeLoader::loadById(plan.recipeId, AppPaths::userRecipeDir());
    if (!recipe.ok()) {
        std::fputs(qPrintable(recipe.error().message() + QLatin1Char('\n')), stderr);
        return HeadlessExit::BadPlan;
    }
    auto binding = RecipeBinding::bind(recipe.value(), plan, planPath);
    if (!binding.ok()) {
        std::fputs(qPrintable(binding.error().message() + QLatin1Char('\n')), stderr);
        return HeadlessExit::BadPlan;
    }
    const QString error = writeAnsibleProject(dir, ansibleProject(plan, binding.value(), options));
    if (!error.isEmpty()) {
        std::fputs(qPrintable(error + QLatin1Char('\n')), stderr);
        return HeadlessExit::StepFailed;
    }
    //: %1 the folder the export was written to
    std::fputs(
        qPrintable(ExportText::tr("Ansible project written to %1; its README.md says how to run it and "
                                  "where the secrets come from.")
                       .arg(dir) +
                   QLatin1Char('\n')),
        stdout);
    return HeadlessExit::Succeeded;
}

} // namespace puw
