// The pid line a remote command's wrapper prints: what a cancel's kill may be sent to.
#include "remote/RemotePid.h"
#include "remote/ExecTask.h"

#include <QProcess>

#include <gtest/gtest.h>

using namespace puw;

TEST(RemotePid, OnlyAPlainNumberAboveOneIsAPid)
{
    EXPECT_EQ(parseRemotePid("puw-pid 4242"), 4242);
    EXPECT_EQ(parseRemotePid("puw-pid 4242\r"), std::nullopt); // not the wrapper's line
    for (const char* line : {"puw-pid -1", "puw-pid 0", "puw-pid 1", "puw-pid ", "puw-pid 12a", "puw-pid 1 2",
                             "puw-pid 99999999999", "4242", "Welcome to the server!", "", "puw-pid $$"})
        EXPECT_EQ(parseRemotePid(line), std::nullopt) << line;
}

// Through a real shell, a login script's lines come first; the wrapper's own line then names the pid, and the
// command's output follows it.
TEST(RemotePid, TheWrapperPrintsItsPidBeforeTheCommandsOutput)
{
    CommandSpec spec;
    spec.shellCommand = QStringLiteral("echo hello");
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("echo 'Last login: today'; echo 12; ") +
                                           detail::ExecTask::wrapCommand(spec)});
    ASSERT_TRUE(shell.waitForFinished(10000));
    const QList<QByteArray> lines = shell.readAllStandardOutput().split('\n');
    ASSERT_GE(lines.size(), 4);
    EXPECT_EQ(parseRemotePid(lines.at(0)), std::nullopt);
    EXPECT_EQ(parseRemotePid(lines.at(1)), std::nullopt); // a number from a login script is not the pid
    const auto pid = parseRemotePid(lines.at(2));
    ASSERT_TRUE(pid.has_value()) << lines.at(2).constData();
    EXPECT_GT(*pid, 1);
    EXPECT_EQ(lines.at(3), QByteArray("hello"));
}
