// The canary's log format and what its lines say about one upstream.
#include "routing/CanaryLog.h"

#include <gtest/gtest.h>

using namespace puw;

namespace {
const QString kNew = QStringLiteral("127.0.0.12:8081");
const QString kOld = QStringLiteral("127.0.0.11:8081");

QString line(const QString& addresses, const QString& statuses, const QString& times, int status = 200)
{
    return QStringLiteral("1700000000.123|%1|%2|%3|%4").arg(addresses, statuses, times).arg(status);
}
} // namespace

TEST(CanaryLogFormat, BlockDefinesTheFormatAndLogsToTheQuotedPath)
{
    EXPECT_EQ(canaryLogFormatBlock(),
              QStringLiteral("log_format puw_canary "
                             "'$msec|$upstream_addr|$upstream_status|$upstream_response_time|$status';\n"
                             "access_log '/var/log/nginx/puw-canary.log' puw_canary;\n"));
    EXPECT_TRUE(canaryLogFormatBlock(QStringLiteral("/tmp/it's a \\ log"))
                    .endsWith(QStringLiteral("access_log '/tmp/it\\'s a \\\\ log' puw_canary;\n")));
}

TEST(CanaryLogFormat, PathsNginxCannotTakeAreRefused)
{
    EXPECT_TRUE(canaryLogPathProblem(QStringLiteral("/var/log/nginx/puw-canary.log")).isEmpty());
    EXPECT_TRUE(canaryLogPathProblem(QStringLiteral("/tmp/a log's \"file\"")).isEmpty());
    EXPECT_FALSE(canaryLogPathProblem(QStringLiteral("puw-canary.log")).isEmpty());
    EXPECT_TRUE(canaryLogPathProblem(QStringLiteral("/tmp/$(touch pwned)")).contains(QStringLiteral("'$'")));
    EXPECT_FALSE(canaryLogPathProblem(QStringLiteral("/tmp/a\nb")).isEmpty());
}

TEST(CanaryLogParse, OneAttempt)
{
    CanaryLogLine parsed;
    ASSERT_TRUE(parseCanaryLogLine(line(kNew, QStringLiteral("200"), QStringLiteral("0.012")), &parsed));
    EXPECT_DOUBLE_EQ(parsed.msec, 1700000000.123);
    EXPECT_EQ(parsed.status, 200);
    ASSERT_EQ(parsed.attempts.size(), 1);
    EXPECT_EQ(parsed.attempts[0].address, kNew);
    EXPECT_EQ(parsed.attempts[0].status, 200);
    EXPECT_EQ(parsed.attempts[0].latencyMs, 12);
}

TEST(CanaryLogParse, RetriesAndRedirectsGiveOneAttemptEach)
{
    CanaryLogLine parsed;
    ASSERT_TRUE(parseCanaryLogLine(line(QStringLiteral("127.0.0.12:8081, 127.0.0.11:8081 : 10.0.0.5:80"),
                                        QStringLiteral("502, 200 : 404"),
                                        QStringLiteral("0.001, 0.020 : 0.300"), 404),
                                   &parsed));
    ASSERT_EQ(parsed.attempts.size(), 3);
    EXPECT_EQ(parsed.attempts[0].address, kNew);
    EXPECT_EQ(parsed.attempts[0].status, 502);
    EXPECT_EQ(parsed.attempts[1].address, kOld);
    EXPECT_EQ(parsed.attempts[1].latencyMs, 20);
    EXPECT_EQ(parsed.attempts[2].address, QStringLiteral("10.0.0.5:80"));
    EXPECT_EQ(parsed.attempts[2].status, 404);
    EXPECT_EQ(parsed.attempts[2].latencyMs, 300);
}

