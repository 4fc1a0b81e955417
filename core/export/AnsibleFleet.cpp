// The installations of an export: plans bound to their recipes, from --plan or from an inventory file
// ({"plans": [...]}), and the summary page's export of the current plan.
#include "AnsibleProject.h"

#include "ExportText.h"
#include "plan/RecipeCatalogue.h"
#include "recipes/RecipeLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace puw {

namespace {
const QString kPlansKey = QStringLiteral("plans");

PlanError fleetError(const QString& file, const QString& field, const QString& problem)
{
    return PlanError{file, field, problem,
                     ExportText::tr("Fix: an inventory of plans is a JSON object {\"plans\": [\"a.json\", "
                                    "\"b.json\"]}, each path absolute or relative to the inventory's "
                                    "folder, each plan once.")};
}
} // namespace

Expected<FleetInstallation, PlanError> fleetInstallation(const UpgradePlan& plan, const QString& planFile,
                                                         const QString& userRecipeDir)
{
    // The playbooks follow the separate-database procedure (the dump, the import, the downtime); a canary's
    // judgement of the proxy's log needs the program itself.
    if (plan.database.shared)
        return PlanError{planFile, QStringLiteral("database.shared"),
                         ExportText::tr("says old and new share one database: the Ansible export writes the "
                                        "separate-database procedure (import, downtime) only."),
                         ExportText::tr("Run this plan with the wizard or with --headless, which leave out "
                                        "the import and the stop and can move users in canary stages.")};
    auto recipe = RecipeLoader::loadById(plan.recipeId, userRecipeDir);
    if (!recipe.ok())
        return recipe.error();
    auto binding = RecipeBinding::bind(recipe.value(), plan, planFile);
    if (!binding.ok())
        return binding.error();
    return FleetInstallation{plan, std::move(binding).value(), planFile};
}

Expected<QStringList, PlanError> readFleetFile(const QString& inventoryFile)
{
    QFile file(inventoryFile);
    if (!file.open(QIODevice::ReadOnly))
        return PlanError{inventoryFile,
                         {},
                         //: %1 the system's reason
                         ExportText::tr("cannot be read: %1.").arg(file.errorString()),
                         ExportText::tr("Check the path and that you may read the file.")};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        //: %1 the parser's reason, %2 the character where it stopped
        return fleetError(inventoryFile, {},
                          ExportText::tr("is not JSON: %1 at character %2.")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    if (!document.isObject())
        return fleetError(inventoryFile, {}, ExportText::tr("is not a JSON object."));
    const QJsonObject object = document.object();
    for (const QString& key : object.keys())
        if (key != kPlansKey)
            return fleetError(inventoryFile, key, ExportText::tr("is not a field of an inventory of plans."));
    const QJsonValue plans = object.value(kPlansKey);
    if (!plans.isArray())
        return fleetError(inventoryFile, kPlansKey,
                          plans.isUndefined() ? ExportText::tr("is missing.")
                                              : ExportText::tr("must be a list of plan files."));
    if (plans.toArray().isEmpty())
        return fleetError(inventoryFile, kPlansKey, ExportText::tr("lists no plan."));
    QStringList paths;
    QStringList absolute;
    const QDir folder = QFileInfo(inventoryFile).absoluteDir();
    for (int i = 0; i < plans.toArray().size(); ++i) {
        const QString field = QStringLiteral("plans[%1]").arg(i);
        const QJsonValue entry = plans.toArray().at(i);
        if (!entry.isString() || entry.toString().trimmed().isEmpty())
            return fleetError(inventoryFile, field, ExportText::tr("must be the path of a plan file."));
        const QString path = QDir::cleanPath(folder.absoluteFilePath(entry.toString()));
        const QString canonical = QFileInfo(path).canonicalFilePath();
        const QString key = canonical.isEmpty() ? path : canonical;
        if (absolute.contains(key))
            //: %1 the path, as the inventory gives it
            return fleetError(inventoryFile, field,
                              ExportText::tr("names %1 a second time.").arg(entry.toString()));
        absolute.append(key);
        paths.append(path);
    }
    return paths;
}

Expected<QList<FleetInstallation>, PlanError>
loadFleet(const QString& inventoryFile, const QString& userRecipeDir, const QList<FleetInstallation>& before)
{
    auto paths = readFleetFile(inventoryFile);
    if (!paths.ok())
        return paths.error();
    QList<FleetInstallation> fleet;
    const QStringList recipes = RecipeCatalogue::availableIds(userRecipeDir);
    for (int i = 0; i < paths.value().size(); ++i) {
        const QString& path = paths.value().at(i);
        for (const FleetInstallation& earlier : before)
            if (QFileInfo(earlier.planFile).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
                return fleetError(inventoryFile, QStringLiteral("plans[%1]").arg(i),
                                  //: %1 a plan file's path
                                  ExportText::tr("names %1, which --plan already gives.").arg(path));
        auto plan = UpgradePlan::load(path, recipes);
        if (!plan.ok())
            return plan.error();
        auto installation = fleetInstallation(plan.value(), path, userRecipeDir);
        if (!installation.ok())
            return installation.error();
        fleet.append(std::move(installation).value());
    }
    return fleet;
}

QString exportPlanToAnsible(const UpgradePlan& plan, const QString& planFile, const QString& dir,
                            const QString& userRecipeDir, const AnsibleExportOptions& options)
{
    auto installation = fleetInstallation(plan, planFile, userRecipeDir);
    if (!installation.ok())
        return installation.error().message();
    return writeAnsibleProject(dir, ansibleProject(QList<FleetInstallation>{installation.value()}, options));
}

} // namespace puw
