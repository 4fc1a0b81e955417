#include "checks/CommandCheck.h"
#include "remote/LocalShell.h"
#include "util/Redactor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;

namespace {

CommandCheckRequest request(QStringList argv, QString contains = {})
{
    CommandCheckRequest r;
    r.name = QStringLiteral("probe");
    r.argv = std::move(argv);
    r.outputContains = std::move(contains);
    r.timeoutMs = 10000;
    return r;
}

} // namespace

TEST(CommandCheck, PassesOnExitZeroAndOutput)
{
    LocalShell shell(QStringLiteral("new"));
    const CheckResult result = runCommandCheck(
        shell, request({QStringLiteral("echo"), QStringLiteral("active")}, QStringLiteral("active")));
    EXPECT_TRUE(result.passed) << result.detail.toStdString();
    EXPECT_EQ(result.kind, QStringLiteral("command"));
    EXPECT_EQ(result.detail, QStringLiteral("exit code 0 on new, output contains 'active'"));
}

TEST(CommandCheck, ExitCodeIsShownWithWhatTheCommandSaid)
{
    LocalShell shell(QStringLiteral("new"));
    const CheckResult result = runCommandCheck(shell, request({QStringLiteral("sh"), QStringLiteral("-c"),
                                                               QStringLiteral("echo inactive >&2; exit 3")}));
    EXPECT_FALSE(result.passed);
    EXPECT_EQ(result.detail, QStringLiteral("exit code 3 on new: inactive"));
}

TEST(CommandCheck, MissingOutputIsShown)
{
    LocalShell shell(QStringLiteral("new"));
    const CheckResult result = runCommandCheck(
        shell, request({QStringLiteral("echo"), QStringLiteral("inactive")}, QStringLiteral("running")));
    EXPECT_FALSE(result.passed);
    EXPECT_EQ(result.detail, QStringLiteral("output does not contain 'running', got: inactive"));
}

TEST(CommandCheck, HostileArgumentsStayWords)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString marker = dir.filePath(QStringLiteral("pwned"));
    const QString hostile = QStringLiteral("$(touch %1); `touch %1` ' \" ; touch %1").arg(marker);
    LocalShell shell;
    const CheckResult result = runCommandCheck(
        shell, request({QStringLiteral("printf"), QStringLiteral("%s"), hostile}, QStringLiteral("$(touch")));
    EXPECT_TRUE(result.passed) << result.detail.toStdString();
    EXPECT_FALSE(QFile::exists(marker));
}

TEST(CommandCheck, SecretsAreMaskedInTheDetail)
{
    Redactor redactor;
    redactor.addSecret(QStringLiteral("s3cret"));
    LocalShell shell;
    const CheckResult result = runCommandCheck(
        shell,
        request({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo token s3cret; exit 1")}),
        &redactor);
    EXPECT_FALSE(result.passed);
    EXPECT_FALSE(result.detail.contains(QStringLiteral("s3cret"))) << result.detail.toStdString();
    EXPECT_TRUE(result.detail.contains(Redactor::mask()));
}

TEST(CommandCheck, EmptyCommandFailsClearly)
{
    LocalShell shell;
    const CheckResult result = runCommandCheck(shell, request({}));
    EXPECT_FALSE(result.passed);
    EXPECT_EQ(result.detail, QStringLiteral("the check has no command"));
}
