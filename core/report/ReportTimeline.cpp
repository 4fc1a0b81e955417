#include "ReportTimeline.h"

#include "ReportModel.h"
#include "ReportText.h"
#include "ReportTimelineAxis.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace puw {

namespace {

constexpr int kLabelWidth = 330;
constexpr int kTop = 64;
constexpr int kRowHeight = 30;
constexpr int kAxisHeight = 56;
constexpr int kRightMargin = 24;

const QColor kRehearsal(59, 125, 216);
const QColor kCutover(224, 138, 30);
const QColor kAftermath(122, 122, 122);
const QColor kFailed(192, 57, 43);
const QColor kDowntime(220, 60, 60, 55);

bool isFailure(StepState state)
{
    return state == StepState::Failed || state == StepState::Cancelled || state == StepState::Interrupted;
}

QColor phaseColour(StepId id)
{
    switch (stepInfo(id).phase) {
    case StepPhase::Rehearsal:
        return kRehearsal;
    case StepPhase::Cutover:
        return kCutover;
    case StepPhase::Aftermath:
        break;
    }
    return kAftermath;
}

// What a step covers on the axis: from its start to its end, or to the latest time known while it ran.
std::optional<ReportTimelineAxis::Interval> stepInterval(const StepRecord& step, qint64 latest)
{
    if (!step.startedAt.isValid() || step.state == StepState::Skipped || step.state == StepState::Pending)
        return std::nullopt;
    const qint64 start = step.startedAt.toMSecsSinceEpoch();
    const qint64 end = step.endedAt.isValid() ? step.endedAt.toMSecsSinceEpoch() : std::max(start, latest);
    return ReportTimelineAxis::Interval{start, std::max(start, end)};
}

void drawLegend(QPainter& p, int width)
{
    const QList<QPair<QColor, QString>> entries{{kRehearsal, Report::tr("rehearsal")},
                                                {kCutover, Report::tr("cutover")},
                                                {kAftermath, Report::tr("aftermath")},
                                                {kFailed, Report::tr("failed")},
                                                {kDowntime, Report::tr("downtime")}};
    const QFontMetrics metrics(p.font());
    int x = width - kRightMargin;
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        x -= metrics.horizontalAdvance(it->second) + 40;
        p.fillRect(QRect(x, 14, 18, 14), it->first);
        p.setPen(Qt::black);
        p.drawText(x + 24, 26, it->second);
    }
    QFont bold = p.font();
    bold.setBold(true);
    p.save();
    p.setFont(bold);
    p.drawText(12, 26, Report::tr("Timeline (UTC)"));
    p.restore();
}

void drawAxis(QPainter& p, const ReportTimelineAxis& axis, int plotTop, int plotBottom)
{
    p.setPen(QPen(Qt::black, 1));
    p.drawLine(QPointF(axis.segments().first().left, plotBottom),
               QPointF(axis.segments().last().right, plotBottom));
    const QFontMetrics metrics(p.font());
    for (const ReportTimelineAxis::Segment& segment : axis.segments()) {
        const qint64 step = ReportTimelineAxis::tickStep(segment, 80);
        const QString format =
            step > 0 && step < 60000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
        QList<qint64> ticks{segment.from};
        if (step > 0) {
            for (qint64 t = (segment.from / step + 1) * step; t <= segment.to; t += step)
                ticks.append(t);
        }
        double lastRight = -1e9;
        for (const qint64 t : ticks) {
            const double x = axis.x(t);
            p.setPen(QColor(200, 200, 200));
            p.drawLine(QPointF(x, plotTop), QPointF(x, plotBottom));
            QString label = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(format);
            if (t == segment.from)
                label = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("MM-dd ")) + label;
            const int w = metrics.horizontalAdvance(label);
            if (x - w / 2.0 < lastRight + 8)
                continue;
            p.setPen(Qt::black);
            p.drawText(QPointF(x - w / 2.0, plotBottom + 18), label);
            lastRight = x + w / 2.0;
        }
    }
}

void drawBreaks(QPainter& p, const ReportTimelineAxis& axis, int plotTop, int plotBottom)
{
    const QFontMetrics metrics(p.font());
    for (const ReportTimelineAxis::Break& gap : axis.breaks()) {
        p.fillRect(QRectF(gap.x - 6, plotTop, 12, plotBottom - plotTop + 4), Qt::white);
        QPainterPath zigzag;
        for (int side : {-4, 4}) {
            zigzag.moveTo(gap.x + side, plotTop);
            for (int y = plotTop, i = 0; y <= plotBottom; y += 8, ++i)
                zigzag.lineTo(gap.x + side + ((i % 2) ? 3 : -3), y);
        }
        p.setPen(QPen(QColor(90, 90, 90), 1.2));
        p.drawPath(zigzag);
        const QString label = QStringLiteral("+") + ReportText::duration(gap.gapMs);
        p.drawText(QPointF(gap.x - metrics.horizontalAdvance(label) / 2.0, plotBottom + 38), label);
    }
}

// Beside the bar on the right, else inside it, else on its left; never across a break.
void drawLength(QPainter& p, const ReportTimelineAxis& axis, const QRectF& bar, const QString& text,
                int width)
{
    const QFontMetrics metrics(p.font());
    const double w = metrics.horizontalAdvance(text);
    const auto clear = [&axis](double from, double to) {
        return std::none_of(
            axis.breaks().begin(), axis.breaks().end(),
            [&](const ReportTimelineAxis::Break& gap) { return gap.x + 8 > from && gap.x - 8 < to; });
    };
    const double baseline = bar.center().y() + metrics.ascent() / 2.0 - 2;
    p.setPen(Qt::black);
    if (bar.right() + 6 + w <= width - kRightMargin && clear(bar.right(), bar.right() + 6 + w)) {
        p.drawText(QPointF(bar.right() + 6, baseline), text);
    } else if (bar.width() >= w + 8) {
        p.setPen(Qt::white);
        p.drawText(QPointF(bar.left() + 4, baseline), text);
    } else if (bar.left() - w - 6 >= kLabelWidth && clear(bar.left() - w - 6, bar.left())) {
        p.drawText(QPointF(bar.left() - w - 6, baseline), text);
    } else {
        p.drawText(QPointF(std::min(bar.right() + 6, width - kRightMargin - w), baseline), text);
    }
}

