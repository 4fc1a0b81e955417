#pragma once

#include "plan/UpgradePlan.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace puw {

// What `parallel-upgrade --import-ansible LOG...` was asked to do.
struct AnsibleImportRequest {
    QStringList logs;                // the json callback's output of each run, in the order the runs ran
    QString sessionRoot;             // one session folder per installation under it
    std::optional<UpgradePlan> plan; // the plan the export was made from (--plan), if given
    QString planPath;
    QString reportPath; // empty: report.md in each installation's folder
};

// --import-ansible: reads the logs, writes each installation's session journal (AnsibleImport) and its
// report, and prints one line per installation. Returns an exit code of HeadlessExit: Succeeded when
// every step the runs reached succeeded, StepFailed when one failed (journals and reports are written all
// the same) or a report cannot be written, BadLog for a log that is not the json callback's output,
// NoJournal when a journal cannot be opened or written.
int importAnsible(const AnsibleImportRequest& request);

// Where an installation's report goes: the one asked for (with "-<installation>" before the extension
// when there are several installations), or report.md in its session folder.
QString reportPathFor(const QString& asked, const QString& sessionDir, const QString& installation,
                      bool severalInstallations);

} // namespace puw
