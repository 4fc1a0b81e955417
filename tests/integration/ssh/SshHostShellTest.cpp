// The shell every job runs its commands through, over a real sshd: what a command prints into memory is
// bounded, so that a host printing without end fails that command instead of exhausting this computer; a
// Cancel ends the running command on the host and refuses the next ones until the next job resumes it.
#include "ConnectedHostTest.h"

#include "remote/SshHostShell.h"

#include <QElapsedTimer>

#include <atomic>
#include <thread>

using namespace puw;
using namespace puw::test;

namespace {

struct SshHostShellTestServer {
    static constexpr const char* address = "127.0.0.25";
    static constexpr int port = 2225;
    static constexpr const char* keyName = "id_shell";
};

using SshHostShellTest = ConnectedHostTest<SshHostShellTestServer>;

TEST_F(SshHostShellTest, AnAnswerPastItsLimitStopsTheCommand)
{
    SshHostShell shell(QStringLiteral("test"), host.get(), {});
    ShellRequest request;
    // About 50 MiB of lines, without end in sight for a 4 MiB limit.
    request.commandLine =
        QStringLiteral("yes 'a line that a hostile host repeats' | head -n 1300000; echo done");
    request.maxOutputBytes = 4 * 1024 * 1024;
    request.timeoutMs = 60000;
    qint64 handed = 0;
    const ShellOutcome outcome =
        shell.run(request, [&](const QString& line, bool) { handed += line.size() + 1; });
    EXPECT_EQ(outcome.status, ShellOutcome::Status::Failed);
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("more than 4 MiB"))) << outcome.error.toStdString();
    EXPECT_LE(outcome.stdoutText.size(), request.maxOutputBytes);
    EXPECT_LE(handed, request.maxOutputBytes);
    EXPECT_FALSE(outcome.stdoutText.contains(QStringLiteral("done")));

    // Under the limit, the same shell answers in full.
    request.commandLine = QStringLiteral("yes 'a line' | head -n 1000");
    const ShellOutcome small = shell.run(request, {});
    EXPECT_TRUE(small.ok()) << small.describe().toStdString();
    EXPECT_EQ(small.stdoutText.count(QLatin1Char('\n')), 1000);
}

TEST_F(SshHostShellTest, ACancelEndsTheCommandAndTheNextJobRunsAgainAfterResume)
{
    SshHostShell shell(QStringLiteral("test"), host.get(), {});
    ShellRequest request;
    request.commandLine = QStringLiteral("echo started; sleep 31.5; echo never");
    request.timeoutMs = 60000;
    std::atomic_bool started = false;
    std::thread canceller([&] {
        for (int i = 0; i < 500 && !started; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        shell.cancel();
    });
    QElapsedTimer clock;
    clock.start();
    const ShellOutcome cancelled = shell.run(request, [&](const QString& line, bool) {
        if (line == QLatin1String("started"))
            started = true;
    });
    canceller.join();
    EXPECT_EQ(cancelled.status, ShellOutcome::Status::Cancelled) << cancelled.describe().toStdString();
    EXPECT_LT(clock.elapsed(), 10000) << "the cancel did not end the sleep";
    EXPECT_FALSE(cancelled.stdoutText.contains(QStringLiteral("never")));

    // Until resumed, the shell refuses (the rest of the cancelled job must not run)...
    request.commandLine = QStringLiteral("echo after");
    EXPECT_EQ(shell.run(request, {}).status, ShellOutcome::Status::Cancelled);
    // ...and the next job's first command runs.
    shell.resume();
    const ShellOutcome next = shell.run(request, {});
    EXPECT_TRUE(next.ok()) << next.describe().toStdString();
    EXPECT_EQ(next.stdoutText.trimmed(), QStringLiteral("after"));
    // The sleep was ended on the host too, not only abandoned (its length tells it from other tests' sleeps).
    request.commandLine = QStringLiteral("for i in $(seq 1 50); do pgrep -f 'slee[p] 31[.]5' >/dev/null || "
                                         "{ echo none; exit 0; }; sleep 0.1; done; echo running");
    EXPECT_EQ(shell.run(request, {}).stdoutText.trimmed(), QStringLiteral("none"));
}

TEST_F(SshHostShellTest, AStallLimitSparesACommandThatKeepsPrintingAndStopsOneThatWentSilent)
{
    SshHostShell shell(QStringLiteral("new"), host.get(), {});
    ShellRequest request;
    request.commandLine = QStringLiteral("i=0; while [ $i -lt 10 ]; do echo \"object $i\" >&2; sleep 0.3; "
                                         "i=$((i+1)); done; echo restored");
    request.stallMs = 1000;
    const ShellOutcome busy = shell.run(request, {});
    EXPECT_TRUE(busy.ok()) << busy.describe().toStdString();
    EXPECT_EQ(busy.stdoutText.trimmed(), QStringLiteral("restored"));

    request.commandLine =
        QStringLiteral("echo 'pg_restore: creating INDEX big_idx' >&2; sleep 40; echo never");
    request.stallMs = 1500;
    QElapsedTimer clock;
    clock.start();
    const ShellOutcome silent = shell.run(request, {});
    EXPECT_EQ(silent.status, ShellOutcome::Status::TimedOut) << silent.describe().toStdString();
    EXPECT_TRUE(silent.stalled);
    EXPECT_GE(clock.elapsed(), 1400);
    EXPECT_LT(clock.elapsed(), 15000);
    EXPECT_TRUE(silent.error.contains(QStringLiteral("on new"))) << silent.error.toStdString();
    EXPECT_TRUE(silent.error.contains(QStringLiteral("creating INDEX big_idx")))
        << silent.error.toStdString();
    // The silent command was ended on the host, not only abandoned.
    request.stallMs = 0;
    request.timeoutMs = 30000;
    request.commandLine = QStringLiteral("for i in $(seq 1 50); do pgrep -f 'slee[p] 40' >/dev/null || "
                                         "{ echo none; exit 0; }; sleep 0.1; done; echo running");
    EXPECT_EQ(shell.run(request, {}).stdoutText.trimmed(), QStringLiteral("none"));
}

} // namespace
