// The report's canary section: step 9's stages, the share set and the share the proxy saw, and what the
// new version answered in each, so that the report shows why users moved (or went back). Before it, the
// testers' preview of a plan with a database per host: where testers reached new, and from when to when.
#include "ReportDocument.h"
#include "ReportModel.h"
#include "ReportText.h"

#include <QDateTime>

namespace puw::ReportSections {

using namespace ReportText;

void appendCanary(ReportDocument& doc, const ReportModel& model)
{
    if (model.canaryStages.isEmpty())
        return;
    doc.append(ReportBlock(ReportBlock::Kind::Heading, Report::tr("Canary")));
    ReportBlock table =
        ReportBlock(ReportBlock::Kind::Table)
            .setColumns({Report::tr("Share set"), Report::tr("Share seen"), Report::tr("From"),
                         Report::tr("Held"), Report::tr("Requests at new"), Report::tr("Failed"),
                         Report::tr("p95"), Report::tr("Result")});
    for (const CanaryStageRecord& stage : model.canaryStages) {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(stage.startMs, Qt::UTC);
        table.rows.append(
            {Report::tr("%1%").arg(stage.percent),
             stage.total > 0 ? Report::tr("%1%").arg(stage.seenPercent(), 0, 'f', 1) : QStringLiteral("—"),
             dateTime(from), duration(stage.endMs - stage.startMs), QString::number(stage.requests),
             Report::tr("%1 (%2%)").arg(stage.failed).arg(100.0 * stage.errorRate(), 0, 'f', 1),
             stage.p95Ms < 0 ? Report::tr("none") : duration(stage.p95Ms), oneLine(stage.verdict)});
    }
    doc.append(table);
}

void appendPreview(ReportDocument& doc, const ReportModel& model)
{
    if (!model.previewOpenedAt.isValid())
        return;
    doc.append(ReportBlock(ReportBlock::Kind::Heading, Report::tr("Preview for testers")));
    ReportBlock fields = ReportBlock(ReportBlock::Kind::Fields);
    fields.rows.append({Report::tr("Address"), oneLine(model.previewUrl)});
    fields.rows.append({Report::tr("Opened"), dateTime(model.previewOpenedAt)});
    fields.rows.append({Report::tr("Closed"), model.previewClosedAt.isValid()
                                                  ? dateTime(model.previewClosedAt)
                                                  : Report::tr("still open when the report was made")});
    doc.append(fields);
}

} // namespace puw::ReportSections
