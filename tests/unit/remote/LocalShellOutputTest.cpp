// The local shell (a host that is this machine, and the tests' hosts) bounds what a command prints into
// memory the way the SSH shell does.
#include "remote/LocalShell.h"

#include <gtest/gtest.h>

using namespace puw;

TEST(LocalShellOutput, AnAnswerPastItsLimitStopsTheCommand)
{
    LocalShell shell(QStringLiteral("local"));
    ShellRequest request;
    request.commandLine = QStringLiteral("yes 'a line that never ends' | head -n 2000000; echo done");
    request.maxOutputBytes = 2 * 1024 * 1024;
    request.timeoutMs = 60000;
    const ShellOutcome outcome = shell.run(request, {});
    EXPECT_EQ(outcome.status, ShellOutcome::Status::Failed);
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("more than 2 MiB"))) << outcome.error.toStdString();
    EXPECT_LE(outcome.stdoutText.size(), request.maxOutputBytes);
    EXPECT_FALSE(outcome.stdoutText.contains(QStringLiteral("done")));

    request.commandLine = QStringLiteral("yes 'a line' | head -n 1000");
    const ShellOutcome small = shell.run(request, {});
    EXPECT_TRUE(small.ok()) << small.describe().toStdString();
    EXPECT_EQ(small.stdoutText.count(QLatin1Char('\n')), 1000);
}
