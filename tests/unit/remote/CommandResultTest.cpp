// CommandResult::describe: the one line people read about how a command ended.
#include "remote/SshTypes.h"

#include <gtest/gtest.h>

using namespace puw;

namespace {

CommandResult make(CommandResult::Status status, int exitCode = -1, const RemoteError& error = {})
{
    CommandResult result;
    result.status = status;
    result.exitCode = exitCode;
    result.error = error;
    return result;
}

TEST(CommandResult, DescribeExitedAndSignalled)
{
    EXPECT_EQ(make(CommandResult::Status::Exited, 0).describe(), QStringLiteral("finished"));
    EXPECT_EQ(make(CommandResult::Status::Exited, 3).describe(), QStringLiteral("exited with code 3"));
    EXPECT_EQ(make(CommandResult::Status::Exited, 127).describe(), QStringLiteral("exited with code 127"));
    CommandResult killed = make(CommandResult::Status::Signalled);
    killed.exitSignal = QStringLiteral("TERM");
    EXPECT_EQ(killed.describe(), QStringLiteral("killed by signal TERM"));
}

TEST(CommandResult, DescribeFailuresUseTheErrorMessage)
{
    const RemoteError lost{RemoteError::Kind::Disconnected, QStringLiteral("The connection to h was lost.")};
    EXPECT_EQ(make(CommandResult::Status::Failed, -1, lost).describe(), lost.message);
    const RemoteError late{RemoteError::Kind::Timeout,
                           QStringLiteral("The command did not finish within 1 s.")};
    EXPECT_EQ(make(CommandResult::Status::TimedOut, -1, late).describe(), late.message);
    const RemoteError stop{RemoteError::Kind::Cancelled, QStringLiteral("Cancelled.")};
    EXPECT_EQ(make(CommandResult::Status::Cancelled, -1, stop).describe(), stop.message);
}

TEST(CommandResult, OkOnlyForExitZero)
{
    EXPECT_TRUE(make(CommandResult::Status::Exited, 0).ok());
    EXPECT_FALSE(make(CommandResult::Status::Exited, 1).ok());
    EXPECT_FALSE(make(CommandResult::Status::Signalled, 0).ok());
    EXPECT_FALSE(make(CommandResult::Status::Cancelled, 0).ok());
    EXPECT_FALSE(CommandResult().ok()); // a default result is a failure, never a success
}

} // namespace
