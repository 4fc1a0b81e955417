#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace puw {

// The access log of a canary: the lines nginx writes for it and what they say about the new upstream.
// Pure text work, no shell: the runner (NginxCanary.h) reads the log and hands its lines here.

// Where nginx writes the canary's log unless the plan names another file.
inline constexpr char kDefaultCanaryLogPath[] = "/var/log/nginx/puw-canary.log";

// The http-level nginx lines appended to a canary's upstream content: a log format named puw_canary
// ('$msec|$upstream_addr|$upstream_status|$upstream_response_time|$status') and an access_log directive
// writing it to logPath (quoted for nginx). The upstream file is included at http level, and several
// access_log directives at one level all log, so the site's own logs go on as before.
// Check the path with canaryLogPathProblem() first: this function quotes, it does not refuse.
QString canaryLogFormatBlock(const QString& logPath = QString::fromLatin1(kDefaultCanaryLogPath));

// Empty when nginx can take logPath as the canary's log file; otherwise why not, for people: it must be
// absolute, and hold no '$' (nginx would read a variable there) and no line break or other control character.
QString canaryLogPathProblem(const QString& logPath);

// One try of one upstream server for a request. A request nginx retried on another server (or passed on by
// an internal redirect) has several.
struct CanaryAttempt {
    QString address; // "127.0.0.12:8081", "unix:/run/app.sock", or an upstream group's name
    int status = 0; // the upstream's answer; 502/504 when nginx could not connect or timed out; 0: none ('-')
    int latencyMs = -1; // the upstream's response time, rounded to the millisecond; -1: none ('-')
};

// One line of the canary's log.
struct CanaryLogLine {
    double msec = 0;               // when nginx logged it, in seconds since the epoch
    QList<CanaryAttempt> attempts; // empty when no upstream was asked (the address is '-')
    int status = 0;                // what the client got
};

// Reads one line of the puw_canary format. False (and *line untouched) for anything else: a wrong number of
// fields, a field that is not a number or '-', or address, status and time lists of different lengths.
bool parseCanaryLogLine(const QString& text, CanaryLogLine* line);

// What the log says about one upstream over a window of lines.
struct CanaryStats {
    int totalRequests = 0;  // well-formed lines in the window, whichever upstream answered them
    int malformedLines = 0; // lines that are not of the puw_canary format (ignored otherwise)
    int requests = 0;       // attempts that went to the upstream asked about
    int errors = 0;         // of those, the ones answered with a 5xx (502/504 for a failed connection too)
    int p95LatencyMs = -1; // 95th percentile of those attempts' response times (nearest rank); -1: none timed
    QMap<QString, int> attemptsPerUpstream; // every address seen, with its number of attempts

    // errors / requests; 0 when no request reached the upstream.
    double errorRate() const;
    // The upstream's part of all the attempts seen, in percent (0 when none): the share actually in force.
    double sharePercent() const;
};

// Adds lines one batch after another and gives the figures of everything added so far, for one upstream
// address: how the runner follows a stage's log every second without keeping its lines.
class CanaryTally {
public:
    explicit CanaryTally(QString upstreamAddress) : m_address(std::move(upstreamAddress)) {}
    // Counts each line; empty lines (a trailing line break) are skipped, not counted as malformed.
    void add(const QStringList& lines);
    CanaryStats stats() const;

private:
    QString m_address;
    CanaryStats m_stats;
    QList<int> m_latencies;
};

// The figures of these lines for upstreamAddress (e.g. "127.0.0.12:8081"). Every attempt counts for its own
// address: a failed connection to the new upstream retried on the old one is an error of the new one.
CanaryStats statsFor(const QStringList& lines, const QString& upstreamAddress);

} // namespace puw
