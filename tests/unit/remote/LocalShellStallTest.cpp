// A stall limit (ShellRequest::stallMs) stops a command that went silent, never one that keeps printing:
// a restore of many hours that reports each object it restores runs to its end.
#include "remote/LocalShell.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace puw;

TEST(LocalShellStall, ACommandThatKeepsPrintingOutlivesItsStallLimit)
{
    LocalShell shell(QStringLiteral("new"));
    ShellRequest request;
    // 3 s in all, a line every 0.3 s, on stdout and stderr in turn: three times the stall limit.
    request.commandLine = QStringLiteral("i=0; while [ $i -lt 10 ]; do echo \"object $i\"; "
                                         "echo \"index $i\" >&2; sleep 0.3; i=$((i+1)); done");
    request.stallMs = 1000;
    QElapsedTimer clock;
    clock.start();
    const ShellOutcome outcome = shell.run(request, {});
    EXPECT_TRUE(outcome.ok()) << outcome.describe().toStdString();
    EXPECT_FALSE(outcome.stalled);
    EXPECT_GE(clock.elapsed(), 2500);
    EXPECT_TRUE(outcome.stdoutText.contains(QStringLiteral("object 9")));
    EXPECT_TRUE(outcome.stderrText.contains(QStringLiteral("index 9")));
}

TEST(LocalShellStall, ASilentCommandIsStoppedAfterAboutItsStallLimitSayingWhatItWasDoing)
{
    LocalShell shell(QStringLiteral("new"));
    ShellRequest request;
    request.commandLine = QStringLiteral("echo 'pg_restore: creating INDEX \"public.big_idx\"' >&2; "
                                         "sleep 1; echo still here; sleep 30; echo finished");
    request.stallMs = 1500;
    QElapsedTimer clock;
    clock.start();
    const ShellOutcome outcome = shell.run(request, {});
    const qint64 elapsed = clock.elapsed();
    EXPECT_EQ(outcome.status, ShellOutcome::Status::TimedOut);
    EXPECT_TRUE(outcome.stalled);
    // Measured from its last line (at 1 s), not from its start.
    EXPECT_GE(elapsed, 2400);
    EXPECT_LT(elapsed, 10000);
    EXPECT_FALSE(outcome.stdoutText.contains(QStringLiteral("finished")));
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("on new"))) << outcome.error.toStdString();
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("for 1 s"))) << outcome.error.toStdString();
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("\"still here\""))) << outcome.error.toStdString();
    EXPECT_EQ(outcome.describe(), outcome.error);
}

TEST(LocalShellStall, TheHardLimitStillEndsACommandThatKeepsPrinting)
{
    LocalShell shell(QStringLiteral("new"));
    ShellRequest request;
    request.commandLine = QStringLiteral("while :; do echo tick; sleep 0.2; done");
    request.stallMs = 1000;
    request.timeoutMs = 1500;
    const ShellOutcome outcome = shell.run(request, {});
    EXPECT_EQ(outcome.status, ShellOutcome::Status::TimedOut);
    EXPECT_FALSE(outcome.stalled);
}
