#pragma once

#include "AnsibleRunLog.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace puw {

class Journal;

// What the import knows besides the logs: the plan the export was made from, when given (--plan).
struct AnsibleImportPlan {
    QString planPath;     // empty without --plan
    QByteArray planJson;  // the plan as the session records it; empty: {"name": installation}
    QString recipeId;     // empty without a plan
    QString installation; // the inventory name of the plan's installation (AnsibleInventory)
};

// What was journaled for one installation.
struct AnsibleImportOutcome {
    qint64 sessionId = 0;
    int stepsDone = 0;    // steps the journal holds as done once all the logs are in
    int stepsFailed = 0;  // and as failed
    QString journalError; // the journal refused a write (names what); empty when all went in
};

// Turns the results of one installation, from one or more Ansible runs in the order they ran, into one
// session of a journal, through the journal's own API and transition rules: each step the run reached
// goes pending -> running -> done, failed (a task failed: its name and message are the summary) or
// skipped (every task skipped), timed by its tasks; the commands go in with their exit codes and, unless
// the command was given a standard input (a secret) or no_log, their output; uri tasks become checks; row
// counts printed by the count tasks ("puw-count" lines) are read with the database code's parser. What the
// export does not do and the operator acknowledged (the puw_ack_* variables, whose fail task was skipped)
// is written as a note (import.notes) and said in the step's summary, never shown as a check. A rollback
// that succeeded resets steps 7 to 9 as the program's own rollback does. Secrets: the redactor of the
// journal must know the logs' input secrets (AnsibleRunLog::inputSecrets) before this is called.
class AnsibleImport {
public:
    static AnsibleImportOutcome journal(Journal& journal, const QString& installation,
                                        const QList<AnsibleRunLog>& logs, const AnsibleImportPlan& plan);

    // The session folder of an installation under root: root/<installation> (a name safe as a folder).
    static QString sessionDirFor(const QString& root, const QString& installation);
    // The sentence for an acknowledged part of the export (puw_ack_row_counts, ...).
    static QString acknowledgedPart(const QString& variable);
};

} // namespace puw
