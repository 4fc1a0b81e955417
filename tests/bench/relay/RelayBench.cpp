// Benchmark: relaying 1 GiB between two sshd instances through StreamRelay, with and without a tee file (the
// upgrade always keeps a local copy of the backup), next to OpenSSH's own pipeline
// `ssh a 'cat src' | ssh b 'cat > dst'`, measured in the same run. Prints figures; fails only if broken.
// PUW_BENCH_RELAY_MIB sets the size (default 1024).
#include "SshdServer.h"
#include "TestEnvironment.h"

#include "remote/ShellQuote.h"
#include "remote/StreamRelay.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace puw;
using namespace puw::test;

namespace {

qint64 sizeMiB()
{
    const qint64 fromEnv = qEnvironmentVariableIntValue("PUW_BENCH_RELAY_MIB");
    return fromEnv > 0 ? fromEnv : 1024;
}

TEST(RelayBench, OneGibibyteAgainstOpenSshPipeline)
{
    PUW_REQUIRE(SshTestKit::haveSshd() && !findProgram(QStringLiteral("ssh")).isEmpty(), "sshd and ssh");
    PUW_REQUIRE(SshTestKit::isRoot(), "root, to run sshd");
    QTemporaryDir dir;
    const QString key = SshTestKit::makeKey(dir.path(), QStringLiteral("id_bench"));
    SshdServer a(QStringLiteral("127.0.0.27"), 2222);
    SshdServer b(QStringLiteral("127.0.0.28"), 2222);
    for (SshdServer* server : {&a, &b}) {
        ASSERT_TRUE(SshTestKit::authorize(*server, key));
        ASSERT_TRUE(server->start());
    }
    const qint64 mib = sizeMiB();
    const QString source = dir.filePath(QStringLiteral("source.bin"));
    const QString target = dir.filePath(QStringLiteral("target.bin"));
    ASSERT_EQ(runLocal(QStringLiteral("sh"),
                       {QStringLiteral("-c"),
                        QStringLiteral("head -c %1M /dev/urandom > %2").arg(mib).arg(shellQuote(source))}),
              0);
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));

    // OpenSSH's pipeline, same key, same servers.
    const auto ssh = [&](const SshdServer& server, const QString& command) {
        return shellJoin({QStringLiteral("ssh"), QStringLiteral("-i"), key, QStringLiteral("-p"),
                          QString::number(server.port()), QStringLiteral("-o"),
                          QStringLiteral("UserKnownHostsFile=") + knownHosts, QStringLiteral("-o"),
                          QStringLiteral("StrictHostKeyChecking=accept-new"), QStringLiteral("-o"),
                          QStringLiteral("BatchMode=yes"), QStringLiteral("-F"), QStringLiteral("/dev/null"),
                          QStringLiteral("root@") + server.address(), command});
    };
    const QString pipeline = ssh(a, QStringLiteral("cat ") + shellQuote(source)) + QStringLiteral(" | ") +
                             ssh(b, QStringLiteral("cat > ") + shellQuote(target));
    runLocal(QStringLiteral("sh"),
             {QStringLiteral("-c"),
              ssh(a, QStringLiteral("true")) + QStringLiteral(" && ") + ssh(b, QStringLiteral("true"))});

    TestConnection connectionA(a, knownHosts, QStringLiteral("root"), key);
    TestConnection connectionB(b, knownHosts, QStringLiteral("root"), key);
    SshHost hostA(connectionA.host, connectionA.options);
    SshHost hostB(connectionB.host, connectionB.options);
    ASSERT_FALSE(connectionA.open(hostA).isError());
    ASSERT_FALSE(connectionB.open(hostB).isError());
    CommandSpec send, receive;
    send.shellCommand = QStringLiteral("cat ") + shellQuote(source);
    receive.shellCommand = QStringLiteral("cat > ") + shellQuote(target);

    // The three variants alternate, twice, so that a burst of load elsewhere on the machine hits all of
    // them alike; the best time of each is kept.
    double openssh = 1e9, plain = 1e9, teed = 1e9;
    qint64 rssGrowthKiB = 0, queuePeakKiB = 0, teeQueuePeakKiB = 0;
    const auto relay = [&](const QString& tee) {
        QFile::remove(target);
        const qint64 rssBefore = SshTestKit::residentKiB();
        qint64 rssPeak = rssBefore;
        StreamRelay relay(&hostA, send, &hostB, receive, tee);
        QObject::connect(&relay, &StreamRelay::progress,
                         [&](qint64, double) { rssPeak = std::max(rssPeak, SshTestKit::residentKiB()); });
        QElapsedTimer clock;
        clock.start();
        relay.start();
        EXPECT_TRUE(waitFor(relay.future(), 600000));
        const double seconds = clock.elapsed() / 1000.0;
        EXPECT_TRUE(relay.result().ok) << relay.result().error.message.toStdString();
        EXPECT_EQ(relay.result().bytes, mib * 1024 * 1024);
        rssGrowthKiB = std::max(rssGrowthKiB, rssPeak - rssBefore);
        std::printf("[ run      ] relay %s: %.2f s, RSS %lld -> peak %lld KiB\n",
                    tee.isEmpty() ? "without tee" : "with tee", seconds, static_cast<long long>(rssBefore),
                    static_cast<long long>(rssPeak));
        queuePeakKiB = std::max<qint64>(queuePeakKiB, relay.result().peakQueuedBytes / 1024);
        teeQueuePeakKiB = std::max<qint64>(teeQueuePeakKiB, relay.result().peakTeeQueuedBytes / 1024);
        QFile::remove(tee);
        return seconds;
    };
    for (int round = 0; round < 2; ++round) {
        QFile::remove(target);
        QElapsedTimer clock;
        clock.start();
        QString output;
        ASSERT_EQ(runLocal(QStringLiteral("sh"), {QStringLiteral("-c"), pipeline}, &output, 600000), 0)
            << output.toStdString();
        openssh = std::min(openssh, clock.elapsed() / 1000.0);
        teed = std::min(teed, relay(dir.filePath(QStringLiteral("tee.bin"))));
        plain = std::min(plain, relay({}));
    }
    QFile::remove(target);

    std::printf(
        "[ figures  ] %lld MiB, best of 2: OpenSSH pipeline %.2f s (%.0f MiB/s); StreamRelay with tee "
        "%.2f s (%.0f MiB/s), ratio %.2fx; without tee %.2f s (%.0f MiB/s), ratio %.2fx\n",
        static_cast<long long>(mib), openssh, mib / openssh, teed, mib / teed, openssh / teed, plain,
        mib / plain, openssh / plain);
    std::printf("[ figures  ] relay memory: peak RSS growth %lld KiB, queue peak %lld KiB, tee queue peak "
                "%lld KiB (the two queues share their chunks)\n",
                static_cast<long long>(rssGrowthKiB), static_cast<long long>(queuePeakKiB),
                static_cast<long long>(teeQueuePeakKiB));
}

} // namespace
