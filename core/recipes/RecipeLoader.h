#pragma once

#include "Recipe.h"
#include "plan/PlanError.h"
#include "util/Expected.h"

#include <QString>

namespace puw {

// Reads and validates recipe files. Every error names the file, the field and the fix; a placeholder that
// is neither a variable of the recipe nor a built-in one is an error at load time.
namespace RecipeLoader {
Expected<Recipe, PlanError> fromJson(const QByteArray& json, const QString& fileName);
Expected<Recipe, PlanError> load(const QString& path);
// A shipped recipe (compiled into the program) or the admin's own <id>.json in userRecipeDir, which wins.
Expected<Recipe, PlanError> loadById(const QString& id, const QString& userRecipeDir);
QString shippedRecipePath(const QString& id); // a Qt resource path
} // namespace RecipeLoader

} // namespace puw
