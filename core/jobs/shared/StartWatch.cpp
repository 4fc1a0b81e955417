#include "StartWatch.h"

#include "jobs/JobText.h"
#include "remote/ShellQuote.h"

#include <QRegularExpression>

namespace puw {

namespace {
// A log grows by little between two looks; more than this is read at the next one.
constexpr qint64 kMaxBytesPerLook = 1024 * 1024;

// The bytes of a file after an offset, at most max of them (nothing when the file is not there).
QString readAfterCommand(const QString& file, qint64 offset, qint64 max)
{
    return QStringLiteral("if [ -f %1 ]; then tail -c +%2 -- %1 | head -c %3; fi")
        .arg(shellQuote(file))
        .arg(offset + 1)
        .arg(max);
}
} // namespace

StartWatch::StartWatch(JobContext& ctx, QList<LogMark> marks) : m_ctx(ctx), m_marks(std::move(marks)) {}

StartWatch::UnitState StartWatch::unitState(const QString& unit)
{
    UnitState state;
    RunOptions options;
    options.logLines = false;
    const ShellOutcome shown =
        m_ctx.run(HostRole::New,
                  {QStringLiteral("systemctl"), QStringLiteral("show"), QStringLiteral("-p"),
                   QStringLiteral("ActiveState,Result,NRestarts"), QStringLiteral("--"), unit},
                  options);
    if (!shown.ok())
        return state;
    for (const QString& line : shown.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString key = line.section(QLatin1Char('='), 0, 0);
        const QString value = line.section(QLatin1Char('='), 1).trimmed();
        if (key == QLatin1String("ActiveState"))
            state.activeState = value;
        else if (key == QLatin1String("Result"))
            state.result = value;
        else if (key == QLatin1String("NRestarts"))
            state.restarts = value.toInt();
    }
    return state;
}

void StartWatch::begin()
{
    if (m_ctx.isDryRun())
        return;
    for (const ServiceSpec& service : m_ctx.recipe().recipe().services) {
        if (service.manager != ServiceSpec::Manager::Systemd)
            continue;
        if (const auto unit = m_ctx.expand(service.unit, HostRole::New); unit.ok())
            m_restartsAtStart.insert(unit.value(), unitState(unit.value()).restarts);
    }
}

QString StartWatch::unitTrouble()
{
    for (auto it = m_restartsAtStart.cbegin(); it != m_restartsAtStart.cend(); ++it) {
        const UnitState state = unitState(it.key());
        if (state.activeState == QLatin1String("failed"))
            //: %1 a systemd unit, %2 systemd's result (e.g. exit-code, core-dump)
            return JobText::tr("%1 failed on the new host (%2). See `journalctl -u %1` and the application "
                               "log there, fix the cause, then run this step again.")
                .arg(it.key(), state.result);
        if (it.value() >= 0 && state.restarts - it.value() >= kCrashLoopRestarts)
            return JobText::tr("%1 restarts over and over on the new host (%2 restarts since the start): a "
                               "crash loop. See `journalctl -u %1` and the application log there, fix the "
                               "cause, then run this step again.")
                .arg(it.key())
                .arg(state.restarts - it.value());
    }
    return {};
}

QString StartWatch::stuckLine(const QString& line, qint64 elapsedMs)
{
    const QList<LogStuckSpec>& rules = m_ctx.recipe().recipe().logStuck;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (!QRegularExpression(rules.at(i).pattern).match(line).hasMatch())
            continue;
        const qint64 first = m_firstStuckAt.value(i, -1);
        if (first < 0)
            m_firstStuckAt.insert(i, elapsedMs);
        else if (elapsedMs - first >= rules.at(i).seconds * 1000LL)
            //: %1 the log line, %2 seconds, %3 the recipe's reason and fix
            return JobText::tr("The new application cannot finish starting: its log still says \"%1\" after "
                               "%2 s. %3")
                .arg(line.trimmed())
                .arg((elapsedMs - first) / 1000)
                .arg(rules.at(i).reason);
    }
    return {};
}

QString StartWatch::followLogs(qint64 elapsedMs)
{
    const Recipe& recipe = m_ctx.recipe().recipe();
    const QString shownPattern =
        recipe.logProgressPattern.isEmpty() ? recipe.logErrorPattern : recipe.logProgressPattern;
    const QRegularExpression shown(shownPattern);
    QString stuck;
    for (LogMark& mark : m_marks) {
        RunOptions options;
        options.sudo = true; // logs often need root to read
        const DataRead read =
            m_ctx.readData(HostRole::New, readAfterCommand(mark.file, mark.offset, kMaxBytesPerLook),
                           kMaxBytesPerLook, options);
        if (!read.outcome.ok() || read.data.isEmpty())
            continue;
        mark.offset += read.data.size();
        QByteArray text = m_partial.take(mark.file) + read.data;
        const qsizetype end = text.lastIndexOf('\n');
        m_partial.insert(mark.file, text.mid(end + 1));
        text.truncate(end + 1);
        int shownLines = 0, more = 0;
        for (const QByteArray& raw : text.split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty())
                continue;
            if (stuck.isEmpty())
                stuck = stuckLine(line, elapsedMs);
            if (shownPattern.isEmpty() || !shown.match(line).hasMatch())
                continue;
            if (shownLines < kShownLines) {
                m_ctx.log(JobText::tr("log: %1").arg(line));
                ++shownLines;
            } else {
                ++more;
            }
        }
        if (more > 0)
            m_ctx.log(JobText::tr("log: (%n more line(s) in %1)", nullptr, more).arg(mark.file));
    }
    return stuck;
}

QString StartWatch::look(qint64 elapsedMs)
{
    if (m_ctx.isDryRun())
        return {};
    if (const QString stuck = followLogs(elapsedMs); !stuck.isEmpty())
        return stuck;
    return unitTrouble();
}

} // namespace puw
