// Relaying a stream between two real sshd instances through the program, with tee and SHA-256.
#include "SshdServer.h"
#include "TestEnvironment.h"

#include "remote/ShellQuote.h"
#include "remote/StreamRelay.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace puw;
using namespace puw::test;

namespace {

class SshRelayTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        PUW_REQUIRE(SshTestKit::haveSshd(), "OpenSSH server (/usr/sbin/sshd) and ssh-keygen");
        PUW_REQUIRE(SshTestKit::isRoot(), "root, to run sshd");
        key = SshTestKit::makeKey(dir.path(), QStringLiteral("id_relay"));
        for (SshdServer* server : {&serverA, &serverB}) {
            ASSERT_TRUE(SshTestKit::authorize(*server, key));
            ASSERT_TRUE(server->start());
        }
        const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
        connectionA = std::make_unique<TestConnection>(serverA, knownHosts, QStringLiteral("root"), key);
        connectionB = std::make_unique<TestConnection>(serverB, knownHosts, QStringLiteral("root"), key);
        hostA = std::make_unique<SshHost>(connectionA->host, connectionA->options);
        hostB = std::make_unique<SshHost>(connectionB->host, connectionB->options);
        ASSERT_FALSE(connectionA->open(*hostA).isError());
        ASSERT_FALSE(connectionB->open(*hostB).isError());
    }

    static CommandSpec shell(const QString& command)
    {
        CommandSpec spec;
        spec.shellCommand = command;
        return spec;
    }

    QTemporaryDir dir;
    QString key;
    SshdServer serverA{QStringLiteral("127.0.0.25"), 2222};
    SshdServer serverB{QStringLiteral("127.0.0.26"), 2222};
    std::unique_ptr<TestConnection> connectionA, connectionB;
    std::unique_ptr<SshHost> hostA, hostB;
};

// sha256sum is several times faster than QCryptographicHash here, which keeps the test short.
QByteArray sha256OfFile(const QString& path)
{
    QString output;
    if (runLocal(QStringLiteral("sha256sum"), {path}, &output) != 0)
        return {};
    return output.section(QLatin1Char(' '), 0, 0).toLatin1();
}

TEST_F(SshRelayTest, QuarterGigabyteArrivesIntactWithTeeAndHash)
{
    const QString source = dir.filePath(QStringLiteral("source.bin"));
    const QString target = dir.filePath(QStringLiteral("target.bin"));
    const QString tee = dir.filePath(QStringLiteral("tee.bin"));
    ASSERT_EQ(runLocal(QStringLiteral("sh"),
                       {QStringLiteral("-c"),
                        QStringLiteral("head -c 268435456 /dev/urandom > ") + shellQuote(source)}),
              0);
    const QByteArray expected = sha256OfFile(source);

    StreamRelay relay(hostA.get(), shell(QStringLiteral("cat ") + shellQuote(source)), hostB.get(),
                      shell(QStringLiteral("cat > ") + shellQuote(target)), tee);
    int progressSignals = 0;
    QObject::connect(&relay, &StreamRelay::progress, [&](qint64, double) { ++progressSignals; });
    const qint64 before = SshTestKit::residentKiB();
    QElapsedTimer clock;
    clock.start();
    relay.start();
    ASSERT_TRUE(waitFor(relay.future(), 120000));
    const RelayResult result = relay.result();
    ASSERT_TRUE(result.ok) << result.error.message.toStdString();
    EXPECT_EQ(result.bytes, 268435456);
    EXPECT_EQ(result.sha256.toLatin1(), expected);
    EXPECT_EQ(sha256OfFile(target), expected);
    EXPECT_EQ(sha256OfFile(tee), expected);
    EXPECT_LE(result.peakQueuedBytes, 8 * 1024 * 1024 + 256 * 1024);
    EXPECT_GT(progressSignals, 0);
    std::printf(
        "[ figures  ] relay 256 MiB in %lld ms (%.0f MiB/s), peak queue %lld KiB, RSS growth %lld KiB\n",
        static_cast<long long>(clock.elapsed()), 256.0 * 1000.0 / std::max<qint64>(1, clock.elapsed()),
        static_cast<long long>(result.peakQueuedBytes / 1024),
        static_cast<long long>(SshTestKit::residentKiB() - before));
}

// The stall limit (CommandSpec::stallMs) of a dump streamed for hours: bytes moving keep it alive; a side
// that moves none fails the relay, naming that side, while the side it holds up is not blamed.
TEST_F(SshRelayTest, AStreamThatKeepsMovingOutlivesItsStallLimit)
{
    CommandSpec from = shell(QStringLiteral("i=0; while [ $i -lt 10 ]; do head -c 1000 /dev/zero; sleep 0.3; "
                                            "i=$((i+1)); done"));
    CommandSpec to = shell(QStringLiteral("cat > /dev/null"));
    from.stallMs = to.stallMs = 1000;
    StreamRelay relay(hostA.get(), from, hostB.get(), to);
    relay.start();
    ASSERT_TRUE(waitFor(relay.future(), 30000));
    const RelayResult result = relay.result();
    ASSERT_TRUE(result.ok) << result.error.message.toStdString();
    EXPECT_EQ(result.bytes, 10000);
}

