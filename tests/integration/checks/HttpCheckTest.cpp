#include "HttpStub.h"

#include "checks/HealthWait.h"
#include "checks/HttpCheck.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <thread>

using namespace puw;
using puw::test::HttpStub;

namespace {

const QHostAddress kAddress(QStringLiteral("127.0.0.41"));

class HttpCheckTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_stub.setRoute("/version", {200, "version 2\n"});
        m_stub.setRoute("/down", {503, "maintenance"});
        m_stub.setRoute("/slow", {200, "late", 3000});
        m_stub.setRoute("/silent", {200, "", 0, true});
        ASSERT_TRUE(m_stub.start()) << "cannot listen on 127.0.0.41";
    }

    HttpCheckRequest check(const QString& path, int status = 200, const QString& body = {}) const
    {
        HttpCheckRequest request;
        request.name = QStringLiteral("probe");
        request.url = m_stub.url(path);
        request.expectStatus = status;
        request.bodyContains = body;
        request.timeoutMs = 5000;
        return request;
    }

    HttpStub m_stub{kAddress};
};

bool startsWith(const QString& text, const char* prefix)
{
    return text.startsWith(QString::fromUtf8(prefix));
}

} // namespace

TEST_F(HttpCheckTest, PassesWithStatusBodyAndTime)
{
    const CheckResult result = runHttpCheck(check(QStringLiteral("/version"), 200, QStringLiteral("2")));
    EXPECT_TRUE(result.passed) << result.detail.toStdString();
    EXPECT_EQ(result.kind, QStringLiteral("http"));
    EXPECT_TRUE(startsWith(result.detail, "200 in ")) << result.detail.toStdString();
    EXPECT_TRUE(result.detail.endsWith(QStringLiteral(" ms, body contains '2'")))
        << result.detail.toStdString();
}

TEST_F(HttpCheckTest, StatusMismatchShowsStatusAndBody)
{
    const CheckResult result = runHttpCheck(check(QStringLiteral("/down")));
    EXPECT_FALSE(result.passed);
    EXPECT_TRUE(startsWith(result.detail, "expected status 200, got 503 in ")) << result.detail.toStdString();
    EXPECT_TRUE(result.detail.endsWith(QStringLiteral(": maintenance"))) << result.detail.toStdString();
}

TEST_F(HttpCheckTest, BodyMismatchShowsWhatCame)
{
    const CheckResult result = runHttpCheck(check(QStringLiteral("/version"), 200, QStringLiteral("v3")));
    EXPECT_FALSE(result.passed);
    EXPECT_TRUE(startsWith(result.detail, "expected 'v3' in body, got: version 2 (200 in "))
        << result.detail.toStdString();
}

TEST_F(HttpCheckTest, ClosedPortIsRefused)
{
    HttpCheckRequest request = check(QStringLiteral("/"));
    const quint16 port = test::closedPort(kAddress);
    request.url.setPort(port);
    const CheckResult result = runHttpCheck(request);
    EXPECT_FALSE(result.passed);
    EXPECT_EQ(result.detail, QStringLiteral("connection refused by 127.0.0.41:%1").arg(port));
}

TEST_F(HttpCheckTest, SlowServerBeyondTheTimeout)
{
    HttpCheckRequest request = check(QStringLiteral("/slow"));
    request.timeoutMs = 700;
    const CheckResult result = runHttpCheck(request);
    EXPECT_FALSE(result.passed);
    EXPECT_EQ(result.detail, QStringLiteral("no answer from 127.0.0.41:%1 within 700 ms").arg(m_stub.port()));
    EXPECT_LT(result.elapsedMs, 2500);
}

TEST_F(HttpCheckTest, AnswerSlowerThanAllowedFails)
{
    m_stub.setRoute("/lazy", {200, "ok", 300});
    HttpCheckRequest request = check(QStringLiteral("/lazy"));
    request.maxResponseMs = 100;
    const CheckResult result = runHttpCheck(request);
    EXPECT_FALSE(result.passed);
    EXPECT_TRUE(result.detail.endsWith(QStringLiteral(", slower than the 100 ms allowed")))
        << result.detail.toStdString();
}

TEST_F(HttpCheckTest, CancelStopsARequestAtOnce)
{
    std::atomic<bool> cancel{false};
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel = true;
    });
    const CheckResult result = runHttpCheck(check(QStringLiteral("/silent")), &cancel);
    canceller.join();
    EXPECT_FALSE(result.passed);
    EXPECT_TRUE(result.cancelled);
    EXPECT_LT(result.elapsedMs, 2000);
}

TEST_F(HttpCheckTest, WorksFromAnotherThread)
{
    CheckResult result;
    QThread* worker = QThread::create([&] { result = runHttpCheck(check(QStringLiteral("/version"))); });
    worker->start();
    ASSERT_TRUE(worker->wait(10000));
    delete worker;
    EXPECT_TRUE(result.passed) << result.detail.toStdString();
}

TEST_F(HttpCheckTest, HealthWaitReportsAttempts)
{
    m_stub.setRoute("/health", {200, "ok", 0, false, 2});
    HealthWaitOptions options;
    options.timeoutMs = 10000;
    options.intervalMs = 100;
    QList<int> seen;
    const HealthWaitResult wait =
        waitUntilHealthy(check(QStringLiteral("/health")), options, [&](const HealthAttempt& attempt) {
            seen << attempt.number;
            return true;
        });
    EXPECT_TRUE(wait.result.passed) << wait.result.detail.toStdString();
    EXPECT_EQ(wait.attempts, 3);
    EXPECT_EQ(seen, (QList<int>{1, 2, 3}));
    EXPECT_TRUE(startsWith(wait.result.detail, "healthy after 3 attempts in "))
        << wait.result.detail.toStdString();
}

TEST_F(HttpCheckTest, HealthWaitGivesUpWithTheLastAnswer)
{
    HealthWaitOptions options;
    options.timeoutMs = 800;
    options.intervalMs = 200;
    const HealthWaitResult wait = waitUntilHealthy(check(QStringLiteral("/down")), options);
    EXPECT_FALSE(wait.result.passed);
    EXPECT_GE(wait.attempts, 2);
    EXPECT_TRUE(startsWith(wait.result.detail, "not healthy within 800 ms ("))
        << wait.result.detail.toStdString();
    EXPECT_TRUE(wait.result.detail.contains(QStringLiteral("last: expected status 200, got 503")));
}

TEST_F(HttpCheckTest, HealthWaitIsCancellable)
{
    std::atomic<bool> cancel{false};
    HealthWaitOptions options;
    options.timeoutMs = 60000;
    options.intervalMs = 5000;
    options.cancel = &cancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    const HealthWaitResult wait = waitUntilHealthy(check(QStringLiteral("/down")), options);
    canceller.join();
    EXPECT_FALSE(wait.result.passed);
    EXPECT_TRUE(wait.result.cancelled);
    EXPECT_LT(wait.result.elapsedMs, 2000);
    EXPECT_TRUE(startsWith(wait.result.detail, "cancelled after 1 attempt(s)"))
        << wait.result.detail.toStdString();
}

TEST_F(HttpCheckTest, HealthWaitStopsWhenTheCallerSaysSo)
{
    HealthWaitOptions options;
    options.timeoutMs = 60000;
    options.intervalMs = 50;
    const HealthWaitResult wait =
        waitUntilHealthy(check(QStringLiteral("/down")), options,
                         [](const HealthAttempt& attempt) { return attempt.number < 2; });
    EXPECT_FALSE(wait.result.passed);
    EXPECT_TRUE(wait.stoppedByCaller);
    EXPECT_EQ(wait.attempts, 2);
}
