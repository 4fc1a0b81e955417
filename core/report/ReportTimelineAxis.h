#pragma once

#include <QList>
#include <QPair>
#include <QtGlobal>

namespace puw {

// The timeline's time axis: linear where something happened, with long idle gaps (a rehearsal done the
// day before the cutover, a soak period before step 10) squeezed into fixed-width breaks so that short
// steps stay visible. Gaps inside a protected interval (the downtime) are never squeezed: downtime is
// shown at its true scale. Times are milliseconds since the epoch.
class ReportTimelineAxis {
public:
    using Interval = QPair<qint64, qint64>;

    struct Segment {
        qint64 from = 0;
        qint64 to = 0;
        double left = 0;
        double right = 0;
    };
    struct Break {
        double x = 0;
        qint64 gapMs = 0;
    };

    ReportTimelineAxis(QList<Interval> intervals, const Interval& protectedInterval, double left,
                       double right);

    bool isEmpty() const { return m_segments.isEmpty(); }
    double x(qint64 time) const;
    const QList<Segment>& segments() const { return m_segments; }
    const QList<Break>& breaks() const { return m_breaks; }

    // A tick spacing (ms) that keeps ticks at least minPixels apart in the given segment.
    static qint64 tickStep(const Segment& segment, double minPixels);

    static constexpr double kBreakWidth = 26;
    static constexpr double kMinSegmentWidth = 8;

private:
    QList<Segment> m_segments;
    QList<Break> m_breaks;
};

} // namespace puw
