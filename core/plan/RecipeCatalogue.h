#pragma once

#include <QString>
#include <QStringList>

namespace puw {

// Which recipes a plan may name: the ones shipped with the program and those the admin added
// as <id>.json in the user recipe folder.
namespace RecipeCatalogue {
QStringList shippedIds();
QStringList userIds(const QString& userRecipeDir);
QStringList availableIds(const QString& userRecipeDir);
} // namespace RecipeCatalogue

} // namespace puw
