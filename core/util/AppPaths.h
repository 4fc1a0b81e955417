#pragma once

#include <QString>

namespace puw {

// Where the program keeps its files, following the platform's conventions (XDG on Linux).
namespace AppPaths {
QString defaultSessionDir(); // the journal and local backups
QString userRecipeDir();     // recipes an admin adds
} // namespace AppPaths

} // namespace puw
