// How long the wizard's event loop stalls while step 3 streams a large backup from old to new (with a
// local copy) and the page shows the live log and the progress: the real wizard, engine and sandbox,
// as in tests/gui/upgrade. A 2 ms timer ticks in the GUI thread for the whole step; a stall is the time
// between two ticks. Prints the longest stall, the 99th percentile and the relay's rate. Target: the
// longest stall under 50 ms.
#include "UpgradeDriver.h"

#include "LogView.h"
#include "StepPage.h"
#include "StepRunPanel.h"
#include "jobs/StepRunner.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>
#include <utility>
#include <vector>

using namespace puw;
using puw::test::UpgradeDriver;

namespace {
// Records the gaps between the ticks of a precise timer in the GUI thread.
class StallProbe {
public:
    static constexpr int kTickMs = 2;
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double gap = double(m_clock.nsecsElapsed()) / 1e6;
            const double cpu = threadCpuMs();
            const double busy = cpu - m_lastCpuMs; // what the GUI thread itself computed in the gap
            m_lastCpuMs = cpu;
            m_gapsMs.push_back(gap);
            m_longestBusyMs = std::max(m_longestBusyMs, busy);
            if (gap > 16)
                m_long.push_back({double(m_since.elapsed()) / 1000.0, gap, busy});
            m_clock.restart();
        });
    }
    void start()
    {
        m_gapsMs.clear();
        m_long.clear();
        m_events.clear();
        m_longestBusyMs = 0;
        m_lastCpuMs = threadCpuMs();
        m_since.start();
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double percentile(double p) const
    {
        if (m_gapsMs.empty())
            return 0;
        std::vector<double> sorted = m_gapsMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())))];
    }
    double longest() const
    {
        return m_gapsMs.empty() ? 0 : *std::max_element(m_gapsMs.begin(), m_gapsMs.end());
    }
    size_t ticks() const { return m_gapsMs.size(); }
    void note(const char* what) { m_events.push_back({double(m_since.elapsed()) / 1000.0, what}); }
    // The events noted in the 60 ms before a moment.
    std::string eventsBefore(double at) const
    {
        std::string text;
        for (const auto& [when, what] : m_events) {
            if (when <= at && when >= at - 0.06)
                text += std::string(text.empty() ? "" : ", ") + what;
        }
        return text.empty() ? std::string("nothing noted") : text;
    }
    // The longest time the GUI thread spent computing between two ticks: a stall longer than this was
    // the thread waiting for a CPU (two cores shared with the relay, the hosts and their databases).
    double longestBusy() const { return m_longestBusyMs; }
    // Every gap over 16 ms (a frame at 60 Hz): when it ended, in seconds since start(), and how long.
    std::string longGaps() const
    {
        std::string text;
        for (const LongGap& gap : m_long)
            text += QStringLiteral(" %1 ms at %2 s (GUI thread busy %3 ms, after: %4);")
                        .arg(gap.ms, 0, 'f', 1)
                        .arg(gap.at, 0, 'f', 2)
                        .arg(gap.busyMs, 0, 'f', 1)
                        .arg(QString::fromStdString(eventsBefore(gap.at)))
                        .toStdString();
        return text.empty() ? std::string(" none") : text;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_since;
    std::vector<double> m_gapsMs;
    struct LongGap {
        double at;
        double ms;
        double busyMs;
    };
    static double threadCpuMs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    }
    std::vector<LongGap> m_long;
    std::vector<std::pair<double, const char*>> m_events;
    double m_longestBusyMs = 0;
    double m_lastCpuMs = 0;
};
} // namespace

using WizardStall = UpgradeDriver;

TEST_F(WizardStall, WhileStepThreeRelaysALargeBackup)
{
    ASSERT_TRUE(pressNext());
    for (StepId step : {StepId::InstallNew, StepId::CopyConfig}) {
        ASSERT_TRUE(pressRun(shownStep())) << describe(step);
        ASSERT_EQ(m_controller->step(step).state, StepState::Done) << describe(step);
        ASSERT_TRUE(pressNext());
    }
    StepPage* page = shownStep();
    ASSERT_EQ(page->step(), StepId::RehearsalBackup);

    StepProgress last;
    int progressUpdates = 0;
    int logLines = 0;
    StallProbe probe;
    QObject::connect(m_runner.get(), &StepRunner::event, [&](const JobEvent& event) {
        // What reached the GUI thread and when, to tell which work a long stall followed.
        if (const StepProgress* progress = event.as<StepProgress>()) {
            if (progress->isBytes && progress->done >= last.done)
                last = *progress;
            ++progressUpdates;
            probe.note("progress");
        } else if (event.as<LogLine>()) {
            ++logLines;
            probe.note("log line");
        } else if (event.as<CommandRecord>()) {
            probe.note("command recorded");
        }
    });
    QObject::connect(m_controller.get(), &SessionController::stepChanged, [&] { probe.note("step state"); });
    QElapsedTimer wall;
    wall.start();
    probe.start();
    ASSERT_TRUE(pressRun(page, 3600)) << describe(StepId::RehearsalBackup);
    probe.stop();
    const qint64 wallMs = wall.elapsed();
    ASSERT_EQ(m_controller->step(StepId::RehearsalBackup).state, StepState::Done)
        << describe(StepId::RehearsalBackup);
    screenshot(QStringLiteral("step03-after-the-relay"));

    const double mib = double(last.done) / (1024.0 * 1024.0);
    const double seconds = double(last.elapsedMs > 0 ? last.elapsedMs : wallMs) / 1000.0;
    std::printf("step 3 backup: %.1f MiB relayed old -> new (with the local copy) in %.1f s: %.1f MiB/s; "
                "step wall time %.1f s\n",
                mib, seconds, seconds > 0 ? mib / seconds : 0.0, double(wallMs) / 1000.0);
    std::printf("GUI event loop during the step (%zu ticks of a %d ms timer): longest stall %.1f ms, "
                "99th percentile %.1f ms, median %.1f ms\n",
                probe.ticks(), StallProbe::kTickMs, probe.longest(), probe.percentile(99),
                probe.percentile(50));
    std::printf("shown meanwhile: %d progress updates, %d log lines; the log view's longest flush %lld ms\n",
                progressUpdates, logLines,
                static_cast<long long>(page->runPanel()->logView()->longestFlushMs()));
    std::printf("the GUI thread's own longest computation between two ticks: %.1f ms\n", probe.longestBusy());
    std::printf("stalls over 16 ms:%s (the step ran from 0 to %.2f s)\n", probe.longGaps().c_str(),
                double(wallMs) / 1000.0);
    std::printf("target: longest stall under 50 ms: %s\n", probe.longest() < 50.0 ? "met" : "NOT met");
}
