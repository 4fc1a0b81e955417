#include "PlanCheck.h"

#include "RecipeBinding.h"
#include "RecipeLoader.h"
#include "plan/RecipeCatalogue.h"
#include "secrets/CredentialKey.h"

namespace puw {

namespace {
bool usesSudo(const Recipe& recipe)
{
    const auto any = [](std::initializer_list<const RecipeCommand*> commands) {
        for (const RecipeCommand* command : commands) {
            if (command->sudo)
                return true;
        }
        return false;
    };
    for (const ServiceSpec& service : recipe.services) {
        if (service.manager != ServiceSpec::Manager::Commands ||
            any({&service.start, &service.stop, &service.disable, &service.enable, &service.status}))
            return true; // systemctl and docker compose need root
    }
    for (const CommandCheckSpec& check : recipe.commandChecks) {
        if (check.command.sudo)
            return true;
    }
    return any({&recipe.migrations.list, &recipe.migrations.apply, &recipe.routing.nginxTest,
                &recipe.routing.nginxReload, &recipe.versionCommand});
}
} // namespace

QStringList PlanCheck::secretPurposes(const Recipe& recipe)
{
    QStringList purposes{SecretPurpose::sshPassword(), SecretPurpose::keyPassphrase()};
    if (usesSudo(recipe))
        purposes.append(SecretPurpose::sudoPassword());
    if (!recipe.database.credential.isEmpty() && !purposes.contains(recipe.database.credential))
        purposes.append(recipe.database.credential);
    return purposes;
}

Expected<UpgradePlan, PlanError> PlanCheck::check(const PlanForm& form, const QString& userRecipeDir)
{
    auto plan = form.check(RecipeCatalogue::availableIds(userRecipeDir));
    if (!plan.ok())
        return plan;
    const auto recipe = RecipeLoader::loadById(plan.value().recipeId, userRecipeDir);
    if (!recipe.ok())
        return recipe.error();
    const auto binding = RecipeBinding::bind(recipe.value(), plan.value(), {});
    if (!binding.ok())
        return binding.error();
    return plan;
}

} // namespace puw
