// Running commands: exit codes, stderr, streaming, stdin, timeouts, cancel, a dying server, quoting.
#include "ConnectedHostTest.h"

#include "remote/ShellQuote.h"

#include <QTemporaryDir>

using namespace puw;
using namespace puw::test;

namespace {

struct SshExecTestServer {
    static constexpr const char* address = "127.0.0.23";
    static constexpr int port = 2222;
    static constexpr const char* keyName = "id_exec";
};

class SshExecTest : public ConnectedHostTest<SshExecTestServer> {
protected:
    // Runs to the end, collecting stdout and stderr lines.
    CommandResult runAll(const CommandSpec& spec, QStringList* out = nullptr, QStringList* err = nullptr,
                         int waitMs = 30000)
    {
        std::unique_ptr<CommandRun> run(host->run(spec));
        QObject::connect(run.get(), &CommandRun::stdoutLines, [out](const QStringList& lines) {
            if (out)
                *out << lines;
        });
        QObject::connect(run.get(), &CommandRun::stderrLines, [err](const QStringList& lines) {
            if (err)
                *err << lines;
        });
        EXPECT_TRUE(waitFor(run->future(), waitMs)) << "the command did not finish";
        return run->result();
    }
};

CommandSpec args(const QStringList& arguments, int timeoutMs = 0)
{
    CommandSpec spec;
    spec.arguments = arguments;
    spec.timeoutMs = timeoutMs;
    return spec;
}

CommandSpec shell(const QString& command, int timeoutMs = 0)
{
    CommandSpec spec;
    spec.shellCommand = command;
    spec.timeoutMs = timeoutMs;
    return spec;
}

TEST_F(SshExecTest, ExitCodesStdoutAndStderr)
{
    QStringList out, err;
    const CommandResult result =
        runAll(shell(QStringLiteral("echo one; echo two >&2; echo three; exit 7")), &out, &err);
    EXPECT_EQ(result.status, CommandResult::Status::Exited);
    EXPECT_EQ(result.exitCode, 7);
    EXPECT_EQ(out, QStringList({QStringLiteral("one"), QStringLiteral("three")}));
    EXPECT_EQ(err, QStringList({QStringLiteral("two")}));
    EXPECT_EQ(result.stderrTail, QStringList({QStringLiteral("two")}));
    EXPECT_TRUE(runAll(shell(QStringLiteral("true"))).ok());
    const CommandResult missing = runAll(args({QStringLiteral("/no/such/program")}), nullptr, &err);
    EXPECT_EQ(missing.exitCode, 127);
}

TEST_F(SshExecTest, HostileArgumentsArriveLiterally)
{
    const QStringList hostile = {
        QStringLiteral("it's"),
        QStringLiteral("\"double\""),
        QStringLiteral("$(touch /tmp/puw-pwned)"),
        QStringLiteral("`id`"),
        QStringLiteral("a; rm -rf /nonexistent"),
        QStringLiteral("line1\nline2"),
        QStringLiteral("-n"),
        QStringLiteral("--help"),
        QString::fromUtf8("h\xc3\xa9llo \xe2\x82\xac \xe6\x97\xa5"),
        QString(),
        QStringLiteral("$HOME"),
        QStringLiteral("*"),
        QStringLiteral("\\"),
        QStringLiteral("'"),
        QStringLiteral("a'b'\"c\""),
        QStringLiteral("tab\there"),
        QStringLiteral("| cat"),
        QStringLiteral("&&"),
    };
    CommandSpec spec;
    spec.arguments = QStringList{QStringLiteral("printf"), QStringLiteral("%s\\0")} + hostile;
    spec.rawOutput = true;
    std::unique_ptr<CommandRun> run(host->run(spec));
    QByteArray received;
    QObject::connect(run.get(), &CommandRun::stdoutData, [&](const QByteArray& data) { received += data; });
    ASSERT_TRUE(waitFor(run->future(), 10000));
    ASSERT_TRUE(run->result().ok()) << run->result().describe().toStdString();
    QByteArray expected;
    for (const QString& argument : hostile)
        expected += argument.toUtf8() + '\0';
    EXPECT_EQ(received, expected);
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/puw-pwned")));
    EXPECT_EQ(shellQuote(QString()), QStringLiteral("''"));
}

TEST_F(SshExecTest, StdinDataIsWrittenThenClosed)
{
    CommandSpec spec = shell(QStringLiteral("read -r line; echo \"got:$line\"; wc -c"));
    spec.stdinData = "secret-value\nmore\n";
    spec.stdinIsSecret = true;
    QStringList out;
    ASSERT_TRUE(runAll(spec, &out).ok());
    EXPECT_EQ(out, QStringList({QStringLiteral("got:secret-value"), QStringLiteral("5")}));
}

TEST_F(SshExecTest, StreamedStdinFromTheCaller)
{
    CommandSpec spec = shell(QStringLiteral("sha256sum"));
    spec.keepStdinOpen = true;
    std::unique_ptr<CommandRun> run(host->run(spec));
    QStringList out;
    QObject::connect(run.get(), &CommandRun::stdoutLines, [&](const QStringList& lines) { out << lines; });
    run->writeStdin("hello ");
    run->writeStdin("world\n");
    run->closeStdin();
    ASSERT_TRUE(waitFor(run->future(), 10000));
    ASSERT_EQ(out.size(), 1);
    EXPECT_TRUE(out.first().startsWith(
        QStringLiteral("a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447")));
}

TEST_F(SshExecTest, HundredMegabytesStreamWithoutMemoryGrowth)
{
    // 100 MB of 100-byte lines, received slowly enough at first that a backlog would build up.
    CommandSpec spec = shell(QStringLiteral("head -c 100000000 /dev/zero | tr '\\0' 'x' | fold -w 99"));
    std::unique_ptr<CommandRun> run(host->run(spec));
    qint64 lines = 0, bytes = 0;
    const qint64 before = SshTestKit::residentKiB();
    qint64 peak = before;
    QObject::connect(run.get(), &CommandRun::stdoutLines, [&](const QStringList& batch) {
        lines += batch.size();
        for (const QString& line : batch)
            bytes += line.size() + 1;
        peak = std::max(peak, SshTestKit::residentKiB());
    });
    ASSERT_TRUE(waitFor(run->future(), 60000));
    ASSERT_TRUE(run->result().ok()) << run->result().describe().toStdString();
    EXPECT_EQ(bytes, 100000000 + 100000000 / 99 + 1);
    EXPECT_GT(lines, 1000000);
    // Bounded by the 8 MiB in-flight limit (UTF-16 doubles it) plus buffers: far below the 100 MB streamed.
    EXPECT_LT(peak - before, 64 * 1024) << "RSS grew by " << (peak - before) << " KiB";
    std::printf("[ figures  ] 100 MB streamed as %lld lines, RSS growth %lld KiB\n",
                static_cast<long long>(lines), static_cast<long long>(peak - before));
}

TEST_F(SshExecTest, CancelKillsTheRemoteProcess)
{
    const QString marker = QStringLiteral("sleep 7771");
    CommandSpec spec = shell(QStringLiteral("sleep 7771; echo never"));
    std::unique_ptr<CommandRun> run(host->run(spec));
    ASSERT_TRUE(
        waitUntil([&] { return SshTestKit::countProcesses(QStringLiteral("^sleep 7771")) == 1; }, 5000));
    run->cancel();
    ASSERT_TRUE(waitFor(run->future(), 8000));
    EXPECT_EQ(run->result().status, CommandResult::Status::Cancelled);
    EXPECT_TRUE(
        waitUntil([&] { return SshTestKit::countProcesses(QStringLiteral("^sleep 7771")) == 0; }, 5000))
        << "the remote process survived the cancel";
}

TEST_F(SshExecTest, TimeoutKillsTheCommand)
{
    QElapsedTimer clock;
    clock.start();
    const CommandResult result = runAll(args({QStringLiteral("sleep"), QStringLiteral("7772")}, 1000));
    EXPECT_EQ(result.status, CommandResult::Status::TimedOut);
    EXPECT_LT(clock.elapsed(), 5000);
    EXPECT_TRUE(
        waitUntil([&] { return SshTestKit::countProcesses(QStringLiteral("^sleep 7772")) == 0; }, 5000));
}

TEST_F(SshExecTest, ServerKilledMidCommandFailsQuickly)
{
    SshdServer doomed(QStringLiteral("127.0.0.24"), 2222);
    SshTestKit::authorize(doomed, key);
    ASSERT_TRUE(doomed.start());
    TestConnection connection(doomed, dir->filePath(QStringLiteral("known_hosts")), QStringLiteral("root"),
                              key);
    SshHost victim(connection.host, connection.options);
    ASSERT_FALSE(connection.open(victim).isError());
    std::unique_ptr<CommandRun> run(victim.run(shell(QStringLiteral("sleep 7773"), 60000)));
    std::unique_ptr<CommandRun> queued(victim.run(shell(QStringLiteral("sleep 7774"), 60000)));
    ASSERT_TRUE(
        waitUntil([&] { return SshTestKit::countProcesses(QStringLiteral("^sleep 777[34]")) == 2; }, 5000));
    QElapsedTimer clock;
    clock.start();
    doomed.killAll();
    ASSERT_TRUE(waitFor(run->future(), 10000)) << "the operation hung after the server died";
    ASSERT_TRUE(waitFor(queued->future(), 10000));
    EXPECT_LT(clock.elapsed(), 6000);
    EXPECT_EQ(run->result().status, CommandResult::Status::Failed);
    EXPECT_EQ(run->result().error.kind, RemoteError::Kind::Disconnected)
        << run->result().error.message.toStdString();
    EXPECT_EQ(queued->result().status, CommandResult::Status::Failed);
    // Later operations fail at once too.
    std::unique_ptr<CommandRun> late(victim.run(shell(QStringLiteral("true"))));
    ASSERT_TRUE(waitFor(late->future(), 5000));
    EXPECT_EQ(late->result().status, CommandResult::Status::Failed);
}

} // namespace
