// The report's sections after the timeline: backups (local and left on the hosts), checks, data and the
// command appendix.
#include "ReportDocument.h"
#include "ReportModel.h"
#include "ReportText.h"
#include "remote/ShellQuote.h"

#include <QLocale>

namespace puw::ReportSections {

using namespace ReportText;

namespace {

QString count(qint64 value)
{
    return value < 0 ? QStringLiteral("—") : QLocale().toString(value);
}

} // namespace

void appendBackups(ReportDocument& doc, const ReportModel& model)
{
    doc.append(ReportBlock(ReportBlock::Kind::Heading, Report::tr("Backups")));
    if (model.backups.isEmpty()) {
        doc.append(ReportBlock(ReportBlock::Kind::Paragraph, Report::tr("No backup was recorded.")));
        return;
    }
    for (const ArtefactRecord& backup : model.backups) {
        doc.append(ReportBlock(ReportBlock::Kind::Heading, Report::tr("Backup of step %1, %2")
                                                               .arg(stepNumber(backup.step))
                                                               .arg(dateTime(backup.createdAt)))
                       .setLevel(3));
        if (!backup.complete)
            doc.append(
                ReportBlock(ReportBlock::Kind::Paragraph,
                            Report::tr("PARTIAL: this backup ended early. It is kept for diagnosis and "
                                       "must never be restored."))
                    .setEmphasis(true));
        ReportBlock fields = ReportBlock(ReportBlock::Kind::Fields);
        fields.rows.append({Report::tr("Local copy"), oneLine(backup.path)});
        fields.rows.append({Report::tr("Size"), bytes(backup.sizeBytes)});
        fields.rows.append(
            {Report::tr("SHA-256"), backup.sha256.isEmpty() ? notRecorded() : oneLine(backup.sha256)});
        fields.rows.append(
            {Report::tr("Complete"), backup.complete ? Report::tr("yes") : Report::tr("no (partial)")});
        doc.append(fields);
    }
}

namespace {
// The dumps the admin had the program remove (the summary page's Remove button, or --remove-host-backups).
void appendRemovedHostBackups(ReportDocument& doc, const ReportModel& model)
{
    if (model.removedHostBackups.isEmpty())
        return;
    ReportBlock table = ReportBlock(ReportBlock::Kind::Table)
                            .setColumns({Report::tr("Removed"), Report::tr("Host"), Report::tr("File")});
    for (const ArtefactRecord& removed : model.removedHostBackups)
        table.rows.append(
            {dateTime(removed.createdAt), removed.hostRole(), oneLine(removed.hostPath(), 4000)});
    doc.append(ReportBlock(ReportBlock::Kind::Paragraph,
                           Report::tr("Removed from the hosts by the program after the upgrade:")));
    doc.append(table);
}
} // namespace

// The dumps stay on the hosts after the upgrade (a rollback may need them): they hold the application's
// data, so the admin is told where each one is and how to remove it.
void appendHostBackups(ReportDocument& doc, const ReportModel& model)
{
    doc.append(ReportBlock(ReportBlock::Kind::Heading, Report::tr("Backups left on the hosts")));
    appendRemovedHostBackups(doc, model);
    if (model.hostBackups.isEmpty()) {
        doc.append(ReportBlock(ReportBlock::Kind::Paragraph, Report::tr("No backup was left on a host.")));
        return;
    }
    doc.append(ReportBlock(ReportBlock::Kind::Paragraph,
                           Report::tr("These dumps hold the application's data. Once the upgrade is over and "
                                      "no rollback will need them, remove each one on its host with the "
                                      "command shown.")));
    ReportBlock table = ReportBlock(ReportBlock::Kind::Table)
                            .setColumns({Report::tr("Step"), Report::tr("Host"), Report::tr("File"),
                                         Report::tr("Size"), Report::tr("Remove with")});
    for (const ArtefactRecord& backup : model.hostBackups) {
        QString host = backup.hostRole();
        for (const ReportHost& known : model.hosts) {
            if (known.role == host && !known.address.isEmpty())
                //: a host in the report's table of backups: %1 its role (old, new), %2 its address
                host = Report::tr("%1 (%2)").arg(known.role, known.address);
        }
        // Never cut: the path and the command are meant to be copied whole.
        const QString path = oneLine(backup.hostPath(), 4000);
        const QString file = backup.complete ? path
                                             //: %1 a file on a host whose dump ended early
                                             : Report::tr("%1 (partial)").arg(path);
        table.rows.append({QString::number(stepNumber(backup.step)), oneLine(host), file,
                           backup.sizeBytes >= 0 ? bytes(backup.sizeBytes) : notRecorded(),
                           oneLine(QStringLiteral("rm -- ") + shellQuote(backup.hostPath()), 4000)});
    }
    doc.append(table);
}

void appendChecks(ReportDocument& doc, const ReportModel& model)
{
    doc.append(ReportBlock(ReportBlock::Kind::Heading, Report::tr("Checks")));
    if (model.checks.isEmpty()) {
        doc.append(ReportBlock(ReportBlock::Kind::Paragraph, Report::tr("No check was recorded.")));
        return;
    }
    qsizetype failed = 0;
    ReportBlock table = ReportBlock(ReportBlock::Kind::Table)
                            .setColumns({Report::tr("Step"), Report::tr("Check"), Report::tr("Kind"),
                                         Report::tr("Result"), Report::tr("Detail")});
    for (const CheckRecord& check : model.checks) {
        failed += check.passed ? 0 : 1;
        table.rows.append(
            {QString::number(stepNumber(check.step)), oneLine(check.name, 120), oneLine(check.kind, 40),
             check.passed ? Report::tr("passed") : Report::tr("FAILED"), oneLine(check.detail)});
    }
    doc.append(
        ReportBlock(
            ReportBlock::Kind::Paragraph,
            Report::tr("%1 of %2 checks passed.").arg(model.checks.size() - failed).arg(model.checks.size()))
            .setEmphasis(failed > 0));
    doc.append(table);
}

void appendData(ReportDocument& doc, const ReportModel& model)
{
    doc.append(ReportBlock(ReportBlock::Kind::Heading, Report::tr("Row counts")));
    if (model.rowCounts.isEmpty()) {
        doc.append(ReportBlock(ReportBlock::Kind::Paragraph, Report::tr("No row count was recorded.")));
    } else {
        ReportBlock table = ReportBlock(ReportBlock::Kind::Table)
                                .setColumns({Report::tr("Table"), Report::tr("Old"), Report::tr("New"),
                                             Report::tr("Same"), Report::tr("Same content")});
        for (const ReportRowCount& row : model.rowCounts) {
            const bool same = row.oldCount >= 0 && row.oldCount == row.newCount;
            const bool summed = !row.oldChecksum.isEmpty() && !row.newChecksum.isEmpty();
            table.rows.append({oneLine(row.table, 120), count(row.oldCount), count(row.newCount),
                               same ? Report::tr("yes") : Report::tr("NO"),
                               !summed                              ? QStringLiteral("–")
                               : row.oldChecksum == row.newChecksum ? Report::tr("yes")
                                                                    : Report::tr("NO")});
        }
        doc.append(table);
    }

    doc.append(ReportBlock(ReportBlock::Kind::Heading, Report::tr("Configuration files copied")));
    if (model.configFiles.isEmpty()) {
        doc.append(
            ReportBlock(ReportBlock::Kind::Paragraph, Report::tr("No configuration file was copied.")));
    } else {
        ReportBlock table =
            ReportBlock(ReportBlock::Kind::Table)
                .setColumns({Report::tr("File"), Report::tr("SHA-256"), Report::tr("Settings carried")});
        for (const ReportConfigFile& file : model.configFiles)
            table.rows.append(
                {oneLine(file.path), file.sha256.isEmpty() ? notRecorded() : oneLine(file.sha256, 80),
                 file.merge.isEmpty() ? Report::tr("the whole file") : oneLine(file.merge, 2000)});
        doc.append(table);
    }

    doc.append(ReportBlock(ReportBlock::Kind::Heading, Report::tr("Migrations applied")));
    if (model.migrations.isEmpty()) {
        doc.append(ReportBlock(ReportBlock::Kind::Paragraph, Report::tr("No migration was recorded.")));
    } else {
        ReportBlock list = ReportBlock(ReportBlock::Kind::Bullets);
        for (const QString& name : model.migrations)
            list.rows.append({oneLine(name, 200)});
        doc.append(list);
    }
}

void appendCommands(ReportDocument& doc, const ReportModel& model)
{
    doc.append(ReportBlock(ReportBlock::Kind::PageBreak));
    doc.append(ReportBlock(ReportBlock::Kind::Heading, Report::tr("Appendix: commands run")));
    doc.append(
        ReportBlock(ReportBlock::Kind::Paragraph,
                    Report::tr("%n command(s). Secrets are redacted; each output keeps at most its first and "
                               "last %1 lines.",
                               nullptr, static_cast<int>(model.commands.size()))
                        .arg(kMaxOutputLines / 2)));
    const QDate day = model.startedAt.toUTC().date();
    for (const CommandRecord& command : model.commands) {
        const qint64 ms = command.startedAt.isValid() && command.endedAt.isValid()
                              ? command.startedAt.msecsTo(command.endedAt)
                              : -1;
        const QString exit =
            command.exitCode < 0 ? Report::tr("did not finish") : Report::tr("exit %1").arg(command.exitCode);
        doc.append(ReportBlock(ReportBlock::Kind::Heading,
                               Report::tr("Command %1 (step %2, %3 host, %4, %5, %6)")
                                   .arg(command.id)
                                   .arg(stepNumber(command.step))
                                   .arg(oneLine(command.host, 20), timeOfDay(command.startedAt, day),
                                        ms >= 0 ? duration(ms) : QStringLiteral("—"), exit))
                       .setLevel(3));
        doc.append(ReportBlock(ReportBlock::Kind::Code, block(command.command, kMaxCommandLines))
                       .setCaption(Report::tr("Command")));
        const QString output = block(command.output, kMaxOutputLines);
        doc.append(ReportBlock(ReportBlock::Kind::Code, output.isEmpty() ? Report::tr("(no output)") : output)
                       .setCaption(Report::tr("Output")));
    }
}

} // namespace puw::ReportSections
