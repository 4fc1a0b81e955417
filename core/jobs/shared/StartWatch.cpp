#include "StartWatch.h"

#include "checks/LogFollow.h"
#include "jobs/JobText.h"

#include <QRegularExpression>

#include <algorithm>

namespace puw {

namespace {
// A log grows by little between two looks; more than this is read at the next one.
constexpr qint64 kMaxBytesPerLook = 1024 * 1024;
// The latest journal messages read per look and unit.
constexpr int kMaxJournalLinesPerLook = 2000;
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

QStringList StartWatch::systemdUnits()
{
    QStringList units;
    for (const ServiceSpec& service : m_ctx.recipe().recipe().services) {
        if (service.manager != ServiceSpec::Manager::Systemd)
            continue;
        if (const auto unit = m_ctx.expand(service.unit, HostRole::New); unit.ok())
            units.append(unit.value());
    }
    return units;
}

void StartWatch::markBeforeStart()
{
    if (m_ctx.isDryRun())
        return;
    const bool anyFile =
        std::any_of(m_marks.cbegin(), m_marks.cend(), [](const LogMark& m) { return !m.missing; });
    const QStringList units = systemdUnits();
    if (anyFile || units.isEmpty())
        return;
    RunOptions options;
    options.logLines = false;
    const ShellOutcome clock =
        m_ctx.run(HostRole::New, {QStringLiteral("date"), QStringLiteral("+%s")}, options);
    bool isNumber = false;
    m_sinceEpochSeconds = clock.stdoutText.trimmed().toLongLong(&isNumber);
    if (!clock.ok() || !isNumber)
        return; // without the host's clock, the journal's lines since the start cannot be told apart
    for (const QString& unit : units)
        m_journals.append({unit, {}});
    //: %1 systemd units, e.g. tomcat10
    m_ctx.log(JobText::tr("No log file of the recipe is on the new host yet: following the journal of %1 "
                          "until one appears.")
                  .arg(units.join(QStringLiteral(", "))));
}

void StartWatch::begin()
{
    if (m_ctx.isDryRun())
        return;
    for (const QString& unit : systemdUnits())
        m_restartsAtStart.insert(unit, unitState(unit).restarts);
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

QString StartWatch::takeLines(const QString& source, const QByteArray& text, qint64 elapsedMs)
{
    const Recipe& recipe = m_ctx.recipe().recipe();
    const QString shownPattern =
        recipe.logProgressPattern.isEmpty() ? recipe.logErrorPattern : recipe.logProgressPattern;
    const QRegularExpression shown(shownPattern);
    QString stuck;
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
        m_ctx.log(JobText::tr("log: (%n more line(s) in %1)", nullptr, more).arg(source));
    return stuck;
}

QString StartWatch::followLogs(qint64 elapsedMs)
{
    QString stuck;
    for (LogMark& mark : m_marks) {
        RunOptions options;
        options.sudo = true; // logs often need root to read
        const DataRead read =
            m_ctx.readData(HostRole::New, fileFollowCommand(mark.file, mark.offset, kMaxBytesPerLook),
                           kMaxBytesPerLook + 32, options);
        const auto followed = read.ok() ? readFileFollow(read.data) : std::nullopt;
        if (!followed)
            continue;
        if (followed->from < mark.offset)
            m_partial.remove(mark.file); // rotated: the line begun in the old file ended there
        mark.offset = followed->from + followed->bytes.size();
        m_fileSeen = m_fileSeen || !followed->bytes.isEmpty();
        QByteArray text = m_partial.take(mark.file) + followed->bytes;
        const qsizetype end = text.lastIndexOf('\n');
        m_partial.insert(mark.file, text.mid(end + 1));
        text.truncate(end + 1);
        if (const QString reason = takeLines(mark.file, text, elapsedMs); stuck.isEmpty())
            stuck = reason;
    }
    return stuck;
}

QString StartWatch::followJournals(qint64 elapsedMs)
{
    if (m_fileSeen)
        m_journals.clear(); // the log file came (a first start creates it): it says what the journal would
    QString stuck;
    for (JournalMark& mark : m_journals) {
        RunOptions options;
        options.sudo = true; // the journal of a system unit needs root (or the adm group) to read
        const DataRead read = m_ctx.readData(
            HostRole::New,
            journalFollowCommand(mark.unit, mark.cursor, m_sinceEpochSeconds, kMaxJournalLinesPerLook),
            kMaxBytesPerLook, options);
        if (!read.ok())
            continue;
        const JournalLines lines = readJournalFollow(read.data);
        if (!lines.cursor.isEmpty())
            mark.cursor = lines.cursor;
        const QString source = QStringLiteral("journalctl -u %1").arg(mark.unit);
        if (const QString reason = takeLines(source, lines.text, elapsedMs); stuck.isEmpty())
            stuck = reason;
    }
    return stuck;
}

QString StartWatch::look(qint64 elapsedMs)
{
    if (m_ctx.isDryRun())
        return {};
    if (const QString stuck = followLogs(elapsedMs); !stuck.isEmpty())
        return stuck;
    if (const QString stuck = followJournals(elapsedMs); !stuck.isEmpty())
        return stuck;
    return unitTrouble();
}

} // namespace puw
