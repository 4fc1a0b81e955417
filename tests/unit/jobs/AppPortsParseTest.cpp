// Reading `ss -Htlnp` and deciding whether a listener takes the new application's port.
#include "jobs/shared/AppPortsCheck.h"

#include <gtest/gtest.h>

using namespace puw;
using namespace puw::AppPortsCheck;

TEST(AppPortsParse, ReadsAddressesPortsAndTheProcessesSsNames)
{
    const auto listeners =
        parseSs(QStringLiteral("LISTEN 0      4096   127.0.0.53%lo:53        0.0.0.0:*    "
                               "users:((\"systemd-resolve\",pid=501,fd=14))\n"
                               "LISTEN 0      511          0.0.0.0:80        0.0.0.0:*    "
                               "users:((\"nginx\",pid=813,fd=6),(\"nginx\",pid=812,fd=6))\n"
                               "LISTEN 0      244        127.0.0.1:5432      0.0.0.0:*\n"
                               "LISTEN 0      128             [::]:22           [::]:*\n"
                               "LISTEN 0      4096               *:8081            *:*\n"
                               "LISTEN 0      50  [::ffff:127.0.0.1]:8080          *:*\n"
                               "\n"));
    ASSERT_TRUE(listeners.ok()) << listeners.error().toStdString();
    ASSERT_EQ(listeners->size(), 6);
    EXPECT_EQ(listeners->at(0).address, QStringLiteral("127.0.0.53"));
    EXPECT_EQ(listeners->at(0).port, 53);
    EXPECT_EQ(listeners->at(0).processes, QStringList{QStringLiteral("systemd-resolve (pid 501)")});
    EXPECT_EQ(listeners->at(1).processes,
              (QStringList{QStringLiteral("nginx (pid 813)"), QStringLiteral("nginx (pid 812)")}));
    EXPECT_TRUE(listeners->at(2).processes.isEmpty()) << "another user's process: ss names it to root only";
    EXPECT_EQ(listeners->at(3).address, QStringLiteral("::"));
    EXPECT_EQ(listeners->at(3).port, 22);
    EXPECT_EQ(listeners->at(4).address, QStringLiteral("*"));
    EXPECT_EQ(listeners->at(5).address, QStringLiteral("::ffff:127.0.0.1"));
    EXPECT_EQ(listeners->at(5).port, 8080);

    // Without the State column (older ss for a single state), and nothing at all.
    const auto stateless = parseSs(QStringLiteral("0 128 10.0.0.5:8443 0.0.0.0:*\n"));
    ASSERT_TRUE(stateless.ok()) << stateless.error().toStdString();
    ASSERT_EQ(stateless->size(), 1);
    EXPECT_EQ(stateless->at(0).address, QStringLiteral("10.0.0.5"));
    EXPECT_EQ(stateless->at(0).port, 8443);
    EXPECT_TRUE(parseSs(QString()).ok());
    EXPECT_TRUE(parseSs(QString())->isEmpty());
}

TEST(AppPortsParse, WhatIsNotAListenerLineIsAnError)
{
    EXPECT_FALSE(parseSs(QStringLiteral("State Recv-Q Send-Q Local Address:Port Peer Address:Port\n")).ok());
    EXPECT_FALSE(parseSs(QStringLiteral("ss: command not found\n")).ok());
    EXPECT_FALSE(parseSs(QStringLiteral("LISTEN 0 128 0.0.0.0:99999 0.0.0.0:*\n")).ok());
    const auto error = parseSs(QStringLiteral("LISTEN 0 128\n"));
    ASSERT_FALSE(error.ok());
    EXPECT_TRUE(error.error().contains(QStringLiteral("LISTEN 0 128"))) << error.error().toStdString();
}

TEST(AppPortsParse, AListenerTakesThePortOnEveryAddressOrOnTheApplicationsOwn)
{
    const AppPort app{8081, QStringLiteral("192.0.2.11")};
    EXPECT_TRUE(takes({QStringLiteral("0.0.0.0"), 8081, {}}, app));
    EXPECT_TRUE(takes({QStringLiteral("::"), 8081, {}}, app));
    EXPECT_TRUE(takes({QStringLiteral("*"), 8081, {}}, app));
    EXPECT_TRUE(takes({QStringLiteral("192.0.2.11"), 8081, {}}, app));
    EXPECT_TRUE(takes({QStringLiteral("::ffff:192.0.2.11"), 8081, {}}, app));
    EXPECT_FALSE(takes({QStringLiteral("192.0.2.11"), 8082, {}}, app));
    // Old's application in a network both hosts share, bound to old's own address.
    EXPECT_FALSE(takes({QStringLiteral("192.0.2.10"), 8081, {}}, app));
    // A URL with a host name: which address the application binds is not known, so any listener takes it.
    EXPECT_TRUE(takes({QStringLiteral("192.0.2.10"), 8081, {}}, {8081, QStringLiteral("new.example.org")}));
    EXPECT_TRUE(takes({QStringLiteral("127.0.0.1"), 8081, {}}, {8081, QStringLiteral("localhost")}));
    EXPECT_FALSE(takes({QStringLiteral("192.0.2.10"), 8081, {}}, {8081, QStringLiteral("localhost")}));
}
