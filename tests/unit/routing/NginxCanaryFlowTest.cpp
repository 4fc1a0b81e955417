// The canary's stages against files on this machine, with nginx and its traffic played by the fixture.
#include "CanaryFixture.h"

#include <QElapsedTimer>

using namespace puw;
using namespace puw::canary_test;

TEST_F(CanaryFixture, HealthyCanaryReachesAllToNew)
{
    const CanaryResult result = run();
    EXPECT_TRUE(result.ok) << result.detail.toStdString();
    EXPECT_FALSE(result.rolledBack);
    EXPECT_EQ(QString::fromUtf8(readAll(m_file)), weighted(100));
    EXPECT_EQ(readAll(nginx_commands::backupPath(m_file)), kOriginal);
    EXPECT_EQ(readAll(m_reloads), "reload\nreload\nreload\n");
    EXPECT_EQ(result.detail,
              QStringLiteral("nginx sends every request to the new installation after 2 canary "
                             "stage(s)"));
    ASSERT_EQ(result.stages.size(), 2);
    EXPECT_EQ(result.stages[0].percent, 10);
    EXPECT_TRUE(result.stages[0].passed);
    EXPECT_EQ(result.stages[0].secondsHeld, 1);
    EXPECT_EQ(result.stages[0].stats.requests, 5);
    EXPECT_EQ(result.stages[0].stats.totalRequests, 50);
    EXPECT_EQ(result.stages[0].stats.p95LatencyMs, 20);
    EXPECT_EQ(result.stages[1].percent, 50);
    EXPECT_EQ(result.stages[1].stats.requests, 25);
    EXPECT_EQ(result.stages[1].stats.attemptsPerUpstream.value(kOldAddress), 25);
    // The observer saw each hold begin and each second of it, with the share's content and log in force.
    ASSERT_EQ(m_progress.size(), 4);
    EXPECT_EQ(m_progress[0].stageIndex, 0);
    EXPECT_EQ(m_progress[0].secondsHeld, 0);
    EXPECT_EQ(m_progress[1].stats.requests, 5);
    EXPECT_EQ(m_progress[3].stageIndex, 1);
    EXPECT_EQ(m_progress[3].percent, 50);
    EXPECT_EQ(m_fileDuringHolds[0], weighted(10) + canaryLogFormatBlock(m_plan.logPath));
    EXPECT_TRUE(m_fileDuringHolds[2].contains(
        QStringLiteral("access_log '%1' puw_canary;")
            .arg(QString(m_plan.logPath).replace(u'\'', QStringLiteral("\\'")))))
        << m_fileDuringHolds[2].toStdString();
    EXPECT_TRUE(result.actions.contains(QStringLiteral("read %1: 1 read(s), 50 line(s)").arg(m_plan.logPath)))
        << result.actions.join(u'\n').toStdString();
}

TEST_F(CanaryFixture, ErroringStageGoesBackToTheOriginalAtOnce)
{
    m_plan.holdSeconds = 5;
    m_newStatus = [](int percent, int index) {
        return percent == 50 && index < 7 ? 502 : 200;
    };
    QElapsedTimer clock;
    clock.start();
    const CanaryResult result = run();
    EXPECT_LT(clock.elapsed(), 8500) << "stage 1 held 5 s, stage 2 failed after 1 s: not held its 5 s";
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.rolledBack);
    EXPECT_EQ(readAll(m_file), kOriginal);
    EXPECT_EQ(readAll(m_reloads), "reload\nreload\nreload\n") << "stage 1, stage 2, the way back";
    EXPECT_EQ(result.detail,
              QStringLiteral("stage 2 (50%): 7 of 25 requests to the new version failed (28.0%, "
                             "limit 5.0%); the proxy sends everything to the old installation "
                             "again"));
    ASSERT_EQ(result.stages.size(), 2);
    EXPECT_FALSE(result.stages[1].passed);
    EXPECT_EQ(result.stages[1].secondsHeld, 1);
    EXPECT_EQ(result.stages[1].stats.errors, 7);
}

TEST_F(CanaryFixture, SlowStageGoesBack)
{
    m_plan.maxP95LatencyMs = 500;
    m_newSeconds = QStringLiteral("0.900");
    const CanaryResult result = run();
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.rolledBack);
    EXPECT_EQ(readAll(m_file), kOriginal);
    EXPECT_EQ(result.detail,
              QStringLiteral("stage 1 (10%): the new version answered 95% of 5 requests within 900 "
                             "ms (limit 500 ms); the proxy sends everything to the old "
                             "installation again"));
}

TEST_F(CanaryFixture, TooFewRequestsCannotPass)
{
    m_batch = 0;
    const CanaryResult result = run();
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.rolledBack);
    EXPECT_EQ(readAll(m_file), kOriginal);
    EXPECT_TRUE(result.detail.startsWith(QStringLiteral(
        "stage 1 (10%): only 0 of the 5 request(s) needed to judge the new version reached it in 1 s")))
        << result.detail.toStdString();
}

TEST_F(CanaryFixture, ErrorsBelowTheLimitPass)
{
    m_newStatus = [](int percent, int index) {
        return percent == 50 && index == 0 ? 500 : 200;
    };
    m_plan.maxErrorRate = 0.05; // 1 of 25 is 4%
    const CanaryResult result = run();
    EXPECT_TRUE(result.ok) << result.detail.toStdString();
    ASSERT_EQ(result.stages.size(), 2);
    EXPECT_EQ(result.stages[1].stats.errors, 1);
}

TEST_F(CanaryFixture, CancelGoesBackToTheOriginal)
{
    std::atomic<bool> cancel{false};
    m_setup.cancel = &cancel;
    m_plan.holdSeconds = 30;
    m_newStatus = [&cancel](int, int) {
        cancel = true;
        return 200;
    };
    QElapsedTimer clock;
    clock.start();
    const CanaryResult result = run();
    EXPECT_LT(clock.elapsed(), 5000);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.rolledBack);
    EXPECT_EQ(readAll(m_file), kOriginal);
    EXPECT_TRUE(
        result.detail.startsWith(QStringLiteral("stage 1 (10%): the canary was cancelled after 0 s; the "
                                                "proxy sends everything to the old installation again")))
        << result.detail.toStdString();
}
