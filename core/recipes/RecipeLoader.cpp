#include "RecipeLoader.h"

#include "Placeholders.h"
#include "RecipeReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace puw {

namespace {
class RecipeText {
    Q_DECLARE_TR_FUNCTIONS(puw::RecipeLoader)
};

const QStringList kTopKeys{
    QStringLiteral("format"),         QStringLiteral("id"),         QStringLiteral("title"),
    QStringLiteral("description"),    QStringLiteral("variables"),  QStringLiteral("requiredPrograms"),
    QStringLiteral("versionCommand"), QStringLiteral("services"),   QStringLiteral("database"),
    QStringLiteral("config"),         QStringLiteral("migrations"), QStringLiteral("checks"),
    QStringLiteral("logs"),           QStringLiteral("routing"),    QStringLiteral("timeouts"),
    QStringLiteral("versionPattern")};

// Every {{name}} must be a variable of the recipe or a built-in: a typo must not become an empty string.
void checkPlaceholders(RecipeReader& reader, const Recipe& recipe)
{
    for (const auto& [field, text] : reader.templates()) {
        QStringList builtins = builtinPlaceholders();
        if (field == QLatin1String("routing.nginxCanaryUpstream"))
            builtins += canaryPlaceholders();
        for (const QString& name : placeholdersIn(text)) {
            if (recipe.variables.contains(name) || builtins.contains(name))
                continue;
            QStringList known = recipe.variables.keys() + builtins;
            reader.fail(
                field,
                RecipeText::tr("uses {{%1}}, which is neither a variable of this recipe nor a built-in.")
                    .arg(name),
                RecipeText::tr("Declare it under \"variables\", or use one of: %1.")
                    .arg(known.join(QStringLiteral(", "))));
            return;
        }
    }
}
} // namespace

