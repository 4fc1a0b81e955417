#include "CanaryLog.h"

#include "NginxSwitch.h"

#include <algorithm>
#include <cmath>

namespace puw {

namespace {

// nginx's quoted string: a backslash escapes the quote and itself.
QString nginxQuoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// The entries of one upstream variable: groups (internal redirects) split on " : ", tries on ", ".
QStringList entries(const QString& field, int* groups)
{
    QStringList all;
    const QStringList parts = field.split(QStringLiteral(" : "));
    *groups = static_cast<int>(parts.size());
    for (const QString& part : parts)
        for (const QString& entry : part.split(QLatin1Char(',')))
            all << entry.trimmed();
    return all;
}

bool parseStatus(const QString& text, int* status, bool allowNone)
{
    if (allowNone && text == QLatin1String("-")) {
        *status = 0;
        return true;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 100 || value > 999)
        return false;
    *status = value;
    return true;
}

bool parseLatency(const QString& text, int* latencyMs)
{
    if (text == QLatin1String("-")) {
        *latencyMs = -1;
        return true;
    }
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 1e7)
        return false;
    *latencyMs = static_cast<int>(std::lround(seconds * 1000.0));
    return true;
}

} // namespace

QString canaryLogFormatBlock(const QString& logPath)
{
    return QStringLiteral("log_format puw_canary "
                          "'$msec|$upstream_addr|$upstream_status|$upstream_response_time|$status';\n"
                          "access_log %1 puw_canary;\n")
        .arg(nginxQuoted(logPath));
}

QString canaryLogPathProblem(const QString& logPath)
{
    if (!logPath.startsWith(QLatin1Char('/')))
        return Routing::tr("the canary's log must be an absolute path, not '%1'").arg(logPath);
    if (logPath.contains(QLatin1Char('$')))
        return Routing::tr("the canary's log path holds a '$', which nginx would read as a variable");
    for (const QChar c : logPath)
        if (c.category() == QChar::Other_Control)
            return Routing::tr("the canary's log path holds a line break or another control character");
    return {};
}

bool parseCanaryLogLine(const QString& text, CanaryLogLine* line)
{
    const QStringList fields = text.trimmed().split(QLatin1Char('|'));
    if (fields.size() != 5)
        return false;
    CanaryLogLine parsed;
    bool ok = false;
    parsed.msec = fields[0].toDouble(&ok);
    if (!ok || !parseStatus(fields[4], &parsed.status, false))
        return false;
    if (fields[1] != QLatin1String("-")) {
        int addressGroups = 0;
        int statusGroups = 0;
        int timeGroups = 0;
        const QStringList addresses = entries(fields[1], &addressGroups);
        const QStringList statuses = entries(fields[2], &statusGroups);
        const QStringList times = entries(fields[3], &timeGroups);
        if (statuses.size() != addresses.size() || times.size() != addresses.size() ||
            statusGroups != addressGroups || timeGroups != addressGroups)
            return false;
        for (qsizetype i = 0; i < addresses.size(); ++i) {
            CanaryAttempt attempt;
            attempt.address = addresses[i];
            if (attempt.address.isEmpty() || !parseStatus(statuses[i], &attempt.status, true) ||
                !parseLatency(times[i], &attempt.latencyMs))
                return false;
            parsed.attempts << attempt;
        }
    }
    *line = parsed;
    return true;
}

double CanaryStats::errorRate() const
{
    return requests > 0 ? static_cast<double>(errors) / requests : 0.0;
}

double CanaryStats::sharePercent() const
{
    int all = 0;
    for (const int count : attemptsPerUpstream)
        all += count;
    return all > 0 ? 100.0 * requests / all : 0.0;
}

void CanaryTally::add(const QStringList& lines)
{
    for (const QString& text : lines) {
        if (text.trimmed().isEmpty())
            continue;
        CanaryLogLine line;
        if (!parseCanaryLogLine(text, &line)) {
            ++m_stats.malformedLines;
            continue;
        }
        ++m_stats.totalRequests;
        for (const CanaryAttempt& attempt : line.attempts) {
            ++m_stats.attemptsPerUpstream[attempt.address];
            if (attempt.address != m_address)
                continue;
            ++m_stats.requests;
            if (attempt.status >= 500)
                ++m_stats.errors;
            if (attempt.latencyMs >= 0)
                m_latencies << attempt.latencyMs;
        }
    }
}

CanaryStats CanaryTally::stats() const
{
    CanaryStats stats = m_stats;
    if (!m_latencies.isEmpty()) {
        QList<int> sorted = m_latencies;
        const auto rank = static_cast<qsizetype>(std::ceil(0.95 * static_cast<double>(sorted.size())));
        const auto nth = sorted.begin() + std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1);
        std::nth_element(sorted.begin(), nth, sorted.end());
        stats.p95LatencyMs = *nth;
    }
    return stats;
}

CanaryStats statsFor(const QStringList& lines, const QString& upstreamAddress)
{
    CanaryTally tally(upstreamAddress);
    tally.add(lines);
    return tally.stats();
}

} // namespace puw
