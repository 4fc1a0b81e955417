// The default service commands: a unit or compose service name always follows "--", so that a name such as
// "--root=/" or "-H evil" is a name to systemctl and docker compose, never an option.
#include "jobs/ServiceControl.h"
#include "remote/ShellQuote.h"

#include <QProcess>

#include <gtest/gtest.h>

using namespace puw;

namespace {

const QList<ServiceAction> kActions{ServiceAction::Start, ServiceAction::Stop, ServiceAction::Disable,
                                    ServiceAction::Enable, ServiceAction::Status};

// What a program would receive: the words after a real /bin/sh read the joined command line.
QStringList wordsThroughShell(const QStringList& argv)
{
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + shellJoin(argv)});
    shell.waitForFinished(10000);
    QStringList words;
    for (const QByteArray& word : shell.readAllStandardOutput().split('\0'))
        words << QString::fromUtf8(word);
    words.removeLast(); // after the last NUL
    return words;
}

} // namespace

TEST(ServiceCommand, TheUnitComesAfterTheEndOfOptions)
{
    const QString hostile = QStringLiteral("--root=/tmp/x -H evil; reboot");
    for (const ServiceAction action : kActions) {
        const QStringList argv = systemdServiceCommand(hostile, action);
        ASSERT_GE(argv.size(), 3);
        EXPECT_EQ(argv.first(), QStringLiteral("systemctl"));
        EXPECT_EQ(argv.at(argv.size() - 2), QStringLiteral("--"));
        EXPECT_EQ(argv.last(), hostile);
        EXPECT_EQ(wordsThroughShell(argv), argv) << "the shell split or changed a word";
    }
}

TEST(ServiceCommand, TheComposeServiceComesAfterTheEndOfOptions)
{
    const QString hostile = QStringLiteral("-f/etc/passwd");
    for (const ServiceAction action : kActions) {
        const QStringList argv =
            composeServiceCommand(QStringLiteral("/opt/parsec/parsec.yaml"), hostile, action);
        const qsizetype at = argv.indexOf(hostile);
        ASSERT_GT(at, 0);
        EXPECT_EQ(argv.at(at - 1), QStringLiteral("--"));
        EXPECT_EQ(argv.indexOf(hostile, at + 1), -1);
        EXPECT_EQ(wordsThroughShell(argv), argv);
    }
    EXPECT_EQ(
        composeServiceCommand(QStringLiteral("f.yaml"), QStringLiteral("db"), ServiceAction::Status).last(),
        QStringLiteral("true"));
}

TEST(ServiceCommand, OnlyAnAnswerThatMeansStoppedIsStopped)
{
    ServiceSpec unit;
    unit.manager = ServiceSpec::Manager::Systemd;
    EXPECT_EQ(statusFromExitCode(unit, 0), ServiceState::Running);
    EXPECT_EQ(statusFromExitCode(unit, 3), ServiceState::Stopped) << "inactive or failed";
    EXPECT_EQ(statusFromExitCode(unit, 4), ServiceState::Stopped) << "no such unit";
    EXPECT_EQ(statusFromExitCode(unit, 1), ServiceState::Unknown);
    EXPECT_EQ(statusFromExitCode(unit, 127), ServiceState::Unknown) << "systemctl not found";

    ServiceSpec custom;
    custom.manager = ServiceSpec::Manager::Commands;
    EXPECT_EQ(statusFromExitCode(custom, 0), ServiceState::Running);
    EXPECT_EQ(statusFromExitCode(custom, 1), ServiceState::Stopped);
    EXPECT_EQ(statusFromExitCode(custom, 126), ServiceState::Unknown) << "not executable";
    EXPECT_EQ(statusFromExitCode(custom, 127), ServiceState::Unknown) << "not found";
    EXPECT_EQ(statusFromExitCode(custom, 137), ServiceState::Unknown) << "killed by a signal";
}
