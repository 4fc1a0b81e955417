#pragma once

#include "journal/Downtime.h"
#include "journal/JournalRecords.h"
#include "routing/CanaryRecord.h"
#include "util/Expected.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace puw {

class Journal;
class Redactor;

// One host of the upgrade as the report names it.
struct ReportHost {
    QString role;        // "old", "new" or "proxy"
    QString address;     // user@address:port as the plan gives it
    QString fingerprint; // "ED25519 SHA256:..." or empty when not recorded
};

struct ReportRowCount {
    QString table;
    qint64 oldCount = -1; // -1: not counted on that side
    qint64 newCount = -1;
    QString oldChecksum; // the content checksums (empty: none computed on that side)
    QString newChecksum;
};

struct ReportConfigFile {
    QString path;
    QString sha256;
    QString merge; // what step 2's merge carried, kept and added (setting names, never values)
};

// Everything the report shows about one session, read once from the journal. Plain values: the
// exporters never touch the journal, so a report can be exported from any thread.
struct ReportModel {
    qint64 sessionId = 0;
    QString planName;
    QString planPath;
    QString recipeId;
    QString procedure; // the plan's procedure, translated (plan/Procedure.h)
    QString dataMove;  // how the data reached new at cutover (database.sync and what became of it)
    QList<ReportHost> hosts;
    QString versionOld;
    QString versionNew;
    QString runUser;
    QString runMachine;
    QString programVersion;
    QDateTime startedAt;  // the session's creation
    QDateTime finishedAt; // null: the upgrade was not finished when the report was made
    QDateTime generatedAt;

    QList<StepRecord> steps; // all ten, in checklist order

    Downtime downtime; // predicted and measured, with their parts (journal/Downtime.h)

    QList<ArtefactRecord> backups;            // kind "backup", local copies
    QList<ArtefactRecord> hostBackups;        // dumps recorded on a host ("new:PATH"): what is left to remove
    QList<ArtefactRecord> removedHostBackups; // the dumps the program removed from the hosts since
    QList<CheckRecord> checks;
    QList<ReportRowCount> rowCounts;
    QList<ReportConfigFile> configFiles;
    QStringList migrations;
    QList<CanaryStageRecord> canaryStages; // step 9's stages, when it moved users in stages
    // The testers' preview before step 9 (route.preview): where, and when it was open (closedAt null: it
    // was still open when the report was made; openedAt null: never opened).
    QString previewUrl;
    QDateTime previewOpenedAt;
    QDateTime previewClosedAt;
    QList<CommandRecord> commands;
    QStringList problems; // values the journal holds but the report could not read
    // A session read from an Ansible run (--import-ansible): the logs' names, and what the run did not do
    // (acknowledged by the operator) or did otherwise. Empty for the program's own runs.
    QStringList importedFrom;
    QStringList importNotes;

    // Reads the session; the error names the session and the journal file.
    static Expected<ReportModel, QString> fromJournal(const Journal& journal, qint64 sessionId);

    const StepRecord& step(StepId id) const { return steps.at(stepNumber(id) - 1); }

    // The same model with every text passed through the redactor (defence in depth: the journal
    // redacts when it stores, the exporter redacts again with what it knows now).
    ReportModel redacted(const Redactor& redactor) const;
};

} // namespace puw
