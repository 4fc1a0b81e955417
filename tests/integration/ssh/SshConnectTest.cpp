// Connecting: key, password, agent authentication, and the host-key policy, against a real sshd.
#include "SshdServer.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace puw;
using namespace puw::test;

namespace {

class SshConnectTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        PUW_REQUIRE(SshTestKit::haveSshd(), "OpenSSH server (/usr/sbin/sshd) and ssh-keygen");
        PUW_REQUIRE(SshTestKit::isRoot(), "root, to run sshd and create the test user");
        ASSERT_TRUE(SshTestKit::ensureTestUser());
        knownHosts = dir.filePath(QStringLiteral("known_hosts"));
        key = SshTestKit::makeKey(dir.path(), QStringLiteral("id_test"));
    }

    QTemporaryDir dir;
    QString knownHosts;
    QString key;
};

TEST_F(SshConnectTest, KeyAuthenticationAndUnknownHostKeyAskedThenSaved)
{
    SshdServer server(QStringLiteral("127.0.0.21"), 2222);
    ASSERT_TRUE(SshTestKit::authorize(server, key));
    ASSERT_TRUE(server.start());
    {
        TestConnection connection(server, knownHosts, QStringLiteral("root"), key);
        SshHost host(connection.host, connection.options);
        const RemoteError error = connection.open(host);
        ASSERT_FALSE(error.isError()) << error.message.toStdString();
        ASSERT_EQ(connection.prompter->askedHostKeys().size(), 1);
        const HostKeyInfo asked = connection.prompter->askedHostKeys().first();
        EXPECT_EQ(asked.state, HostKeyInfo::State::Unknown);
        EXPECT_EQ(asked.keyType, QStringLiteral("ssh-ed25519"));
        EXPECT_TRUE(asked.fingerprint.startsWith(QStringLiteral("SHA256:")));
        EXPECT_EQ(asked.host, QStringLiteral("[127.0.0.21]:2222"));
        EXPECT_EQ(host.state(), SshHost::State::Connected);
    }
    QFile saved(knownHosts);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(saved.readAll().contains("[127.0.0.21]:2222"));
    // Second time: known, not asked again.
    TestConnection again(server, knownHosts, QStringLiteral("root"), key);
    SshHost host(again.host, again.options);
    ASSERT_FALSE(again.open(host).isError());
    EXPECT_TRUE(again.prompter->askedHostKeys().isEmpty());
}

TEST_F(SshConnectTest, UnknownHostKeyRefusedIsNotSaved)
{
    SshdServer server(QStringLiteral("127.0.0.21"), 2223);
    ASSERT_TRUE(SshTestKit::authorize(server, key));
    ASSERT_TRUE(server.start());
    TestConnection connection(server, knownHosts, QStringLiteral("root"), key);
    connection.prompter->acceptUnknownHostKeys = false;
    SshHost host(connection.host, connection.options);
    const RemoteError error = connection.open(host);
    EXPECT_EQ(error.kind, RemoteError::Kind::HostKey);
    EXPECT_FALSE(QFile::exists(knownHosts) && QFile(knownHosts).size() > 0);
}

TEST_F(SshConnectTest, ChangedHostKeyRefusedWithBothFingerprints)
{
    SshdServer server(QStringLiteral("127.0.0.22"), 2222);
    ASSERT_TRUE(SshTestKit::authorize(server, key));
    ASSERT_TRUE(server.start());
    QString firstFingerprint;
    {
        TestConnection connection(server, knownHosts, QStringLiteral("root"), key);
        SshHost host(connection.host, connection.options);
        ASSERT_FALSE(connection.open(host).isError());
        firstFingerprint = host.hostKey().fingerprint;
    }
    server.stop();
    server.setHostKeyType(QStringLiteral("ed25519")); // same type, new key
    ASSERT_TRUE(server.start());
    TestConnection connection(server, knownHosts, QStringLiteral("root"), key);
    SshHost host(connection.host, connection.options);
    const RemoteError error = connection.open(host);
    EXPECT_EQ(error.kind, RemoteError::Kind::HostKey);
    EXPECT_TRUE(connection.prompter->askedHostKeys().isEmpty())
        << "a changed key is never offered for acceptance";
    const HostKeyInfo info = host.hostKey();
    EXPECT_EQ(info.state, HostKeyInfo::State::Changed);
    EXPECT_EQ(info.recordedFingerprint, firstFingerprint);
    EXPECT_NE(info.fingerprint, firstFingerprint);
    EXPECT_EQ(info.recordedLine, 1);
    EXPECT_TRUE(error.message.contains(firstFingerprint)) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(info.fingerprint));
    EXPECT_TRUE(error.message.contains(knownHosts + QStringLiteral(":1")));
}

