#pragma once

#include "UpgradePlan.h"

#include <QString>
#include <QStringList>

namespace puw {

// Saves a plan file that UpgradePlan::load reads back equal, or writes nothing. The plan is checked with
// the loader's own rules first (so a file the wizard wrote always loads), a secretEnvironment value
// must be a variable's name (never a pasted secret), and the write is atomic (QSaveFile): a crash or a
// full disk leaves the previous file as it was.
namespace PlanWriter {
// An empty string, or the reason nothing was written (file, field and fix).
QString write(const UpgradePlan& plan, const QString& path, const QStringList& knownRecipes);
} // namespace PlanWriter

} // namespace puw