TEST(CanaryLogParse, DashMeansNone)
{
    CanaryLogLine parsed;
    ASSERT_TRUE(parseCanaryLogLine(line(QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"), 499),
                                   &parsed));
    EXPECT_TRUE(parsed.attempts.isEmpty());
    EXPECT_EQ(parsed.status, 499);
    ASSERT_TRUE(parseCanaryLogLine(line(kNew, QStringLiteral("-"), QStringLiteral("-"), 499), &parsed));
    ASSERT_EQ(parsed.attempts.size(), 1);
    EXPECT_EQ(parsed.attempts[0].status, 0);
    EXPECT_EQ(parsed.attempts[0].latencyMs, -1);
}

TEST(CanaryLogParse, MalformedLinesAreRefused)
{
    CanaryLogLine parsed;
    parsed.status = 7;
    for (const QString& bad :
         {QStringLiteral("garbage"), QStringLiteral("1|2|3"), QStringLiteral("1|a|200|0.1|200|extra"),
          line(QStringLiteral("a:1, b:1"), QStringLiteral("200"), QStringLiteral("0.1, 0.2")),
          line(QStringLiteral("a:1 : b:1"), QStringLiteral("200, 200"), QStringLiteral("0.1 : 0.2")),
          line(kNew, QStringLiteral("abc"), QStringLiteral("0.1")),
          line(kNew, QStringLiteral("200"), QStringLiteral("-0.1")),
          line(kNew, QStringLiteral("200"), QStringLiteral("soon")),
          line(QStringLiteral(", b:1"), QStringLiteral("200, 200"), QStringLiteral("0.1, 0.1")),
          QStringLiteral("now|%1|200|0.1|200").arg(kNew), QStringLiteral("1|%1|200|0.1|-").arg(kNew)}) {
        EXPECT_FALSE(parseCanaryLogLine(bad, &parsed)) << bad.toStdString();
        EXPECT_EQ(parsed.status, 7) << "a refused line leaves the result untouched";
    }
}

TEST(CanaryStatsFor, EachAttemptCountsForItsOwnUpstream)
{
    const QStringList lines = {
        line(kNew, QStringLiteral("200"), QStringLiteral("0.010")),
        line(QStringLiteral("%1, %2").arg(kNew, kOld), QStringLiteral("502, 200"),
             QStringLiteral("0.000, 0.030")),
        line(kOld, QStringLiteral("200"), QStringLiteral("0.020")),
        line(kNew, QStringLiteral("503"), QStringLiteral("0.040"), 503),
        line(kNew, QStringLiteral("404"), QStringLiteral("0.005"), 404),
        QStringLiteral("not a canary line"),
        QString(),
        QStringLiteral("1|2"),
    };
    const CanaryStats stats = statsFor(lines, kNew);
    EXPECT_EQ(stats.totalRequests, 5);
    EXPECT_EQ(stats.malformedLines, 2) << "an empty line is no malformed line";
    EXPECT_EQ(stats.requests, 4);
    EXPECT_EQ(stats.errors, 2) << "the failed connection retried on old and the 503; a 404 is no error";
    EXPECT_DOUBLE_EQ(stats.errorRate(), 0.5);
    EXPECT_EQ(stats.attemptsPerUpstream.value(kNew), 4);
    EXPECT_EQ(stats.attemptsPerUpstream.value(kOld), 2);
    EXPECT_DOUBLE_EQ(stats.sharePercent(), 100.0 * 4 / 6);
    EXPECT_EQ(stats.p95LatencyMs, 40);

    const CanaryStats old = statsFor(lines, kOld);
    EXPECT_EQ(old.requests, 2);
    EXPECT_EQ(old.errors, 0);
    EXPECT_EQ(old.p95LatencyMs, 30);
}

TEST(CanaryStatsFor, P95IsTheNearestRank)
{
    QStringList hundred;
    for (int ms = 100; ms >= 1; --ms)
        hundred << line(kNew, QStringLiteral("200"), QString::number(ms / 1000.0, 'f', 3));
    EXPECT_EQ(statsFor(hundred, kNew).p95LatencyMs, 95);
    EXPECT_EQ(statsFor(hundred.mid(80), kNew).p95LatencyMs, 19) << "20 answers of 1..20 ms";
    EXPECT_EQ(statsFor(hundred.mid(99), kNew).p95LatencyMs, 1);
    const QStringList untimed = {line(kNew, QStringLiteral("-"), QStringLiteral("-"), 499)};
    EXPECT_EQ(statsFor(untimed, kNew).p95LatencyMs, -1);
    EXPECT_EQ(statsFor(untimed, kNew).requests, 1);
}

TEST(CanaryStatsFor, NoLinesNoFigures)
{
    const CanaryStats stats = statsFor({}, kNew);
    EXPECT_EQ(stats.totalRequests, 0);
    EXPECT_EQ(stats.requests, 0);
    EXPECT_DOUBLE_EQ(stats.errorRate(), 0.0);
    EXPECT_DOUBLE_EQ(stats.sharePercent(), 0.0);
    EXPECT_EQ(stats.p95LatencyMs, -1);
}

TEST(CanaryTally, BatchesAddUp)
{
    CanaryTally tally(kNew);
    tally.add({line(kNew, QStringLiteral("200"), QStringLiteral("0.010"))});
    tally.add({line(kNew, QStringLiteral("500"), QStringLiteral("0.020"), 500), QStringLiteral("x")});
    const CanaryStats stats = tally.stats();
    EXPECT_EQ(stats.requests, 2);
    EXPECT_EQ(stats.errors, 1);
    EXPECT_EQ(stats.malformedLines, 1);
    EXPECT_EQ(stats.p95LatencyMs, 20);
}
