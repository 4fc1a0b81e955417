#pragma once

#include "plan/PlanError.h"
#include "plan/UpgradePlan.h"
#include "recipes/RecipeBinding.h"
#include "util/Expected.h"

#include <QList>
#include <QMap>
#include <QString>

namespace puw {

struct AnsibleExportOptions {
    int serial = 1;         // cutover.yml's serial: installations per batch
    int maxFailPercent = 0; // cutover.yml's max_fail_percentage
};

// One installation of an export: a plan bound to its recipe, and the plan's file as the admin named it.
struct FleetInstallation {
    UpgradePlan plan;
    RecipeBinding recipe;
    QString planFile;
};

// The files of an Ansible project for a fleet of installations, by path: inventory.yml (one handle per
// installation, AnsibleInventory), the playbooks rehearsal.yml (steps 1 to 6), cutover.yml (7 to 9,
// serial and max_fail_percentage counting installations) and rollback.yml, which include the file of
// their installation, installations/<name>/{rehearsal,cutover,rollback}.yml, ansible.cfg and README.md.
// Each installation's tasks are the commands of the program's dry run of each step for ITS plan
// (StepPreview), in the same order, each step's dry run seeing the session values the earlier ones
// reported, as in a headless dry run. In check mode (ansible-playbook --check) only the commands the
// dry run knows change nothing run; the others, and the acknowledgement stops, print what they would do.
QMap<QString, QString> ansibleProject(const QList<FleetInstallation>& fleet,
                                      const AnsibleExportOptions& options);
// One plan: a fleet of one.
QMap<QString, QString> ansibleProject(const UpgradePlan& plan, const RecipeBinding& recipe,
                                      const AnsibleExportOptions& options, const QString& planFile = {});

// Writes the files into dir (made if missing, and the folders the paths name); returns an empty string
// or the reason, for people.
QString writeAnsibleProject(const QString& dir, const QMap<QString, QString>& files);

// A plan bound to its recipe (the admin's recipes in userRecipeDir first) as an installation of a fleet.
Expected<FleetInstallation, PlanError> fleetInstallation(const UpgradePlan& plan, const QString& planFile,
                                                         const QString& userRecipeDir);
// The plan files an inventory file lists (AnsibleFleet.cpp): a JSON object {"plans": ["a.json", ...]},
// each path absolute or relative to the inventory file's folder, no other key, no file twice. The error
// names the file, the entry ("plans[2]") and the fix.
Expected<QStringList, PlanError> readFleetFile(const QString& inventoryFile);
// The installations of an inventory file, loaded and bound, after those already in before (a plan
// listed twice, or already in before, is refused).
Expected<QList<FleetInstallation>, PlanError> loadFleet(const QString& inventoryFile,
                                                        const QString& userRecipeDir,
                                                        const QList<FleetInstallation>& before = {});
// The summary page's export: the project of one plan written into dir; empty, or the reason for people.
QString exportPlanToAnsible(const UpgradePlan& plan, const QString& planFile, const QString& dir,
                            const QString& userRecipeDir, const AnsibleExportOptions& options = {});

// The README of an export (ExportReadme.cpp).
struct ExportReadmeInstallation {
    QString name; // the inventory name (--limit)
    QString planName;
    QString planFile;
    QMap<QString, QString> secretVariables; // variable -> purpose
    QMap<QString, QString> environment;     // variable -> environment variable the plan names
};
struct ExportReadmeFacts {
    QList<ExportReadmeInstallation> installations;
    QMap<QString, QString> acknowledgements; // variable -> what it stands for
    AnsibleExportOptions options;
};
QString exportReadme(const ExportReadmeFacts& facts);

} // namespace puw
