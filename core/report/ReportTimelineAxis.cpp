#include "ReportTimelineAxis.h"

#include <algorithm>
#include <array>

namespace puw {

namespace {

QList<ReportTimelineAxis::Interval> merged(QList<ReportTimelineAxis::Interval> intervals, qint64 tolerance)
{
    std::sort(intervals.begin(), intervals.end());
    QList<ReportTimelineAxis::Interval> result;
    for (const auto& interval : intervals) {
        if (!result.isEmpty() && interval.first <= result.last().second + tolerance)
            result.last().second = std::max(result.last().second, interval.second);
        else
            result.append(interval);
    }
    return result;
}

} // namespace

ReportTimelineAxis::ReportTimelineAxis(QList<Interval> intervals, const Interval& protectedInterval,
                                       double left, double right)
{
    intervals.removeIf([](const Interval& i) { return i.second < i.first; });
    if (protectedInterval.second >= protectedInterval.first && protectedInterval.first > 0)
        intervals.append(protectedInterval);
    if (intervals.isEmpty())
        return;

    // Gaps up to a sixth of the active time (and at least five minutes) stay on the linear scale.
    qint64 active = 0;
    for (const Interval& span : merged(intervals, 0))
        active += span.second - span.first;
    const qint64 tolerance = std::max<qint64>(5 * 60 * 1000, active / 6);
    const QList<Interval> spans = merged(intervals, tolerance);

    const qsizetype count = spans.size();
    qint64 total = 0;
    for (const Interval& span : spans)
        total += span.second - span.first;
    const double available = std::max(0.0, right - left - static_cast<double>(count - 1) * kBreakWidth -
                                               static_cast<double>(count) * kMinSegmentWidth);
    double x = left;
    for (qsizetype i = 0; i < count; ++i) {
        const Interval& span = spans.at(i);
        const double share =
            total > 0 ? available * static_cast<double>(span.second - span.first) / static_cast<double>(total)
                      : available / static_cast<double>(count);
        const double width = kMinSegmentWidth + share;
        m_segments.append({span.first, span.second, x, x + width});
        x += width;
        if (i + 1 < count) {
            m_breaks.append({x + kBreakWidth / 2, spans.at(i + 1).first - span.second});
            x += kBreakWidth;
        }
    }
}

double ReportTimelineAxis::x(qint64 time) const
{
    if (m_segments.isEmpty())
        return 0;
    if (time <= m_segments.first().from)
        return m_segments.first().left;
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const Segment& segment = m_segments.at(i);
        if (time <= segment.to) {
            if (time < segment.from) // inside the break before this segment
                return m_breaks.at(i - 1).x;
            const qint64 length = segment.to - segment.from;
            const double fraction =
                length > 0 ? static_cast<double>(time - segment.from) / static_cast<double>(length) : 0.0;
            return segment.left + fraction * (segment.right - segment.left);
        }
    }
    return m_segments.last().right;
}

qint64 ReportTimelineAxis::tickStep(const Segment& segment, double minPixels)
{
    static constexpr std::array<qint64, 16> steps{1000,     5000,     10000,    30000,    60000,   120000,
                                                  300000,   600000,   900000,   1800000,  3600000, 7200000,
                                                  21600000, 43200000, 86400000, 604800000};
    const double width = segment.right - segment.left;
    const qint64 length = segment.to - segment.from;
    if (width <= 0 || length <= 0)
        return 0;
    for (const qint64 step : steps) {
        if (static_cast<double>(step) / static_cast<double>(length) * width >= minPixels)
            return step;
    }
    return 0;
}

} // namespace puw
