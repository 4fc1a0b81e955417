#pragma once

#include "util/Expected.h"

#include <QMap>
#include <QString>

namespace puw {

class RecipeBinding;
struct UpgradePlan;

struct AnsibleExportOptions {
    int serial = 1;         // cutover.yml's serial: installations per batch
    int maxFailPercent = 0; // cutover.yml's max_fail_percentage
};

// The files of an Ansible project for one plan, by name: inventory.yml, rehearsal.yml (steps 1 to 6),
// cutover.yml (7 to 9), rollback.yml, ansible.cfg and README.md. Their tasks are the commands of the
// program's dry run of each step for this plan (StepPreview), in the same order, each step's dry run
// seeing the session values the earlier ones reported, as in a headless dry run.
QMap<QString, QString> ansibleProject(const UpgradePlan& plan, const RecipeBinding& recipe,
                                      const AnsibleExportOptions& options);

// Writes the files into dir (made if missing); returns an empty string or the reason, for people.
QString writeAnsibleProject(const QString& dir, const QMap<QString, QString>& files);

// The README of an export (ExportReadme.cpp).
struct ExportReadmeFacts {
    QString planName;
    QString installation;
    QMap<QString, QString> secretVariables;  // variable -> purpose
    QMap<QString, QString> environment;      // variable -> environment variable the plan names
    QMap<QString, QString> acknowledgements; // variable -> what it stands for
    AnsibleExportOptions options;
};
QString exportReadme(const ExportReadmeFacts& facts);

} // namespace puw
