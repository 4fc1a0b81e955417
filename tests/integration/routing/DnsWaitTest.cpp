// DNS verification of step 9 against a real dnsmasq on port 53 of 127.0.0.44 / 127.0.0.45.
#include "ServerProcess.h"

#include "TestEnvironment.h"
#include "routing/DnsRoute.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <signal.h>
#include <unistd.h>

using namespace puw;

namespace {

class DnsWaitTest : public ::testing::Test {
protected:
    // Each test has its own address, so that ctest may run them side by side.
    void startDns(const QString& address)
    {
        PUW_REQUIRE(geteuid() == 0, "root (dnsmasq binds port 53)");
        const QString dnsmasq = test::findProgram(QStringLiteral("dnsmasq"));
        PUW_REQUIRE(!dnsmasq.isEmpty(), "dnsmasq");
        ASSERT_TRUE(m_dir.isValid());
        m_address = address;
        m_hosts = m_dir.filePath(QStringLiteral("hosts"));
        pointAt(QStringLiteral("127.0.0.41"), false);
        const QString error = m_dns.start(
            dnsmasq,
            {QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=/dev/null"),
             QStringLiteral("--listen-address=") + address, QStringLiteral("--port=53"),
             QStringLiteral("--bind-interfaces"), QStringLiteral("--no-resolv"), QStringLiteral("--no-hosts"),
             QStringLiteral("--local=/test.local/"), QStringLiteral("--addn-hosts=") + m_hosts,
             QStringLiteral("--address=/still.test.local/127.0.0.41"), QStringLiteral("--local-ttl=1"),
             QStringLiteral("--log-facility=-"), QStringLiteral("--user=root"),
             QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("dnsmasq.pid"))},
            address, 53, true);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    }

    // Changes the record, as the admin would at the DNS provider (dnsmasq rereads it on SIGHUP).
    void pointAt(const QString& target, bool reload = true)
    {
        QFile file(m_hosts);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QStringLiteral("%1\tapp.test.local\n").arg(target).toUtf8());
        file.close();
        if (reload)
            ::kill(pid_t(m_dns.pid()), SIGHUP);
    }

    DnsWaitRequest request(const QString& name, int timeoutMs) const
    {
        DnsWaitRequest r;
        r.name = name;
        r.expected = QHostAddress(QStringLiteral("127.0.0.42"));
        r.resolver = QHostAddress(m_address);
        r.timeoutMs = timeoutMs;
        r.intervalMs = 300;
        r.attemptTimeoutMs = 2000;
        return r;
    }

    QTemporaryDir m_dir;
    QString m_address;
    QString m_hosts;
    test::ServerProcess m_dns;
};

} // namespace

TEST_F(DnsWaitTest, ResolutionIsPolledUntilTheNamePointsToTheNewHost)
{
    startDns(QStringLiteral("127.0.0.44"));
    const DnsAnswer now = lookupAddresses(QStringLiteral("app.test.local"), false, QHostAddress(m_address));
    ASSERT_TRUE(now.ok) << now.error.toStdString();
    ASSERT_EQ(now.addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.41"))});
    const QString advice = dnsChangeInstructions(QStringLiteral("app.test.local"),
                                                 QHostAddress(QStringLiteral("127.0.0.42")), now);
    EXPECT_TRUE(advice.contains(QStringLiteral("It now points to 127.0.0.41 with a TTL of 1 s.")))
        << advice.toStdString();

    QList<int> attempts;
    const DnsWaitResult result =
        waitForDns(request(QStringLiteral("app.test.local"), 15000), [&](const DnsAttempt& a) {
            attempts << a.number;
            if (a.number == 2)
                pointAt(QStringLiteral("127.0.0.42"));
            return true;
        });
    EXPECT_TRUE(result.result.passed) << result.result.detail.toStdString();
    EXPECT_GE(result.attempts, 3);
    EXPECT_EQ(result.result.kind, QStringLiteral("dns"));
    EXPECT_TRUE(result.result.detail.startsWith(
        QStringLiteral("app.test.local resolves to 127.0.0.42 (the new host) after %1 attempt(s) in ")
            .arg(result.attempts)))
        << result.result.detail.toStdString();
    EXPECT_EQ(attempts.size(), result.attempts);
}

TEST_F(DnsWaitTest, NameThatNeverChangesTimesOutClearly)
{
    startDns(QStringLiteral("127.0.0.45"));
    const DnsWaitResult result = waitForDns(request(QStringLiteral("still.test.local"), 1500));
    EXPECT_FALSE(result.result.passed);
    EXPECT_FALSE(result.result.cancelled);
    EXPECT_GE(result.attempts, 2);
    const QString detail = result.result.detail;
    EXPECT_TRUE(detail.startsWith(
        QStringLiteral("still.test.local still does not resolve to 127.0.0.42 only after ")))
        << detail.toStdString();
    EXPECT_TRUE(detail.endsWith(QStringLiteral("; last answer: still.test.local resolves to 127.0.0.41")))
        << detail.toStdString();

    const DnsWaitResult unknown = waitForDns(request(QStringLiteral("nothing.test.local"), 500));
    EXPECT_FALSE(unknown.result.passed);
    EXPECT_TRUE(unknown.result.detail.endsWith(
        QStringLiteral("nothing.test.local resolves to nothing (no such name)")))
        << unknown.result.detail.toStdString();

    std::atomic<bool> cancel{false};
    DnsWaitRequest cancellable = request(QStringLiteral("still.test.local"), 60000);
    cancellable.cancel = &cancel;
    const DnsWaitResult cancelled = waitForDns(cancellable, [&](const DnsAttempt&) {
        cancel = true;
        return true;
    });
    EXPECT_TRUE(cancelled.result.cancelled);
    EXPECT_LT(cancelled.result.elapsedMs, 2000);
    EXPECT_TRUE(cancelled.result.detail.startsWith(QStringLiteral("cancelled after 1 attempt(s)")))
        << cancelled.result.detail.toStdString();
}
