// The nginx switch of step 9 against a real nginx: old app on 127.0.0.41, new on .42, public on .43.
#include "ServerProcess.h"

#include "TestEnvironment.h"
#include "remote/LocalShell.h"
#include "routing/NginxCommands.h"
#include "routing/NginxSwitch.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace puw;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

class NginxSwitchTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        PUW_REQUIRE(!test::findProgram(QStringLiteral("nginx")).isEmpty(), "nginx");
        const QString error = m_world.start();
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        m_setup.upstreamFile = m_world.upstreamFile();
        m_setup.testCommand = m_world.testCommand();
        m_setup.reloadCommand = m_world.reloadCommand();
        m_setup.verifyTimeoutMs = 10000;
        m_setup.verifyIntervalMs = 200;
        ASSERT_TRUE(publicAnswers(QStringLiteral("1"))) << "the world starts on the old version";
    }

    HttpCheckRequest version(const QString& expected) const
    {
        HttpCheckRequest check;
        check.name = QStringLiteral("public version");
        check.url = QUrl(m_world.publicUrl(QStringLiteral("/version")));
        check.bodyContains = expected;
        check.timeoutMs = 3000;
        return check;
    }

    bool publicAnswers(const QString& expected) const { return runHttpCheck(version(expected)).passed; }

    test::NginxWorld m_world;
    LocalShell m_proxy{QStringLiteral("proxy")};
    NginxSetup m_setup;
};

} // namespace

TEST_F(NginxSwitchTest, SwitchesFromOldToNewAndVerifiesThroughNginx)
{
    const QString before = QString::fromUtf8(readAll(m_world.upstreamFile()));
    const RouteResult result = switchNginx(
        m_proxy, m_setup, m_world.upstreamFor(QStringLiteral("127.0.0.42")), version(QStringLiteral("2")));
    EXPECT_TRUE(result.ok) << result.detail.toStdString() << "\n"
                           << result.actions.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(result.reloaded);
    EXPECT_TRUE(result.detail.startsWith(QStringLiteral("nginx routes %1 to the new installation: ")
                                             .arg(m_world.publicUrl(QStringLiteral("/version")))))
        << result.detail.toStdString();
    EXPECT_TRUE(result.verification.passed);
    EXPECT_TRUE(publicAnswers(QStringLiteral("2")));
    EXPECT_EQ(QString::fromUtf8(readAll(nginx_commands::backupPath(m_world.upstreamFile()))), before);
}

TEST_F(NginxSwitchTest, BrokenTemplateIsRejectedAndNginxStillRoutesToOld)
{
    const QByteArray before = readAll(m_world.upstreamFile());
    // A missing semicolon: nginx -t refuses it.
    const QString broken =
        QStringLiteral("upstream app_backend {\n    server 127.0.0.42:%1\n}\n").arg(m_world.port());
    const RouteResult result = switchNginx(m_proxy, m_setup, broken, version(QStringLiteral("2")));
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.reloaded);
    EXPECT_TRUE(result.restored);
    EXPECT_TRUE(result.detail.startsWith(QStringLiteral("the nginx test rejected the new upstream")))
        << result.detail.toStdString();
    EXPECT_TRUE(result.detail.contains(QStringLiteral("[emerg]"))) << result.detail.toStdString();
    EXPECT_TRUE(result.detail.endsWith(
        QStringLiteral("the previous file is back in place and nginx still routes as before")));
    EXPECT_EQ(readAll(m_world.upstreamFile()), before);
    EXPECT_TRUE(publicAnswers(QStringLiteral("1")));
    // And the restored configuration is one nginx accepts.
    EXPECT_EQ(test::runLocal(m_setup.testCommand.first(), m_setup.testCommand.mid(1)), 0);
}

TEST_F(NginxSwitchTest, RevertGoesBackToOld)
{
    ASSERT_TRUE(switchNginx(m_proxy, m_setup, m_world.upstreamFor(QStringLiteral("127.0.0.42")),
                            version(QStringLiteral("2")))
                    .ok);
    const RouteResult result = revertNginx(m_proxy, m_setup, version(QStringLiteral("1")));
    EXPECT_TRUE(result.ok) << result.detail.toStdString();
    EXPECT_TRUE(
        result.detail.startsWith(QStringLiteral("nginx routes %1 to the previous installation again: ")
                                     .arg(m_world.publicUrl(QStringLiteral("/version")))))
        << result.detail.toStdString();
    EXPECT_TRUE(publicAnswers(QStringLiteral("1")));
    // Switching again after a revert works and still keeps the original as the backup.
    ASSERT_TRUE(switchNginx(m_proxy, m_setup, m_world.upstreamFor(QStringLiteral("127.0.0.42")),
                            version(QStringLiteral("2")))
                    .ok);
    EXPECT_EQ(readAll(nginx_commands::backupPath(m_world.upstreamFile())),
              m_world.upstreamFor(QStringLiteral("127.0.0.41")).toUtf8());
}

TEST_F(NginxSwitchTest, NewBackendDownIsReportedAfterTheReload)
{
    m_setup.verifyTimeoutMs = 1500;
    const RouteResult result = switchNginx(
        m_proxy, m_setup, m_world.upstreamFor(QStringLiteral("127.0.0.44")), version(QStringLiteral("2")));
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.reloaded);
    EXPECT_TRUE(result.detail.contains(QStringLiteral("does not answer as expected")));
    EXPECT_TRUE(result.detail.contains(QStringLiteral("expected status 200, got 502")))
        << result.detail.toStdString();
    EXPECT_TRUE(result.detail.endsWith(QStringLiteral("revert to go back.")));
    EXPECT_TRUE(revertNginx(m_proxy, m_setup, version(QStringLiteral("1"))).ok);
}

TEST_F(NginxSwitchTest, TheRehearsalsTestOnACopyFindsATemplateErrorAndTouchesNothing)
{
    const QByteArray before = readAll(m_world.upstreamFile());
    const auto tryOnCopy = [&](const QString& upstream) {
        ShellRequest request;
        request.commandLine = nginx_commands::testCopy(m_world.upstreamFile(), m_setup.testCommand);
        request.stdinData = upstream.toUtf8();
        request.timeoutMs = 30000;
        return m_proxy.run(request);
    };
    const ShellOutcome good = tryOnCopy(m_world.upstreamFor(QStringLiteral("127.0.0.42")));
    EXPECT_TRUE(good.ok()) << good.describe().toStdString() << "\n" << good.stderrText.toStdString();
    // A missing semicolon: nginx's test refuses the copy, and says where.
    const ShellOutcome broken = tryOnCopy(
        QStringLiteral("upstream app_backend {\n    server 127.0.0.42:%1\n}\n").arg(m_world.port()));
    EXPECT_FALSE(broken.ok());
    EXPECT_TRUE(broken.stderrText.contains(QStringLiteral("puw-nginx-test.")))
        << "nginx names the copy's file: " << broken.stderrText.toStdString();
    EXPECT_EQ(readAll(m_world.upstreamFile()), before) << "the file nginx serves from is untouched";
    EXPECT_TRUE(publicAnswers(QStringLiteral("1")));
}
