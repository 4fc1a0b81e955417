#pragma once

#include "YamlNode.h"
#include "jobs/StepPreview.h"
#include "recipes/Recipe.h"

#include <QSet>
#include <QString>

namespace puw {

class RecipeBinding;
struct UpgradePlan;

// Turns the dry run of one step into Ansible tasks: one task per command the dry run listed, in its
// order, on the host it named (delegate_to the inventory host of that role), with become where the
// program uses sudo and the secret a command reads on stdin from a variable (never in the files). A
// relay (a dump streamed through this program from old to new) becomes: the dump into a temporary file
// on old, fetched to the controller, copied to new, read there by the receiving command. The recipe's
// checks join them: failure patterns, HTTP checks and health waits. What the dry run could not list, or
// what the export cannot reproduce, becomes a task that fails with the reason, unless the admin
// acknowledged it by setting the variable the message names. In check mode only the read-only commands
// (PlannedCommand::readOnly, the proxy's inspection) and checks run (check_mode: false); every other
// task is skipped there, a debug task before it printing the command; an acknowledgement's stop prints
// its reason and the check run goes on.
class AnsibleTasks {
public:
    AnsibleTasks(const UpgradePlan& plan, const RecipeBinding& recipe);

    // A block of the step's tasks, named and tagged with the step's number and key (or "rollback").
    // Check mode: a read-only task runs only while no task before it in the playbook changed anything (it
    // would read what the skipped changes did not make: a database not restored, a service not started);
    // after the first changing task every task is printed. startPlaybook() begins the next playbook.
    YamlNode stepBlock(const StepPreview& preview, const QString& title, bool rollback = false);

    void startPlaybook() { m_changedBefore = false; }

    // The variables the tasks read a secret from (e.g. puw_db_password_new), with their purposes.
    const QMap<QString, QString>& secretVariables() const { return m_secrets; }
    // The acknowledgement variables the tasks name (what the export does not cover), with the reason.
    const QMap<QString, QString>& acknowledgements() const { return m_acks; }

    // The variable a secret of that purpose for that role comes from.
    static QString secretVariable(const QString& purpose, const QString& role);
    // The inventory variable that names the host of a role ("old" -> puw_old).
    static QString hostVariable(const QString& role);

private:
    YamlNode commandTask(const CommandRecord& record, const PlannedCommand& planned);
    void relayTasks(YamlNode& tasks, const StepPreview& preview, const PlannedCommand& source,
                    const PlannedCommand& sink, int index);
    YamlNode failTask(const QString& prefix, const QString& reason, const QString& acknowledgement = {});
    YamlNode stdinFor(const PlannedCommand& planned, YamlNode& vars);
    void checksBefore(YamlNode& tasks, const StepPreview& preview, int commandIndex);
    void appendHttpChecks(YamlNode& tasks, const StepPreview& preview);
    void appendUncovered(YamlNode& tasks, const StepPreview& preview);
    void appendGuards(YamlNode& tasks, const StepPreview& preview);
    QString expandedLine(const RecipeCommand& command, HostRole role) const;
    bool isReadOnly(const PlannedCommand& planned) const;
    // Whether a task of that kind may run in check mode here (read-only, and nothing changed before it).
    bool runsInCheckMode(bool readOnly) const { return readOnly && !m_changedBefore; }
    bool isCommandCheck(const PlannedCommand& planned, QString* contains) const;
    void guardNginx(YamlNode& task, YamlNode& vars, const PlannedCommand& planned) const;

    const UpgradePlan& m_plan;
    const RecipeBinding& m_recipe;
    QMap<QString, QString> m_secrets;
    QMap<QString, QString> m_acks;
    QString m_tag; // the block's "[4 import-backup]" or "[rollback]"
    bool m_rollback = false;
    bool m_changedBefore = false; // a task of this playbook so far may change a host
};

// "[4 import-backup]"
QString stepTag(StepId step);

} // namespace puw
