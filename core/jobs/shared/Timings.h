#pragma once

#include "jobs/JobContext.h"

#include <QElapsedTimer>

namespace puw::Timings {

// Records how long one part (journal/Downtime.h) took: in the rehearsal's timings during steps 3 to 6,
// in the cutover's during steps 7 to 9 (the same code times the same operation in both). Not in a dry run.
void record(JobContext& ctx, QLatin1String part, qint64 ms);

// Times a part from its creation until done() (only a part that ended well is recorded).
class PartClock {
public:
    PartClock(JobContext& ctx, QLatin1String part) : m_ctx(ctx), m_part(part) { m_clock.start(); }
    void done() { record(m_ctx, m_part, m_clock.elapsed()); }
    qint64 elapsed() const { return m_clock.elapsed(); }

private:
    JobContext& m_ctx;
    QLatin1String m_part;
    QElapsedTimer m_clock;
};

} // namespace puw::Timings