Expected<Recipe, PlanError> RecipeLoader::fromJson(const QByteArray& json, const QString& fileName)
{
    const auto parsed = JsonFieldReader::parseObject(json, fileName, RecipeText::tr("recipe"));
    if (!parsed.ok())
        return parsed.error();
    const QJsonObject root = parsed.value();
    RecipeReader reader(fileName);
    reader.rejectUnknownKeys(root, kTopKeys, {});
    const int format =
        reader.optionalInt(root, QStringLiteral("format"), {}, Recipe::kFormatVersion, 1, 1000);
    if (!reader.failed() && format > Recipe::kFormatVersion)
        reader.fail(QStringLiteral("format"),
                    //: about the recipe's "format" field; %1 its value, a version number
                    RecipeText::tr("is %1, newer than this program understands.").arg(format),
                    RecipeText::tr("Update the Parallel Upgrade Wizard."));

    Recipe recipe;
    recipe.id =
        reader.requiredString(root, QStringLiteral("id"), {}, RecipeText::tr("Give the recipe a short id."));
    recipe.title = reader.requiredString(root, QStringLiteral("title"), {},
                                         RecipeText::tr("Give the application's name."));
    recipe.description = reader.optionalString(root, QStringLiteral("description"), {});
    recipe.variables = reader.variables(root);
    recipe.requiredPrograms = reader.optionalStringList(root, QStringLiteral("requiredPrograms"), {});
    recipe.versionCommand = reader.command(root, QStringLiteral("versionCommand"), {});
    recipe.versionPattern = reader.pattern(root, QStringLiteral("versionPattern"), {});
    if (!reader.failed() && !recipe.versionPattern.isEmpty() && recipe.versionCommand.isEmpty())
        reader.fail(QStringLiteral("versionPattern"), RecipeText::tr("is given without a versionCommand."),
                    RecipeText::tr("Add the command whose output it reads, or remove it."));
    recipe.services = reader.services(root);
    if (!reader.failed() && recipe.services.isEmpty())
        reader.fail(QStringLiteral("services"), RecipeText::tr("is missing or empty."),
                    RecipeText::tr("List at least the application's own service."));
    recipe.database = reader.database(root);

    const QJsonObject config = reader.optionalObject(root, QStringLiteral("config"), {});
    reader.rejectUnknownKeys(config,
                             {QStringLiteral("files"), QStringLiteral("folders"), QStringLiteral("warnings"),
                              QStringLiteral("shippedDefaults")},
                             QStringLiteral("config"));
    recipe.configFiles = reader.templList(config, QStringLiteral("files"), QStringLiteral("config"));
    const QJsonObject defaults =
        reader.optionalObject(config, QStringLiteral("shippedDefaults"), QStringLiteral("config"));
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        const QString field = QStringLiteral("config.shippedDefaults");
        if (!recipe.configFiles.contains(it.key()))
            reader.fail(field + QLatin1Char('.') + it.key(),
                        RecipeText::tr("names a file config.files does not list."),
                        RecipeText::tr("Use the file exactly as config.files writes it."));
        else
            recipe.configDefaults.insert(
                it.key(),
                reader.requiredTempl(defaults, it.key(), field,
                                     RecipeText::tr("Give the path of the shipped default on each host.")));
    }
    recipe.configFolders = reader.templList(config, QStringLiteral("folders"), QStringLiteral("config"));
    recipe.configWarnings =
        reader.optionalStringList(config, QStringLiteral("warnings"), QStringLiteral("config"));

    recipe.migrations = reader.migrations(root);
    reader.checks(root, recipe);
    const QJsonObject logs = reader.optionalObject(root, QStringLiteral("logs"), {});
    reader.rejectUnknownKeys(logs,
                             {QStringLiteral("files"), QStringLiteral("errorPattern"),
                              QStringLiteral("progressPattern"), QStringLiteral("stuck")},
                             QStringLiteral("logs"));
    recipe.logFiles = reader.templList(logs, QStringLiteral("files"), QStringLiteral("logs"));
    recipe.logErrorPattern = reader.pattern(logs, QStringLiteral("errorPattern"), QStringLiteral("logs"));
    recipe.logProgressPattern =
        reader.pattern(logs, QStringLiteral("progressPattern"), QStringLiteral("logs"));
    recipe.logStuck = reader.logStuck(logs);
    recipe.routing = reader.routing(root);
    recipe.timeouts = reader.timeouts(root);

    if (!reader.failed())
        checkPlaceholders(reader, recipe);
    if (reader.failed())
        return reader.error();
    return recipe;
}

Expected<Recipe, PlanError> RecipeLoader::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return PlanError{path,
                         {},
                         RecipeText::tr("cannot be read: %1.").arg(file.errorString()),
                         RecipeText::tr("Check the path and that you may read the file.")};
    return fromJson(file.readAll(), path);
}

QString RecipeLoader::shippedRecipePath(const QString& id)
{
    return QStringLiteral(":/recipes/%1.json").arg(id);
}

Expected<Recipe, PlanError> RecipeLoader::loadById(const QString& id, const QString& userRecipeDir)
{
    QString path =
        userRecipeDir.isEmpty() ? QString() : QDir(userRecipeDir).filePath(id + QStringLiteral(".json"));
    if (path.isEmpty() || !QFileInfo::exists(path))
        path = shippedRecipePath(id);
    if (!QFileInfo::exists(path))
        return PlanError{
            id,
            {},
            RecipeText::tr("is not a known recipe."),
            RecipeText::tr("Add %1.json to %2, or choose a shipped recipe.").arg(id, userRecipeDir)};
    auto recipe = load(path);
    if (recipe.ok() && recipe->id != id)
        return PlanError{path, QStringLiteral("id"),
                         RecipeText::tr("is \"%1\" but the file is named for \"%2\".").arg(recipe->id, id),
                         RecipeText::tr("Make the id and the file name agree.")};
    return recipe;
}

} // namespace puw