void drawDowntime(QPainter& p, const ReportModel& model, const ReportTimelineAxis& axis, qint64 latest,
                  int plotTop, int plotBottom)
{
    if (!model.downtime.startedAt.isValid())
        return;
    const qint64 start = model.downtime.startedAt.toMSecsSinceEpoch();
    const bool ended = model.downtime.endedAt.isValid();
    const qint64 end = ended ? model.downtime.endedAt.toMSecsSinceEpoch() : std::max(start, latest);
    const double left = axis.x(start);
    const double right = std::max(axis.x(end), left + 2);
    p.fillRect(QRectF(left, plotTop - 22, right - left, plotBottom - plotTop + 22), kDowntime);
    p.setPen(QPen(kFailed, 1, Qt::DashLine));
    p.drawLine(QPointF(left, plotTop - 22), QPointF(left, plotBottom));
    p.drawLine(QPointF(right, plotTop - 22), QPointF(right, plotBottom));
    const QString label = ended ? Report::tr("downtime %1").arg(ReportText::duration(end - start))
                                : Report::tr("downtime %1, not ended").arg(ReportText::duration(end - start));
    QFont bold = p.font();
    bold.setBold(true);
    p.save();
    p.setFont(bold);
    const int w = QFontMetrics(bold).horizontalAdvance(label);
    const double x =
        std::clamp((left + right - w) / 2.0, double(kLabelWidth), double(p.device()->width() - w - 4));
    p.setPen(QColor(140, 20, 20));
    p.drawText(QPointF(x, plotTop - 7), label);
    p.restore();
}

} // namespace

QImage renderReportTimeline(const ReportModel& model, int width)
{
    const int rows = static_cast<int>(model.steps.size());
    const int plotTop = kTop;
    const int plotBottom = kTop + rows * kRowHeight;
    QImage image(width, plotBottom + kAxisHeight, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(14);
    p.setFont(font);
    drawLegend(p, width);

    qint64 latest = model.generatedAt.isValid() ? model.generatedAt.toMSecsSinceEpoch() : 0;
    QList<ReportTimelineAxis::Interval> intervals;
    for (const StepRecord& step : model.steps) {
        if (const auto interval = stepInterval(step, 0))
            latest = std::max(latest, interval->second);
    }
    for (const StepRecord& step : model.steps) {
        if (const auto interval = stepInterval(step, latest))
            intervals.append(*interval);
    }
    ReportTimelineAxis::Interval downtime{0, -1};
    if (model.downtime.startedAt.isValid())
        downtime = {model.downtime.startedAt.toMSecsSinceEpoch(),
                    model.downtime.endedAt.isValid() ? model.downtime.endedAt.toMSecsSinceEpoch() : latest};
    const ReportTimelineAxis axis(intervals, downtime, kLabelWidth + 10, width - kRightMargin);

    const QFontMetrics metrics(font);
    for (int row = 0; row < rows; ++row) {
        const StepRecord& step = model.steps.at(row);
        const int top = plotTop + row * kRowHeight;
        if (row % 2 == 0)
            p.fillRect(QRect(0, top, width, kRowHeight), QColor(246, 246, 246));
        p.setPen(Qt::black);
        const QString title =
            metrics.elidedText(Report::tr("%1. %2").arg(stepNumber(step.step)).arg(stepTitle(step.step)),
                               Qt::ElideRight, kLabelWidth - 16);
        p.drawText(QPointF(12, top + kRowHeight / 2.0 + metrics.ascent() / 2.0 - 2), title);
    }
    if (axis.isEmpty()) {
        p.drawText(QRectF(kLabelWidth, plotTop, width - kLabelWidth, plotBottom - plotTop), Qt::AlignCenter,
                   Report::tr("No step has run yet."));
        return image;
    }
    drawAxis(p, axis, plotTop, plotBottom);
    drawBreaks(p, axis, plotTop, plotBottom);
    drawDowntime(p, model, axis, latest, plotTop, plotBottom);
    for (int row = 0; row < rows; ++row) {
        const StepRecord& step = model.steps.at(row);
        const double mid = plotTop + row * kRowHeight + kRowHeight / 2.0;
        const auto interval = stepInterval(step, latest);
        if (!interval) {
            p.setPen(QColor(110, 110, 110));
            const QString text =
                step.state == StepState::Skipped ? Report::tr("skipped") : Report::tr("not started");
            const double x =
                step.endedAt.isValid() ? axis.x(step.endedAt.toMSecsSinceEpoch()) : kLabelWidth + 14;
            p.drawText(QPointF(std::min(x, width - kRightMargin - 80.0), mid + 5), text);
            continue;
        }
        const double left = axis.x(interval->first);
        const double right = std::max(axis.x(interval->second), left + 3);
        const QRectF bar(left, mid - 9, right - left, 18);
        const QColor colour = isFailure(step.state) ? kFailed : phaseColour(step.step);
        p.fillRect(bar, colour);
        if (isFailure(step.state))
            p.fillRect(bar, QBrush(Qt::white, Qt::BDiagPattern));
        drawLength(p, axis, bar, ReportText::duration(interval->second - interval->first), width);
    }
    return image;
}

} // namespace puw
