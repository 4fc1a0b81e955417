#include "NginxCanary.h"

#include "CanaryCommands.h"
#include "CanaryProxy.h"
#include "CanaryVerdict.h"
#include "NginxCommands.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace puw {

namespace {

QString withoutTrailingNewlines(QString text)
{
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

QString why(const ShellOutcome& outcome)
{
    return excerpt(outcome.stderrText.trimmed().isEmpty() ? outcome.describe() : outcome.stderrText, 300);
}

struct HoldOutcome {
    bool passed = false;
    bool cancelled = false;
    QString why; // the limit passed, or the read that failed
    CanaryHeldStage record;
};

// One canary on the proxy: the stages in order, and the way back to the original.
class CanaryRun {
public:
    CanaryRun(HostShell& proxy, const NginxSetup& setup, const CanaryPlan& plan, const QString& newUpstream,
              const CanaryObserver& observer, CanaryResult& result)
        : m_proxy(proxy, setup, result.actions), m_setup(setup), m_plan(plan), m_newUpstream(newUpstream),
          m_observer(observer), m_result(result)
    {
    }

    void run(const QStringList& contents)
    {
        UpstreamFileState state;
        if (!m_proxy.inspect(&state, &m_result.detail))
            return;
        m_file = state.target;
        const QString backup = nginx_commands::backupPath(m_file);
        if (!state.present) {
            m_result.detail =
                Routing::tr("%1 does not exist: a canary starts from the upstream in force").arg(m_file);
            return;
        }
        const bool holdsCanary = state.content.contains(QLatin1String("log_format puw_canary "));
        const bool holdsNew =
            withoutTrailingNewlines(state.content) == withoutTrailingNewlines(contents.last());
        if (holdsCanary && !state.hasBackup) {
            m_result.detail = Routing::tr("%1 holds a canary's upstream but there is no %2 to go back to; "
                                          "nothing was changed")
                                  .arg(m_file, backup);
            return;
        }
        // After a run killed mid-way (or a switch), the previous copy is the original: keep it.
        m_nginxChanged = state.hasBackup && (holdsCanary || holdsNew);
        if (m_nginxChanged)
            m_result.actions
                << Routing::tr("keep %1: it holds the upstream from before the canary").arg(backup);
        else if (!m_proxy.backup(m_file)) {
            m_result.detail = Routing::tr("could not keep a copy of %1; nothing was changed").arg(m_file);
            return;
        }
        for (int i = 0; i < m_plan.stagesPercent.size(); ++i)
            if (!runStage(i, m_plan.stagesPercent[i], contents[i]))
                return;
    }

private:
    bool cancelled() const { return m_setup.cancel && m_setup.cancel->load(); }

    // False when the canary ends here (the last stage, or a failure and its way back).
    bool runStage(int index, int percent, const QString& content)
    {
        const QString name = canaryStageName(index, percent);
        if (cancelled())
            return fail(Routing::tr("%1: the canary was cancelled").arg(name));
        if (!m_proxy.write(m_file, content)) {
            if (!m_nginxChanged && index == 0) {
                m_result.detail = Routing::tr("could not write %1; nothing was changed").arg(m_file);
                return false;
            }
            return fail(Routing::tr("%1: could not write %2").arg(name, m_file));
        }
        const ShellOutcome tested = m_proxy.test();
        if (!tested.ok())
            return fail(Routing::tr("%1: the nginx test rejected the upstream, so nginx was not reloaded: %2")
                            .arg(name, why(tested)));
        const ShellOutcome reloaded = m_proxy.reload();
        m_nginxChanged = true;
        if (!reloaded.ok())
            return fail(Routing::tr("%1: nginx could not be reloaded: %2").arg(name, reloaded.describe()));
        if (percent == 100) {
            m_result.ok = true;
            m_result.detail = Routing::tr(
                "nginx sends every request to the new installation after %n canary stage(s)", nullptr, index);
            return false;
        }
        HoldOutcome held = hold(index, percent);
        held.record.endMs = QDateTime::currentMSecsSinceEpoch();
        held.record.verdict =
            held.passed      ? Routing::tr("held %n s within the limits", nullptr, held.record.secondsHeld)
            : held.cancelled ? Routing::tr("cancelled")
                             : held.why;
        m_result.stages << held.record;
        if (held.cancelled)
            return fail(Routing::tr("%1: the canary was cancelled after %2 s")
                            .arg(name)
                            .arg(held.record.secondsHeld));
        if (!held.passed)
            return fail(Routing::tr("%1: %2").arg(name, held.why));
        return true;
    }

    HoldOutcome hold(int index, int percent)
    {
        HoldOutcome outcome;
        outcome.record.percent = percent;
        outcome.record.startMs = QDateTime::currentMSecsSinceEpoch();
        if (!m_proxy.startLog(m_plan.logPath, &outcome.why))
            return outcome;
        if (m_setup.dryRun) {
            m_proxy.run(
                Routing::tr("read the new lines of %1 every second for %n s", nullptr, m_plan.holdSeconds)
                    .arg(m_plan.logPath),
                canary_commands::readLog(m_plan.logPath, 0, QStringLiteral("0")), m_setup.sudo);
            outcome.passed = true;
            return outcome;
        }
        CanaryTally tally(m_newUpstream);
        QElapsedTimer clock;
        clock.start();
        const qint64 holdMs = qint64(m_plan.holdSeconds) * 1000;
        notify(index, percent, 0, tally.stats());
        for (qint64 tick = 1;; ++tick) {
            const qint64 due = std::min(tick * 1000, holdMs);
            while (clock.elapsed() < due && !cancelled())
                QThread::msleep(static_cast<unsigned long>(std::clamp<qint64>(due - clock.elapsed(), 1, 20)));
            outcome.record.secondsHeld = static_cast<int>(clock.elapsed() / 1000);
            if (cancelled()) {
                outcome.cancelled = true;
                break;
            }
            QStringList lines;
            if (!m_proxy.readNewLines(&lines, &outcome.why))
                break;
            tally.add(lines);
            outcome.record.stats = tally.stats();
            notify(index, percent, outcome.record.secondsHeld, outcome.record.stats);
            const bool ended = clock.elapsed() >= holdMs;
            outcome.why = canaryLimitPassed(m_plan, outcome.record.stats, outcome.record.secondsHeld, ended);
            if (!outcome.why.isEmpty())
                break;
            if (ended) {
                outcome.passed = outcome.record.passed = true;
                break;
            }
        }
        m_result.actions << Routing::tr("read %1: %n read(s), %2 line(s)", nullptr, m_proxy.reads())
                                .arg(m_plan.logPath)
                                .arg(m_proxy.linesRead());
        return outcome;
    }

    void notify(int index, int percent, int seconds, const CanaryStats& stats)
    {
        if (m_observer)
            m_observer(CanaryProgress{index, percent, seconds, stats});
    }

    // Ends the canary with the original file back (and nginx reloaded with it when nginx may run something
    // else): the detail is what went wrong, then how the proxy routes now.
    bool fail(const QString& what)
    {
        m_result.detail = Routing::tr("%1; %2").arg(what, rollBack());
        return false;
    }

    QString rollBack()
    {
        if (!m_proxy.restoreOriginal(m_file))
            return Routing::tr("the original upstream could NOT be put back: restore %1 from %2 by hand")
                .arg(m_file, nginx_commands::backupPath(m_file));
        if (!m_nginxChanged) {
            m_result.rolledBack = true;
            return Routing::tr("the original file is back in place and nginx still routes as before");
        }
        const ShellOutcome tested = m_proxy.test();
        if (!tested.ok())
            return Routing::tr("the original file is back, but the nginx test rejects it (%1): nginx still "
                               "runs the canary's upstream")
                .arg(why(tested));
        const ShellOutcome reloaded = m_proxy.reload();
        if (!reloaded.ok())
            return Routing::tr("the original file is back, but nginx could not be reloaded (%1): reload it "
                               "by hand")
                .arg(reloaded.describe());
        m_result.rolledBack = true;
        return Routing::tr("the proxy sends everything to the old installation again");
    }

    CanaryProxy m_proxy;
    const NginxSetup& m_setup;
    const CanaryPlan& m_plan;
    const QString& m_newUpstream;
    const CanaryObserver& m_observer;
    CanaryResult& m_result;
    QString m_file;
    bool m_nginxChanged = false; // nginx may run another upstream than the original
};

} // namespace

CanaryResult runNginxCanary(HostShell& proxy, const NginxSetup& setup, const CanaryPlan& plan,
                            const CanaryContentFor& contentFor, const QString& newUpstream,
                            const CanaryObserver& observer)
{
    CanaryResult result;
    const QString& file = setup.upstreamFile;
    if (!file.startsWith(QLatin1Char('/')))
        result.detail = Routing::tr("the upstream file must be an absolute path, not '%1'").arg(file);
    else if (file.contains(QLatin1Char('\n')) || file.contains(QLatin1Char('\r')))
        result.detail = Routing::tr("the upstream file's path contains a line break");
    else if (newUpstream.trimmed().isEmpty())
        result.detail = Routing::tr("the canary needs the new upstream's address");
    else
        result.detail = canaryPlanProblem(plan);
    if (!result.detail.isEmpty())
        return result;
    QStringList contents;
    for (const int percent : plan.stagesPercent) {
        const Expected<QString, QString> made = contentFor(percent);
        if (!made.ok() || made.value().trimmed().isEmpty()) {
            result.detail = Routing::tr("the upstream for %1% could not be made: %2; nothing was changed")
                                .arg(percent)
                                .arg(made.ok() ? Routing::tr("it is empty") : made.error());
            return result;
        }
        QString content = made.value();
        if (percent < 100) {
            if (!content.endsWith(QLatin1Char('\n')))
                content += QLatin1Char('\n');
            content += canaryLogFormatBlock(plan.logPath);
        }
        contents << content;
    }
    CanaryRun(proxy, setup, plan, newUpstream, observer, result).run(contents);
    return result;
}

} // namespace puw
