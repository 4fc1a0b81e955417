// The shell every job runs its commands through, over a real sshd: what a command prints into memory is
// bounded, so that a host printing without end fails that command instead of exhausting this computer.
#include "ConnectedHostTest.h"

#include "remote/SshHostShell.h"

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

} // namespace