TEST_F(SshRelayTest, ASenderThatGoesSilentIsStoppedAsStalled)
{
    CommandSpec from = shell(QStringLiteral("echo 'pg_dump: dumping contents of table big' >&2; head -c 1000 "
                                            "/dev/zero; sleep 30; head -c 1000 /dev/zero"));
    CommandSpec to = shell(QStringLiteral("cat > /dev/null"));
    from.stallMs = to.stallMs = 1500;
    StreamRelay relay(hostA.get(), from, hostB.get(), to);
    QElapsedTimer clock;
    clock.start();
    relay.start();
    ASSERT_TRUE(waitFor(relay.future(), 30000));
    const RelayResult result = relay.result();
    EXPECT_LT(clock.elapsed(), 15000);
    EXPECT_GE(clock.elapsed(), 1400);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.source.stalled);
    EXPECT_FALSE(result.sink.stalled) << "the receiver waited for the sender: not its stall";
    EXPECT_TRUE(result.error.message.contains(QStringLiteral("made no progress")))
        << result.error.message.toStdString();
    EXPECT_TRUE(result.error.message.contains(QStringLiteral("dumping contents of table big")))
        << result.error.message.toStdString();
    EXPECT_EQ(result.bytes, 1000);
}

TEST_F(SshRelayTest, AReceiverThatStopsReadingIsStoppedAsStalledAndTheSenderIsNotBlamed)
{
    // Far more than the queue and the channels hold: the sender is held up, the receiver never reads.
    CommandSpec from = shell(QStringLiteral("head -c 200000000 /dev/zero"));
    CommandSpec to = shell(QStringLiteral("echo 'pg_restore: creating INDEX big_idx' >&2; sleep 30"));
    from.stallMs = to.stallMs = 1500;
    StreamRelay relay(hostA.get(), from, hostB.get(), to);
    relay.start();
    ASSERT_TRUE(waitFor(relay.future(), 30000));
    const RelayResult result = relay.result();
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.sink.stalled);
    EXPECT_FALSE(result.source.stalled);
    EXPECT_TRUE(result.error.message.contains(QStringLiteral("creating INDEX big_idx")))
        << result.error.message.toStdString();
}

TEST_F(SshRelayTest, TeeOnAFullDiskFailsTheRelayAndLeavesNoHalfFile)
{
    TinyDisk disk(dir.filePath(QStringLiteral("tiny")));
    PUW_REQUIRE(disk.mounted, "mounting a tmpfs (root in a namespace that allows it)");
    const QString done = dir.filePath(QStringLiteral("done"));
    const QString tee = disk.path + QStringLiteral("/backup.tee");
    StreamRelay relay(hostA.get(), shell(QStringLiteral("head -c 20000000 /dev/urandom")), hostB.get(),
                      shell(QStringLiteral("cat > /dev/null && touch ") + shellQuote(done)), tee);
    relay.start();
    ASSERT_TRUE(waitFor(relay.future(), 30000));
    const RelayResult result = relay.result();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error.kind, RemoteError::Kind::Local);
    EXPECT_TRUE(result.error.message.contains(tee)) << result.error.message.toStdString();
    EXPECT_TRUE(result.error.message.contains(QStringLiteral("No space left")))
        << result.error.message.toStdString();
    EXPECT_FALSE(result.sink.ok());
    EXPECT_FALSE(QFile::exists(done)) << "the receiver took the stream as complete";
    EXPECT_TRUE(QDir(disk.path).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());

    // A tee that cannot even be created fails at once, naming the file.
    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/backup.tee"));
    StreamRelay refused(hostA.get(), shell(QStringLiteral("echo x")), hostB.get(),
                        shell(QStringLiteral("cat > /dev/null")), nowhere);
    refused.start();
    ASSERT_TRUE(waitFor(refused.future(), 5000));
    EXPECT_FALSE(refused.result().ok);
    EXPECT_TRUE(refused.result().error.message.contains(nowhere))
        << refused.result().error.message.toStdString();
}

TEST_F(SshRelayTest, SourceDyingMidStreamFailsAndTheReceiverNeverCompletes)
{
    const QString done = dir.filePath(QStringLiteral("done"));
    StreamRelay relay(hostA.get(),
                      shell(QStringLiteral("head -c 20000000 /dev/zero; echo broken >&2; exit 3")),
                      hostB.get(), shell(QStringLiteral("cat > /dev/null && touch ") + shellQuote(done)));
    relay.start();
    ASSERT_TRUE(waitFor(relay.future(), 30000));
    const RelayResult result = relay.result();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.source.exitCode, 3);
    EXPECT_FALSE(result.sink.ok());
    EXPECT_TRUE(result.error.message.contains(QStringLiteral("3"))) << result.error.message.toStdString();
    EXPECT_FALSE(QFile::exists(done)) << "the receiver took a truncated stream as complete";
}

TEST_F(SshRelayTest, ReceiverDyingStopsTheSender)
{
    StreamRelay relay(hostA.get(), shell(QStringLiteral("cat /dev/zero")), hostB.get(),
                      shell(QStringLiteral("head -c 5000000 > /dev/null; exit 4")));
    relay.start();
    ASSERT_TRUE(waitFor(relay.future(), 30000)) << "the sender kept going after the receiver died";
    const RelayResult result = relay.result();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.sink.exitCode, 4);
    EXPECT_FALSE(result.source.ok());
}

} // namespace
