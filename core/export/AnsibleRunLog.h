#pragma once

#include "steps/StepCatalogue.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace puw {

// What one task did on one installation (a host of the play, the group puw_installations), as the json
// callback of ansible-playbook reported it.
struct AnsibleTaskResult {
    QString installation;       // the inventory host the play ran on
    QString name;               // the task's name, "[4 import-backup] new: ..."
    std::optional<StepId> step; // from the name's tag; empty for "[rollback]" and untagged tasks
    bool rollback = false;      // tagged "[rollback]"
    QString role;               // "old", "new" or "proxy" when the name says it ("[4 ...] new: ..."), else ""
    QString action;             // ansible.builtin.shell, ansible.builtin.uri, ...
    QDateTime startedAt;        // the task's start and end (UTC), as the callback timed it
    QDateTime endedAt;
    bool failed = false; // failed or unreachable
    bool unreachable = false;
    bool skipped = false;
    bool hidden = false;    // no_log: nothing of it may be shown
    bool readInput = false; // the command was given a standard input (where the export puts secrets)
    QString command;        // the command line as run (cmd), empty for modules without one
    int exitCode = -1;      // rc, -1 when there is none
    int httpStatus = -1;    // a uri task's status
    QString message;        // msg (a skipped task's skip_reason)
    QString standardOutput;
    QString standardError;

    bool isTagged() const { return step.has_value() || rollback; }
};

// One ansible-playbook run read from its JSON output (ANSIBLE_STDOUT_CALLBACK=json): every task result
// per installation, in the order the run reported them. The standard input given to tasks (where the
// export passes secrets, first line) is kept apart, only so that it can be redacted wherever it shows;
// it is never part of a task result.
class AnsibleRunLog {
public:
    // Reads a file; the error names the file, what is wrong with it and how to get a good one.
    static Expected<AnsibleRunLog, QString> read(const QString& path);
    // The same from the file's content; path only names it in errors.
    static Expected<AnsibleRunLog, QString> parse(const QByteArray& content, const QString& path);

    const QString& path() const { return m_path; }
    const QList<AnsibleTaskResult>& results() const { return m_results; }
    // The installations, in the order they first appear.
    const QStringList& installations() const { return m_installations; }
    // The first lines of the standard inputs tasks were given: secrets, for the redactor only.
    const QStringList& inputSecrets() const { return m_inputSecrets; }

private:
    QString m_path;
    QList<AnsibleTaskResult> m_results;
    QStringList m_installations;
    QStringList m_inputSecrets;
};

// "[4 import-backup] new: pg_restore ..." -> step 4, role "new"; "[rollback] ..." -> rollback.
void readTaskTag(const QString& name, AnsibleTaskResult& result);

} // namespace puw
