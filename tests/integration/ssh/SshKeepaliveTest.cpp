// A server that goes silent (its session processes stopped, the TCP connection intact): pending operations
// fail with "connection lost" within the keepalive interval plus the reply timeout instead of hanging.
#include "SshdServer.h"
#include "TestEnvironment.h"

#include "jobs/HostPool.h"
#include "remote/FileTransfer.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace puw;
using namespace puw::test;

namespace {

constexpr int keepaliveMs = 1000;
constexpr int replyTimeoutMs = 2000;
constexpr int budgetMs = keepaliveMs + replyTimeoutMs;

class SshKeepaliveTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        PUW_REQUIRE(SshTestKit::haveSshd(), "OpenSSH server (/usr/sbin/sshd) and ssh-keygen");
        PUW_REQUIRE(SshTestKit::isRoot(), "root, to run sshd");
        key = SshTestKit::makeKey(dir.path(), QStringLiteral("id_keepalive"));
        ASSERT_TRUE(SshTestKit::authorize(server, key));
        ASSERT_TRUE(server.start());
        connection = std::make_unique<TestConnection>(server, dir.filePath(QStringLiteral("known_hosts")),
                                                      QStringLiteral("root"), key);
        connection->options.keepaliveIntervalMs = keepaliveMs;
        connection->options.keepaliveReplyMs = replyTimeoutMs;
        host = std::make_unique<SshHost>(connection->host, connection->options);
        ASSERT_FALSE(connection->open(*host).isError());
    }
    void TearDown() override
    {
        host.reset();
        server.stop(); // SIGKILL reaches stopped processes too
    }

    QTemporaryDir dir;
    QString key;
    SshdServer server{QStringLiteral("127.0.0.24"), 2223};
    std::unique_ptr<TestConnection> connection;
    std::unique_ptr<SshHost> host;
};

TEST_F(SshKeepaliveTest, IdleConnectionStaysUpWhileTheServerAnswers)
{
    // Several keepalive intervals without any operation: the probes are answered, nothing is lost.
    bool lost = false;
    QObject::connect(host.get(), &SshHost::connectionLost, [&](const RemoteError&) { lost = true; });
    waitUntil([&] { return lost; }, budgetMs + 1500);
    EXPECT_FALSE(lost);
    CommandSpec spec;
    spec.shellCommand = QStringLiteral("echo still here");
    std::unique_ptr<CommandRun> run(host->run(spec));
    ASSERT_TRUE(waitFor(run->future(), 5000));
    EXPECT_TRUE(run->result().ok()) << run->result().describe().toStdString();
}

TEST_F(SshKeepaliveTest, SilentServerFailsARunningCommand)
{
    CommandSpec spec;
    spec.shellCommand = QStringLiteral("sleep 7781");
    std::unique_ptr<CommandRun> run(host->run(spec));
    ASSERT_TRUE(
        waitUntil([&] { return SshTestKit::countProcesses(QStringLiteral("^sleep 7781")) == 1; }, 5000));
    RemoteError lost;
    QObject::connect(host.get(), &SshHost::connectionLost, [&](const RemoteError& error) { lost = error; });
    server.freezeSessions(true);
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(waitFor(run->future(), budgetMs + 5000)) << "the command hung on a silent server";
    const qint64 elapsed = clock.elapsed();
    EXPECT_EQ(run->result().status, CommandResult::Status::Failed);
    EXPECT_EQ(run->result().error.kind, RemoteError::Kind::Disconnected);
    EXPECT_TRUE(run->result().error.message.contains(QStringLiteral("connection")))
        << run->result().error.message.toStdString();
    EXPECT_TRUE(run->result().error.message.contains(QStringLiteral("lost")));
    EXPECT_GE(elapsed, replyTimeoutMs - 500) << "declared lost before the reply timeout";
    EXPECT_LE(elapsed, budgetMs + 1500);
    EXPECT_EQ(lost.kind, RemoteError::Kind::Disconnected);
    EXPECT_EQ(host->state(), SshHost::State::Closed);
    // Later operations fail at once.
    std::unique_ptr<CommandRun> late(host->run(spec));
    ASSERT_TRUE(waitFor(late->future(), 2000));
    EXPECT_EQ(late->result().status, CommandResult::Status::Failed);
    std::printf("[ figures  ] silent server detected after %lld ms (keepalive %d ms + reply timeout %d ms)\n",
                static_cast<long long>(elapsed), keepaliveMs, replyTimeoutMs);
}

