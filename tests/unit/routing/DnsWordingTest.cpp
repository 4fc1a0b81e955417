#include "routing/DnsRoute.h"

#include <gtest/gtest.h>

using namespace puw;

TEST(DnsWording, InstructionsNameTheRecordAndTheTtl)
{
    DnsAnswer current;
    current.ok = true;
    current.addresses = {QHostAddress(QStringLiteral("198.51.100.7"))};
    current.ttlSeconds = 3600;
    const QString text = dnsChangeInstructions(QStringLiteral("app.example.org"),
                                               QHostAddress(QStringLiteral("203.0.113.5")), current);
    EXPECT_TRUE(text.contains(QStringLiteral("Change the A record of app.example.org to 203.0.113.5.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("It now points to 198.51.100.7 with a TTL of 3600 s.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Lower the TTL")));
}

TEST(DnsWording, Ipv6AddressAsksForAaaa)
{
    DnsAnswer none;
    none.ok = true;
    none.error = QStringLiteral("no such name");
    const QString text = dnsChangeInstructions(QStringLiteral("app.example.org"),
                                               QHostAddress(QStringLiteral("2001:db8::5")), none);
    EXPECT_TRUE(text.contains(QStringLiteral("Change the AAAA record"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("does not resolve now (no such name)")));
}

TEST(DnsWording, ResolverOnAnotherPortIsRefusedClearlyOnQt64)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    GTEST_SKIP() << "this Qt can ask any port";
#endif
    DnsWaitRequest request;
    request.name = QStringLiteral("app.test.local");
    request.expected = QHostAddress(QStringLiteral("127.0.0.42"));
    request.resolver = QHostAddress(QStringLiteral("127.0.0.44"));
    request.resolverPort = 5353;
    request.timeoutMs = 2000;
    const DnsWaitResult result = waitForDns(request);
    EXPECT_FALSE(result.result.passed);
    EXPECT_EQ(result.attempts, 1);
    EXPECT_TRUE(result.result.detail.contains(QStringLiteral("can only ask a resolver on port 53")))
        << result.result.detail.toStdString();
}
