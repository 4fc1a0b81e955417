#include "AppPaths.h"

#include <QStandardPaths>

namespace puw::AppPaths {

QString defaultSessionDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sessions");
}

QString userRecipeDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/recipes");
}

} // namespace puw::AppPaths
