// An Ansible run's results for one installation, journaled as a session of the program's own.
#include "AnsibleImport.h"

#include "ExportText.h"
#include "database/DatabaseOutput.h"
#include "journal/Journal.h"
#include "journal/SessionValues.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace puw {

namespace {

QString compact(const QJsonDocument& document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

// The results of one step (or of the rollback) as they ran one after another.
struct StepRun {
    std::optional<StepId> step;
    bool rollback = false;
    QList<AnsibleTaskResult> results;
};

QList<StepRun> stepRuns(const QString& installation, const QList<AnsibleRunLog>& logs)
{
    QList<StepRun> runs;
    for (const AnsibleRunLog& log : logs) {
        for (const AnsibleTaskResult& result : log.results()) {
            if (result.installation != installation || !result.isTagged())
                continue;
            if (runs.isEmpty() || runs.last().step != result.step || runs.last().rollback != result.rollback)
                runs.append({result.step, result.rollback, {}});
            runs.last().results.append(result);
        }
    }
    return runs;
}

// The acknowledgement a skipped "not covered by the export (puw_ack_...)" task stood for.
QString acknowledgementOf(const AnsibleTaskResult& result)
{
    static const QRegularExpression pattern(
        QStringLiteral("not covered by the export(?: \\((puw_ack_[a-z0-9_]+)\\))?$"));
    const QRegularExpressionMatch match = pattern.match(result.name);
    if (!match.hasMatch() || !result.skipped || result.action != QLatin1String("ansible.builtin.fail"))
        return {};
    return match.captured(1).isEmpty() ? QStringLiteral("?") : match.captured(1);
}

// Why a task failed, for the step's summary: its message and, unless its output may not be kept, the
// first error line of its standard error.
QString failureReason(const AnsibleTaskResult& result)
{
    QString reason = result.message.trimmed();
    if (result.hidden)
        return ExportText::tr("the task's output is hidden (no_log)");
    if (!result.readInput) {
        const QString line = detail::firstErrorLine(result.standardError).trimmed();
        if (!line.isEmpty() && !reason.contains(line))
            reason = reason.isEmpty() ? line : reason + QStringLiteral(": ") + line;
    }
    if (result.exitCode >= 0)
        //: %1 why a task failed, %2 the command's exit code
        reason = ExportText::tr("%1 (exit %2)").arg(reason).arg(result.exitCode);
    return reason;
}

QString taskTitle(const AnsibleTaskResult& result)
{
    return result.name.section(QLatin1Char(']'), 1).trimmed();
}

class SessionWriter {
public:
    SessionWriter(Journal& journal, qint64 session) : m_journal(journal), m_session(session) {}

    void check(bool ok, AnsibleImportOutcome& outcome) const
    {
        if (!ok && outcome.journalError.isEmpty())
            outcome.journalError = m_journal.lastError();
    }

    void record(StepId step, const AnsibleTaskResult& result, AnsibleImportOutcome& outcome)
    {
        if (!result.command.isEmpty() && !result.skipped) {
            CommandRecord command;
            command.step = step;
            command.host = result.role.isEmpty() ? QStringLiteral("local") : result.role;
            command.command = result.command;
            command.exitCode = result.exitCode;
            command.startedAt = result.startedAt;
            command.endedAt = result.endedAt;
            // A command given a standard input read a secret there (or data): its output is not kept.
            command.output =
                result.hidden || result.readInput
                    ? ExportText::tr("(output not kept: this command was given a standard input, where "
                                     "the export passes secrets)")
                    : result.standardOutput + (result.standardError.isEmpty()
                                                   ? QString()
                                                   : QLatin1Char('\n') + result.standardError);
            check(m_journal.recordCommand(m_session, command) > 0, outcome);
        }
        if (result.action.endsWith(QLatin1String("uri")) && !result.skipped) {
            CheckRecord check;
            check.step = step;
            check.name = taskTitle(result);
            check.kind = QStringLiteral("http");
            check.passed = !result.failed;
            check.detail =
                result.httpStatus >= 0 ? ExportText::tr("HTTP %1").arg(result.httpStatus) : result.message;
            if (result.failed && !result.message.isEmpty() && result.httpStatus >= 0)
                check.detail += QStringLiteral(": ") + result.message;
            check.checkedAt = result.endedAt;
            this->check(m_journal.recordCheck(m_session, check) > 0, outcome);
        }
        readCounts(result, outcome);
    }

    // The count tasks print "puw-count" lines: data read from the hosts, kept as the program keeps it.
    void readCounts(const AnsibleTaskResult& result, AnsibleImportOutcome& outcome)
    {
        if (result.failed || result.hidden ||
            (result.role != QLatin1String("old") && result.role != QLatin1String("new")) ||
            !result.standardOutput.contains(QLatin1String("puw-end")))
            return;
        TableChecksums sums;
        const auto counts = detail::parseCountLines(result.standardOutput, &sums);
        if (!counts.ok() || counts.value().isEmpty())
            return;
        QJsonObject countObject;
        for (auto it = counts.value().begin(); it != counts.value().end(); ++it)
            countObject.insert(it.key(), double(it.value()));
        QJsonObject sumObject;
        for (auto it = sums.begin(); it != sums.end(); ++it)
            sumObject.insert(it.key(), it.value());
        const bool old = result.role == QLatin1String("old");
        check(m_journal.setValue(m_session, old ? SessionKey::kRowCountsOld : SessionKey::kRowCountsNew,
                                 compact(QJsonDocument(countObject))),
              outcome);
        check(m_journal.setValue(m_session, old ? SessionKey::kChecksumsOld : SessionKey::kChecksumsNew,
                                 sumObject.isEmpty() ? QString() : compact(QJsonDocument(sumObject))),
              outcome);
        m_countsRead = true;
    }

    bool countsRead() const { return m_countsRead; }

private:
    Journal& m_journal;
    qint64 m_session;
    bool m_countsRead = false;
};

} // namespace

QString AnsibleImport::sessionDirFor(const QString& root, const QString& installation)
{
    QString name = installation;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QLatin1Char('_'));
    return QDir(root).filePath(name);
}