// A command that begins once the server went silent waits for its channel: that wait ends as a lost
// connection within the keepalive's limit too, not after the connect timeout (seen: 30 s in step 4).
TEST_F(SshKeepaliveTest, SilentServerFailsACommandWhoseChannelItNeverOpens)
{
    ASSERT_GT(connection->options.connectTimeoutMs, budgetMs + 1500)
        << "the test needs the longer connect limit";
    server.freezeSessions(true);
    CommandSpec spec;
    spec.shellCommand = QStringLiteral("echo never");
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<CommandRun> run(host->run(spec));
    ASSERT_TRUE(waitFor(run->future(), connection->options.connectTimeoutMs + 5000));
    const qint64 elapsed = clock.elapsed();
    EXPECT_EQ(run->result().status, CommandResult::Status::Failed);
    EXPECT_EQ(run->result().error.kind, RemoteError::Kind::Disconnected)
        << run->result().describe().toStdString();
    EXPECT_TRUE(run->result().error.message.contains(QStringLiteral("lost")))
        << run->result().error.message.toStdString();
    EXPECT_LE(elapsed, budgetMs + 1500);
    EXPECT_TRUE(waitUntil([&] { return host->state() == SshHost::State::Closed; }, 2000))
        << "the host is closed as lost, so that the next step connects again";
    std::printf("[ figures  ] a channel asked of a silent server gave up after %lld ms\n",
                static_cast<long long>(elapsed));
}

TEST_F(SshKeepaliveTest, SilentServerFailsAnUploadMidStream)
{
    // A sparse local file: large, and nothing to generate.
    const QString local = dir.filePath(QStringLiteral("sparse.bin"));
    ASSERT_EQ(runLocal(QStringLiteral("truncate"), {QStringLiteral("-s"), QStringLiteral("8G"), local}), 0);
    const QString remote = dir.filePath(QStringLiteral("target.bin"));
    std::unique_ptr<FileTransfer> upload(host->upload(local, remote));
    qint64 sent = 0;
    QObject::connect(upload.get(), &FileTransfer::progress,
                     [&](qint64 bytes, qint64, double) { sent = bytes; });
    ASSERT_TRUE(waitUntil([&] { return sent > 16 * 1024 * 1024; }, 10000));
    server.freezeSessions(true);
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(waitFor(upload->future(), budgetMs + 5000)) << "the upload hung on a silent server";
    EXPECT_LE(clock.elapsed(), budgetMs + 1500);
    const TransferResult result = upload->result();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error.kind, RemoteError::Kind::Disconnected) << result.error.message.toStdString();
    EXPECT_TRUE(result.error.message.contains(QStringLiteral("lost"))) << result.error.message.toStdString();
    EXPECT_FALSE(QFile::exists(remote));
}

} // namespace

namespace {

ShellOutcome runOn(HostPool& pool, const QString& commandLine)
{
    auto shell = pool.shell(HostRole::Old);
    if (!shell.ok()) {
        ShellOutcome outcome;
        outcome.error = shell.error();
        return outcome;
    }
    ShellRequest request;
    request.commandLine = commandLine;
    request.timeoutMs = 30000;
    return shell.value()->run(request, {});
}

} // namespace

// What the engine does before every step: a host whose connection was lost is connected again (host key
// checked, key authentication), so that a link that dropped fails one step, not every later one.
TEST_F(SshKeepaliveTest, ALostHostIsConnectedAgainForTheNextStep)
{
    UpgradePlan plan;
    plan.oldHost = connection->host;
    HostPool pool(plan, HostPool::sshConnector(connection->options, nullptr));
    ASSERT_TRUE(runOn(pool, QStringLiteral("echo first")).ok());

    // The server goes away and comes back: the session the pool holds is dead for good.
    server.stop();
    ASSERT_TRUE(waitUntil([&] { return pool.sshHost(HostRole::Old)->state() == SshHost::State::Closed; },
                          budgetMs + 3000))
        << "the pool's session was not seen lost";
    ASSERT_TRUE(server.start());
    const ShellOutcome same = runOn(pool, QStringLiteral("echo same connection"));
    EXPECT_FALSE(same.ok()) << "a lost connection does not come back by itself";

    pool.forgetLostConnections();
    const ShellOutcome again = runOn(pool, QStringLiteral("echo again"));
    EXPECT_TRUE(again.ok()) << again.describe().toStdString();
    EXPECT_EQ(again.stdoutText.trimmed(), QStringLiteral("again"));
}
