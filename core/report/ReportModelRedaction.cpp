// ReportModel::redacted: every text of the model through the redactor, field by field.
#include "ReportModel.h"

#include "util/Redactor.h"

namespace puw {

ReportModel ReportModel::redacted(const Redactor& redactor) const
{
    const auto r = [&redactor](QString& text) {
        text = redactor.redact(text);
    };
    ReportModel copy = *this;
    r(copy.planName);
    r(copy.planPath);
    r(copy.recipeId);
    for (ReportHost& host : copy.hosts) {
        r(host.address);
        r(host.fingerprint);
    }
    r(copy.versionOld);
    r(copy.versionNew);
    r(copy.runUser);
    r(copy.runMachine);
    r(copy.programVersion);
    for (StepRecord& step : copy.steps)
        r(step.summary);
    for (QList<ArtefactRecord>* list : {&copy.backups, &copy.hostBackups, &copy.removedHostBackups}) {
        for (ArtefactRecord& backup : *list) {
            r(backup.path);
            r(backup.kind);
            r(backup.sha256);
        }
    }
    for (CheckRecord& check : copy.checks) {
        r(check.name);
        r(check.kind);
        r(check.detail);
    }
    for (ReportRowCount& count : copy.rowCounts)
        r(count.table);
    for (ReportConfigFile& file : copy.configFiles) {
        r(file.path);
        r(file.sha256);
        r(file.merge);
    }
    for (QString& name : copy.migrations)
        r(name);
    for (CommandRecord& command : copy.commands) {
        r(command.host);
        r(command.command);
        r(command.output);
    }
    for (QList<QString>* list : {&copy.problems, &copy.importedFrom, &copy.importNotes}) {
        for (QString& text : *list)
            r(text);
    }
    return copy;
}

} // namespace puw