AnsibleImportOutcome AnsibleImport::journal(Journal& journal, const QString& installation,
                                            const QList<AnsibleRunLog>& logs, const AnsibleImportPlan& plan)
{
    AnsibleImportOutcome outcome;
    const QList<StepRun> runs = stepRuns(installation, logs);
    if (runs.isEmpty())
        return outcome;
    const bool withPlan = !plan.planJson.isEmpty() && plan.installation == installation;
    const QByteArray planJson = withPlan ? plan.planJson
                                         : QJsonDocument(QJsonObject{{QStringLiteral("name"), installation}})
                                               .toJson(QJsonDocument::Compact);
    const qint64 session =
        journal.createSession(withPlan ? plan.planPath : QString(), planJson,
                              withPlan ? plan.recipeId : QString(), runs.first().results.first().startedAt);
    if (session <= 0) {
        outcome.journalError = journal.lastError();
        return outcome;
    }
    outcome.sessionId = session;
    SessionWriter writer(journal, session);
    QJsonArray sources;
    for (const AnsibleRunLog& log : logs)
        sources.append(QFileInfo(log.path()).fileName());
    writer.check(journal.setValue(session, SessionKey::kImportedFrom, compact(QJsonDocument(sources))),
                 outcome);

    QStringList notes;
    for (const StepRun& run : runs) {
        QDateTime start = run.results.first().startedAt;
        QDateTime end = start;
        int skipped = 0;
        const AnsibleTaskResult* failed = nullptr;
        QStringList acknowledged;
        QStringList skippedTasks;
        for (const AnsibleTaskResult& result : run.results) {
            start = std::min(start, result.startedAt);
            end = std::max(end, result.endedAt);
            skipped += result.skipped ? 1 : 0;
            if (result.failed && !failed)
                failed = &result;
            if (const QString ack = acknowledgementOf(result); !ack.isEmpty())
                acknowledged.append(acknowledgedPart(ack));
            else if (result.skipped && !run.rollback)
                //: %1 a step's number, %2 a task's name, %3 Ansible's reason, e.g. "Conditional result was
                //: False"
                skippedTasks.append(ExportText::tr("Step %1: the task \"%2\" was skipped (%3).")
                                        .arg(stepNumber(*run.step))
                                        .arg(result.name, result.message));
        }
        const StepId step = run.rollback ? StepId::StopBoth : *run.step;
        if (run.rollback) {
            for (const AnsibleTaskResult& result : run.results)
                writer.record(step, result, outcome);
            if (failed) {
                //: %1 the failed task's name, %2 why it failed
                notes.append(ExportText::tr("The rollback failed: task \"%1\": %2")
                                 .arg(failed->name, failureReason(*failed)));
                continue;
            }
            // As the program's rollback: the cutover can be tried again, from step 7.
            for (StepId again : {StepId::StopBoth, StepId::FinalSync, StepId::RouteTraffic})
                writer.check(journal.setStepState(session, again, StepState::Pending, {}, end), outcome);
            writer.check(journal.setValue(session, SessionKey::kRollbackAt, end.toString(Qt::ISODateWithMs)),
                         outcome);
            writer.check(journal.setValue(session, SessionKey::kRouteSwitched, QString()), outcome);
            notes.append(ExportText::tr("The rollback (rollback.yml) put the old installation back into "
                                        "service at %1 UTC.")
                             .arg(end.toString(Qt::ISODate)));
            continue;
        }
        if (skipped == run.results.size()) {
            // Nothing ran: skipped, unless the step was done before (a second run skipping it keeps that).
            if (isAllowedTransition(journal.step(session, step).state, StepState::Skipped))
                writer.check(journal.setStepState(session, step, StepState::Skipped,
                                                  ExportText::tr("Every task of this step was skipped by "
                                                                 "the Ansible run."),
                                                  end),
                             outcome);
            continue;
        }
        writer.check(journal.setStepState(session, step, StepState::Running, {}, start), outcome);
        for (const AnsibleTaskResult& result : run.results)
            writer.record(step, result, outcome);
        for (const QString& sentence : acknowledged)
            notes.append(ExportText::tr("Step %1: %2").arg(stepNumber(step)).arg(sentence));
        notes.append(skippedTasks);
        QString summary;
        if (failed) {
            //: %1 the failed task's name, %2 why it failed
            summary = ExportText::tr("Task \"%1\" failed: %2").arg(failed->name, failureReason(*failed));
        } else {
            //: a step's summary after an Ansible run: %n tasks ran, %1 of them were skipped
            summary =
                ExportText::tr("Run by Ansible: %n task(s), %1 skipped.", nullptr, int(run.results.size()))
                    .arg(skipped);
        }
        if (!acknowledged.isEmpty())
            summary += QLatin1Char(' ') + acknowledged.join(QLatin1Char(' '));
        writer.check(
            journal.setStepState(session, step, failed ? StepState::Failed : StepState::Done, summary, end),
            outcome);
    }
    if (writer.countsRead())
        notes.append(ExportText::tr("Row counts and checksums: printed by the count tasks of the Ansible run "
                                    "and read back by parallel-upgrade; the Ansible run did not compare "
                                    "them."));
    QJsonArray noteArray;
    for (const QString& note : notes)
        noteArray.append(note);
    writer.check(journal.setValue(session, SessionKey::kImportNotes, compact(QJsonDocument(noteArray))),
                 outcome);
    // What the journal holds in the end (a step run again in a later log counts once, as it ended).
    for (const StepRecord& record : journal.steps(session)) {
        outcome.stepsDone += record.state == StepState::Done ? 1 : 0;
        outcome.stepsFailed += record.state == StepState::Failed ? 1 : 0;
    }
    const StepRecord last = journal.step(session, StepId::RouteTraffic);
    if (last.state == StepState::Done)
        writer.check(journal.finishSession(session, last.endedAt), outcome);
    return outcome;
}

} // namespace puw
