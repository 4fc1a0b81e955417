#include "RecipeCatalogue.h"

#include <QDir>
#include <QFileInfo>

namespace puw::RecipeCatalogue {

QStringList shippedIds()
{
    // Compiled in from resources/recipes/ (see core/recipes/CMakeLists.txt).
    QStringList ids;
    const QFileInfoList files =
        QDir(QStringLiteral(":/recipes")).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo& file : files)
        ids.append(file.completeBaseName());
    return ids;
}

QStringList userIds(const QString& userRecipeDir)
{
    QStringList ids;
    if (userRecipeDir.isEmpty())
        return ids;
    const QFileInfoList files = QDir(userRecipeDir).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo& file : files)
        ids.append(file.completeBaseName());
    return ids;
}

QStringList availableIds(const QString& userRecipeDir)
{
    QStringList ids = shippedIds();
    for (const QString& id : userIds(userRecipeDir)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace puw::RecipeCatalogue