TEST_F(SshConnectTest, HostKeyOfAnotherTypeRefused)
{
    SshdServer server(QStringLiteral("127.0.0.22"), 2223);
    ASSERT_TRUE(SshTestKit::authorize(server, key));
    ASSERT_TRUE(server.start());
    {
        TestConnection connection(server, knownHosts, QStringLiteral("root"), key);
        SshHost host(connection.host, connection.options);
        ASSERT_FALSE(connection.open(host).isError());
    }
    server.stop();
    server.setHostKeyType(QStringLiteral("ecdsa"));
    ASSERT_TRUE(server.start());
    TestConnection connection(server, knownHosts, QStringLiteral("root"), key);
    SshHost host(connection.host, connection.options);
    const RemoteError error = connection.open(host);
    EXPECT_EQ(error.kind, RemoteError::Kind::HostKey) << error.message.toStdString();
    EXPECT_EQ(host.hostKey().state, HostKeyInfo::State::OtherType);
    EXPECT_EQ(host.hostKey().recordedKeyType, QStringLiteral("ssh-ed25519"));
    EXPECT_TRUE(connection.prompter->askedHostKeys().isEmpty());
    EXPECT_TRUE(error.message.contains(QStringLiteral("CHANGED")));
}

TEST_F(SshConnectTest, PasswordAuthenticationAndWrongPassword)
{
    SshdServer server(QStringLiteral("127.0.0.21"), 2224);
    ASSERT_TRUE(server.start());
    {
        TestConnection connection(server, knownHosts, SshTestKit::testUser());
        connection.prompter->password = SshTestKit::testPassword();
        SshHost host(connection.host, connection.options);
        const RemoteError error = connection.open(host);
        ASSERT_FALSE(error.isError()) << error.message.toStdString();
    }
    TestConnection connection(server, knownHosts, SshTestKit::testUser());
    connection.prompter->password = QStringLiteral("wrong password");
    SshHost host(connection.host, connection.options);
    const RemoteError error = connection.open(host);
    EXPECT_EQ(error.kind, RemoteError::Kind::Auth);
    EXPECT_TRUE(error.message.contains(QStringLiteral("password"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("The server offers: publickey, password")))
        << error.message.toStdString();
    EXPECT_FALSE(error.message.contains(QStringLiteral("wrong password"))) << "no secret in a message";
}

TEST_F(SshConnectTest, EncryptedKeyUsesThePassphraseFromTheProvider)
{
    SshdServer server(QStringLiteral("127.0.0.21"), 2225);
    const QString locked =
        SshTestKit::makeKey(dir.path(), QStringLiteral("id_locked"), QStringLiteral("open sesame"));
    ASSERT_TRUE(SshTestKit::authorize(server, locked));
    ASSERT_TRUE(server.start());
    TestConnection connection(server, knownHosts, QStringLiteral("root"), locked);
    connection.prompter->passphrase = QStringLiteral("open sesame");
    connection.options.redactor = std::make_shared<Redactor>();
    SshHost host(connection.host, connection.options);
    const RemoteError error = connection.open(host);
    ASSERT_FALSE(error.isError()) << error.message.toStdString();
    EXPECT_EQ(connection.options.redactor->redact(QStringLiteral("x open sesame")),
              QStringLiteral("x [redacted]"));
}

TEST_F(SshConnectTest, AgentAuthentication)
{
    PUW_REQUIRE(!findProgram(QStringLiteral("ssh-agent")).isEmpty(), "ssh-agent");
    SshdServer server(QStringLiteral("127.0.0.21"), 2226);
    const QString agentKey = SshTestKit::makeKey(dir.path(), QStringLiteral("id_agent"));
    ASSERT_TRUE(SshTestKit::authorize(server, agentKey));
    ASSERT_TRUE(server.start());
    const QString socket = dir.filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(findProgram(QStringLiteral("ssh-agent")),
                {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    ASSERT_TRUE(agent.waitForStarted());
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(socket); }, 5000));
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    add.setProcessEnvironment(env);
    add.start(findProgram(QStringLiteral("ssh-add")), {agentKey});
    ASSERT_TRUE(add.waitForFinished());
    ASSERT_EQ(add.exitCode(), 0);
    QFile::remove(agentKey); // only the agent has it now
    QFile::remove(agentKey + QStringLiteral(".pub"));

    TestConnection connection(server, knownHosts, QStringLiteral("root"));
    connection.options.useAgent = true;
    connection.options.agentSocket = socket;
    SshHost host(connection.host, connection.options);
    const RemoteError error = connection.open(host);
    EXPECT_FALSE(error.isError()) << error.message.toStdString();
    agent.kill();
    agent.waitForFinished();
}

} // namespace
