// The report's first part: title, header, checklist, downtime and timeline.
#include "ReportDocument.h"
#include "ReportModel.h"
#include "ReportText.h"

namespace puw {

namespace {

using namespace ReportText;

QString orNotRecorded(const QString& text)
{
    return text.isEmpty() ? notRecorded() : oneLine(text);
}

QString hostLabel(const QString& role)
{
    if (role == QLatin1String("old"))
        return Report::tr("Old host");
    if (role == QLatin1String("new"))
        return Report::tr("New host");
    return Report::tr("Proxy host");
}

void appendHeader(ReportDocument& doc, const ReportModel& model)
{
    const QString application = model.planName.isEmpty() ? model.recipeId : model.planName;
    doc.append(ReportBlock(ReportBlock::Kind::Title,
                           Report::tr("Parallel upgrade report: %1").arg(oneLine(application, 120))));
    if (!model.finishedAt.isValid())
        doc.append(ReportBlock(ReportBlock::Kind::Paragraph,
                               Report::tr("This upgrade was not finished when the report was made (%1).")
                                   .arg(dateTime(model.generatedAt)))
                       .setEmphasis(true));

    ReportBlock fields = ReportBlock(ReportBlock::Kind::Fields);
    fields.rows.append({Report::tr("Application"), orNotRecorded(model.planName)});
    fields.rows.append({Report::tr("Recipe"), orNotRecorded(model.recipeId)});
    fields.rows.append({Report::tr("Procedure"), orNotRecorded(model.procedure)});
    fields.rows.append({Report::tr("Data moved by"), orNotRecorded(model.dataMove)});
    for (const ReportHost& host : model.hosts) {
        const QString key = host.fingerprint.isEmpty()
                                ? Report::tr("host key not recorded")
                                : Report::tr("host key %1").arg(oneLine(host.fingerprint));
        fields.rows.append(
            {hostLabel(host.role), Report::tr("%1 (%2)").arg(orNotRecorded(host.address), key)});
    }
    fields.rows.append({Report::tr("Version before"), orNotRecorded(model.versionOld)});
    fields.rows.append({Report::tr("Version after"), orNotRecorded(model.versionNew)});
    const QString who =
        model.runUser.isEmpty() && model.runMachine.isEmpty()
            ? notRecorded()
            : Report::tr("%1 on %2").arg(orNotRecorded(model.runUser), orNotRecorded(model.runMachine));
    fields.rows.append({Report::tr("Run by"), who});
    fields.rows.append({Report::tr("Started"), dateTime(model.startedAt)});
    fields.rows.append({Report::tr("Finished"), model.finishedAt.isValid() ? dateTime(model.finishedAt)
                                                                           : Report::tr("not finished")});
    fields.rows.append({Report::tr("Program version"), orNotRecorded(model.programVersion)});
    fields.rows.append({Report::tr("Plan file"), orNotRecorded(model.planPath)});
    doc.append(fields);
    if (!model.importedFrom.isEmpty())
        //: %1 the names of the Ansible logs, e.g. "rehearsal.json, cutover.json"
        doc.append(
            ReportBlock(ReportBlock::Kind::Paragraph,
                        Report::tr("Read from an Ansible run (%1) by parallel-upgrade --import-ansible: "
                                   "the steps' times are those of their tasks as Ansible reported them.")
                            .arg(oneLine(model.importedFrom.join(QStringLiteral(", "))))));
}

// What an Ansible run did not do that the program does: said, never shown as a check.
void appendImportNotes(ReportDocument& doc, const ReportModel& model)
{
    if (model.importNotes.isEmpty())
        return;
    doc.append(ReportBlock(ReportBlock::Kind::Heading, Report::tr("What the Ansible run did not do")));
    ReportBlock list = ReportBlock(ReportBlock::Kind::Bullets);
    for (const QString& note : model.importNotes)
        list.rows.append({oneLine(note, 400)});
    doc.append(list);
}

QString stepDetail(const StepRecord& step, const QDate& day)
{
    const QString result = step.summary.isEmpty() ? QString() : oneLine(step.summary, 200);
    switch (step.state) {
    case StepState::Pending:
        return Report::tr("Not started.");
    case StepState::Skipped:
        return result.isEmpty() ? Report::tr("Skipped at %1.").arg(timeOfDay(step.endedAt, day))
                                : Report::tr("Skipped at %1: %2").arg(timeOfDay(step.endedAt, day), result);
    default:
        break;
    }
    QString detail = Report::tr("Start %1, end %2, duration %3.")
                         .arg(timeOfDay(step.startedAt, day), timeOfDay(step.endedAt, day),
                              step.durationMs() >= 0 ? duration(step.durationMs()) : QStringLiteral("—"));
    if (step.attempts > 1)
        detail += QLatin1Char(' ') + Report::tr("%n attempt(s).", nullptr, step.attempts);
    if (!result.isEmpty())
        detail += QLatin1Char(' ') + Report::tr("Result: %1").arg(result);
    return detail;
}

void appendChecklist(ReportDocument& doc, const ReportModel& model)
{
    doc.append(ReportBlock(ReportBlock::Kind::Heading,
                           Report::tr("Checklist (times in UTC, %1)")
                               .arg(model.startedAt.toUTC().date().toString(Qt::ISODate))));
    ReportBlock list = ReportBlock(ReportBlock::Kind::Checklist);
    const QDate day = model.startedAt.toUTC().date();
    for (const StepRecord& step : model.steps) {
        QString title = Report::tr("%1. %2").arg(stepNumber(step.step)).arg(stepTitle(step.step));
        if (step.step == StepId::FinalSync)
            title += QLatin1Char(' ') + Report::tr("(steps 3 to 6 again, during the cutover)");
        list.items.append(
            {step.state == StepState::Done, title, stepStateLabel(step.state), stepDetail(step, day)});
    }
    doc.append(list);
}

void appendDowntime(ReportDocument& doc, const ReportModel& model)
{
    doc.append(ReportBlock(ReportBlock::Kind::Heading, Report::tr("Downtime")));
    ReportBlock fields = ReportBlock(ReportBlock::Kind::Fields);
    fields.rows.append({Report::tr("Predicted by the rehearsal"), duration(model.downtime.predictedMs)});
    const qint64 measured = model.downtime.measuredMs();
    QString measuredText;
    if (measured >= 0)
        measuredText = Report::tr("%1 (from %2 to %3)")
                           .arg(duration(measured), dateTime(model.downtime.startedAt),
                                dateTime(model.downtime.endedAt));
    else if (model.downtime.startedAt.isValid())
        measuredText = Report::tr("began %1 and had not ended when the report was made")
                           .arg(dateTime(model.downtime.startedAt));
    else
        measuredText = Report::tr("none: the servers were not stopped");
    fields.rows.append({Report::tr("Measured"), measuredText});
    if (measured >= 0 && model.downtime.predictedMs >= 0) {
        const qint64 difference = measured - model.downtime.predictedMs;
        fields.rows.append({Report::tr("Difference"),
                            difference >= 0 ? Report::tr("%1 longer").arg(duration(difference))
                                            : Report::tr("%1 shorter").arg(duration(-difference))});
    }
    if (!model.downtime.predictedParts.isEmpty())
        fields.rows.append(
            {Report::tr("Predicted parts"), Downtime::describeParts(model.downtime.predictedParts)});
    if (!model.downtime.measuredParts.isEmpty())
        fields.rows.append(
            {Report::tr("Measured parts"), Downtime::describeParts(model.downtime.measuredParts)});
    doc.append(fields);
    if (model.downtime.fromStepTimes)
        doc.append(
            ReportBlock(ReportBlock::Kind::Paragraph,
                        Report::tr("No downtime clock was recorded; the start of step 7 and the end of "
                                   "step 9 stand in for it.")));
}

} // namespace

ReportDocument buildReportDocument(const ReportModel& model)
{
    ReportDocument doc;
    appendHeader(doc, model);
    appendChecklist(doc, model);
    appendImportNotes(doc, model);
    appendDowntime(doc, model);
    doc.append(ReportBlock(ReportBlock::Kind::Timeline,
                           Report::tr("Timeline: one bar per step, rehearsal and cutover, downtime shaded")));
    ReportSections::appendBackups(doc, model);
    ReportSections::appendHostBackups(doc, model);
    ReportSections::appendPreview(doc, model);
    ReportSections::appendCanary(doc, model);
    ReportSections::appendChecks(doc, model);
    ReportSections::appendData(doc, model);
    if (!model.problems.isEmpty()) {
        doc.append(ReportBlock(ReportBlock::Kind::Heading, Report::tr("Problems with the journal")));
        ReportBlock list = ReportBlock(ReportBlock::Kind::Bullets);
        for (const QString& problem : model.problems)
            list.rows.append({oneLine(problem)});
        doc.append(list);
    }
    ReportSections::appendCommands(doc, model);
    return doc;
}

} // namespace puw
