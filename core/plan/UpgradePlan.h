#pragma once

#include "DatabasePlan.h"
#include "HostSpec.h"
#include "PlanError.h"
#include "RouteSpec.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace puw {

// What the admin decided: which application (recipe), which hosts, how users are routed, and the
// recipe's variables. Saved as JSON. A plan never holds a secret: the loader refuses one.
struct UpgradePlan {
    static constexpr int kFormatVersion = 1;

    QString name;
    QString recipeId;
    HostSpec oldHost;
    HostSpec newHost;
    RouteSpec route;
    QString knownHostsFile;                   // empty: the user's ~/.ssh/known_hosts
    QMap<QString, QString> variables;         // recipe variables: database name, service name, paths...
    QMap<QString, QString> secretEnvironment; // secret purpose -> environment variable, for headless runs
    DatabasePlan database;                    // per-host database access, the downgrade allowance
    QString oldBackupDir;                     // "backupDir" of old and new: where dumps go there (empty:
    QString newBackupDir;                     // the default of jobs/shared/BackupFolder.h)
    QString configConflicts; // step 2: "old" or "new" wins a merge conflict nobody chose; empty: it fails

    bool operator==(const UpgradePlan&) const = default;

    // knownRecipes: the ids a plan may name (shipped and the admin's own).
    static Expected<UpgradePlan, PlanError> fromJson(const QByteArray& json, const QString& fileName,
                                                     const QStringList& knownRecipes);
    static Expected<UpgradePlan, PlanError> load(const QString& path, const QStringList& knownRecipes);

    QByteArray toJson() const;
    // Writes atomically (a crash never leaves half a plan). Returns an empty string or the reason.
    QString save(const QString& path) const;
};

} // namespace puw
