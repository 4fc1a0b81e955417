// The job flow as the program runs it (runner, engine thread, pool, recorder, journal), against local
// shells: what is recorded, what a dry run lists, and cancel, retry and rollback one after the other.
#include "JobFlowWorld.h"

#include "jobs/StepOptions.h"
#include "journal/Downtime.h"
#include "journal/SessionValues.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <atomic>

using namespace puw;
using namespace puw::test;

namespace {

QString describe(const std::optional<StepOutcome>& outcome)
{
    return outcome ? stepStateLabel(outcome->state) + QStringLiteral(": ") + outcome->summary
                   : QStringLiteral("did not end");
}

// Every key the session holds is one SessionValues.h names.
void expectOnlyNamedKeys(Journal& journal, qint64 session)
{
    const QList<QLatin1String> named = SessionKey::all();
    for (const QString& key : journal.values(session).keys())
        EXPECT_TRUE(named.contains(QLatin1String(key.toLatin1())))
            << "not in SessionValues.h: " << key.toStdString();
}

// A line "host: command" of the listing holds the words.
void expectListed(const QStringList& lines, const QString& host, const QString& words)
{
    for (const QString& line : lines) {
        if (line.startsWith(host + QStringLiteral(": ")) && line.contains(words))
            return;
    }
    ADD_FAILURE() << "no command on " << host.toStdString() << " with \"" << words.toStdString() << "\" in:\n"
                  << lines.join(QLatin1Char('\n')).toStdString();
}

int countListed(const QStringList& lines, const QString& host, const QString& words)
{
    int count = 0;
    for (const QString& line : lines)
        count += line.startsWith(host + QStringLiteral(": ")) && line.contains(words) ? 1 : 0;
    return count;
}

} // namespace

TEST(JobFlow, RecordsEveryCommandWithItsOutputRedacted)
{
    JobFlowWorld world;
    ASSERT_TRUE(world.isValid()) << world.setupError().toStdString();
    world.touch(QStringLiteral("ready"));
    // Step 1 gets past the versions, then refuses at its database checks: this world has no database (and
    // no password for it).
    const auto outcome = world.run(StepId::InstallNew);
    ASSERT_TRUE(outcome && outcome->state == StepState::Failed) << describe(outcome).toStdString();
    EXPECT_FALSE(outcome->summary.contains(JobFlowWorld::secret())) << outcome->summary.toStdString();
    EXPECT_TRUE(outcome->summary.contains(QStringLiteral("Database logins: The database password")))
        << outcome->summary.toStdString();

    const QList<CommandRecord> commands = world.commands(StepId::InstallNew);
    ASSERT_EQ(commands.size(), 4); // command -v for both programs, the version on new, then on old
    EXPECT_EQ(commands.at(0).host, QStringLiteral("new"));
    EXPECT_TRUE(commands.at(0).command.contains(QStringLiteral("command -v")));
    EXPECT_TRUE(commands.at(0).command.contains(world.path(QStringLiteral("bin/app"))));
    const CommandRecord& version = commands.at(2);
    EXPECT_EQ(version.host, QStringLiteral("new"));
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.output.trimmed(), QStringLiteral("app 2.0 (build key [redacted])"));
    EXPECT_EQ(commands.at(3).host, QStringLiteral("old"));
    EXPECT_EQ(commands.at(3).output.trimmed(), QStringLiteral("app 1.0"));

    // The live log the page and the headless output print: redacted before anyone sees it.
    bool sawVersionLine = false;
    for (const JobEvent& event : world.events()) {
        if (const LogLine* line = event.as<LogLine>()) {
            EXPECT_FALSE(line->text.contains(JobFlowWorld::secret())) << line->text.toStdString();
            sawVersionLine = sawVersionLine || line->text == QStringLiteral("app 2.0 (build key [redacted])");
        }
    }
    EXPECT_TRUE(sawVersionLine);
    EXPECT_EQ(world.journal().value(world.session(), SessionKey::kVersionNew),
              QStringLiteral("app 2.0 (build key [redacted])"));
    EXPECT_EQ(world.journal().value(world.session(), SessionKey::kVersionOld), QStringLiteral("app 1.0"));
    expectOnlyNamedKeys(world.journal(), world.session());
}

TEST(JobFlow, DryRunListsEveryCommandOfTheDataStepsAndRunsNone)
{
    auto connections = std::make_shared<std::atomic<int>>(0);
    const HostPool::Connector refuse =
        [connections](HostRole, const HostSpec&) -> Expected<HostPool::Connection, QString> {
        ++*connections;
        return unexpected(QStringLiteral("a dry run must not connect"));
    };
    JobFlowWorld world(true, refuse);
    ASSERT_TRUE(world.isValid()) << world.setupError().toStdString();
    for (StepId step : {StepId::RehearsalBackup, StepId::ImportBackup, StepId::FinalSync}) {
        const auto outcome = world.run(step);
        ASSERT_TRUE(outcome && outcome->state == StepState::Done)
            << stepKey(step).toStdString() << ": " << describe(outcome).toStdString();
        EXPECT_TRUE(outcome->summary.contains(QStringLiteral("Dry run"))) << outcome->summary.toStdString();
    }
    EXPECT_EQ(connections->load(), 0);

    // What each step would run, host by host, with the words that tell the commands apart.
    const auto listing = [&](StepId step) {
        QStringList lines;
        for (const CommandRecord& command : world.commands(step)) {
            EXPECT_EQ(command.output, QStringLiteral("(dry run: not executed)"))
                << command.command.toStdString();
            lines.append(command.host + QStringLiteral(": ") + command.command);
        }
        return lines;
    };
    const QStringList backup = listing(StepId::RehearsalBackup);
    expectListed(backup, QStringLiteral("old"), QStringLiteral("pg_database_size"));
    expectListed(backup, QStringLiteral("new"), QStringLiteral("mkdir"));
    expectListed(backup, QStringLiteral("old"), QStringLiteral("pg_dump"));
    expectListed(backup, QStringLiteral("new"), QStringLiteral(".partial"));

    const QStringList import = listing(StepId::ImportBackup);
    expectListed(import, QStringLiteral("new"), QStringLiteral("'-v' 'db=app'")); // recreate, SQL on stdin
    expectListed(import, QStringLiteral("new"), QStringLiteral("'pg_restore' '--exit-on-error'"));
    expectListed(import, QStringLiteral("new"), QStringLiteral("schema_migration"));
    expectListed(import, QStringLiteral("new"), QStringLiteral("'migrate' '--dry-run'"));
    // Which server old's dump and new's restore and admin logins reach (before the drop), the row counts
    // (SQL on stdin) and the migration heads on both hosts, and the recreate on new.
    EXPECT_EQ(countListed(import, QStringLiteral("old"), QStringLiteral("'psql'")), 3);
    EXPECT_EQ(countListed(import, QStringLiteral("new"), QStringLiteral("'psql'")), 5);

    const QStringList cutover = listing(StepId::FinalSync);
    expectListed(cutover, QStringLiteral("new"), QStringLiteral("'-v' 'db=app'"));
    expectListed(cutover, QStringLiteral("old"), QStringLiteral("pg_dump"));
    expectListed(cutover, QStringLiteral("new"), QStringLiteral("'--section=data'"));
    expectListed(cutover, QStringLiteral("new"), QStringLiteral("'--section=post-data'"));
    // size, server identity, counts, head
    EXPECT_EQ(countListed(cutover, QStringLiteral("old"), QStringLiteral("'psql'")), 4);
    // restore's and admin's server identities, recreate, counts, head
    EXPECT_EQ(countListed(cutover, QStringLiteral("new"), QStringLiteral("'psql'")), 5);
    expectListed(cutover, QStringLiteral("new"), QStringLiteral("'migrate' '--dry-run'"));
    EXPECT_EQ(countListed(cutover, QStringLiteral("new"), QStringLiteral("'migrate'")), 2); // listed, applied
    expectListed(cutover, QStringLiteral("new"), QStringLiteral("'new.test' 'enable'"));
    EXPECT_TRUE(world.serviceActions().isEmpty()) << "a dry run ran a service command";
    EXPECT_FALSE(QFileInfo::exists(world.path(QStringLiteral("backups"))));
}

TEST(JobFlow, CancelThenRetryThenRollBack)
{
    JobFlowWorld world;
    ASSERT_TRUE(world.isValid()) << world.setupError().toStdString();

    // Step 1 waits in the new host's version command; cancelling kills it.
    QSignalSpy finished(&world.runner(), &StepRunner::stepFinished);
    ASSERT_TRUE(world.runner().start(StepId::InstallNew));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return QFileInfo::exists(world.path(QStringLiteral("waiting"))); }, 10000));
    world.runner().cancel();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.first().at(1).value<StepOutcome>().state, StepState::Cancelled);

    // The same hosts take the retry: the cancel was for that run only. It gets past the versions to the
    // database checks, which refuse in this world without a database.
    world.touch(QStringLiteral("ready"));
    const auto retried = world.run(StepId::InstallNew);
    ASSERT_TRUE(retried && retried->state == StepState::Failed) << describe(retried).toStdString();
    EXPECT_TRUE(retried->summary.contains(QStringLiteral("Database logins")))
        << describe(retried).toStdString();
    EXPECT_EQ(world.journal().value(world.session(), SessionKey::kVersionNew),
              QStringLiteral("app 2.0 (build key [redacted])"));

    const auto stopped = world.run(StepId::StopBoth, {{StepOption::kConfirmed, true}});
    ASSERT_TRUE(stopped && stopped->state == StepState::Done) << describe(stopped).toStdString();
    const auto rolledBack = world.rollback();
    ASSERT_TRUE(rolledBack && rolledBack->state == StepState::Done) << describe(rolledBack).toStdString();

    QStringList changes;
    for (const QString& action : world.serviceActions()) {
        if (!action.endsWith(QStringLiteral("is-active")))
            changes.append(action);
    }
    EXPECT_EQ(changes, (QStringList{QStringLiteral("old.test disable"), QStringLiteral("new.test disable"),
                                    QStringLiteral("new.test disable"), QStringLiteral("old.test enable")}));
    EXPECT_EQ(world.controller().step(StepId::StopBoth).state, StepState::Pending);
    EXPECT_FALSE(world.journal().value(world.session(), SessionKey::kRollbackAt).isEmpty());
    expectOnlyNamedKeys(world.journal(), world.session());
}

// Ctrl-C in a headless run can come at any moment, also between the start of a step and the moment the
// engine's thread begins it: the cancel must not be lost (the step would run to its end).
TEST(JobFlow, ACancelRightAfterTheStartReachesTheStep)
{
    JobFlowWorld world;
    ASSERT_TRUE(world.isValid()) << world.setupError().toStdString();
    // Whether the engine's thread has begun the job when cancel() comes is up to the scheduler: a few runs,
    // each cancelled at once.
    for (int run = 1; run <= 5; ++run) {
        QSignalSpy finished(&world.runner(), &StepRunner::stepFinished);
        ASSERT_TRUE(world.runner().start(StepId::InstallNew));
        world.runner().cancel();
        ASSERT_TRUE(finished.wait(5000))
            << "run " << run << ": the cancel was lost, step 1 waits for its version";
        EXPECT_EQ(finished.first().at(1).value<StepOutcome>().state, StepState::Cancelled);
    }
}

TEST(JobFlow, TheRehearsalAndTheCutoverTimeTheSameParts)
{
    JobFlowWorld world;
    ASSERT_TRUE(world.isValid()) << world.setupError().toStdString();
    // Step 5 (step 6's database check would need a database server).
    const auto started = world.run(StepId::StartNew);
    ASSERT_TRUE(started && started->state == StepState::Done) << describe(started).toStdString();
    const QMap<QString, qint64> rehearsal =
        readTimings(world.journal().value(world.session(), SessionKey::kRehearsalTimings));
    for (QLatin1String part : {DowntimePart::kMigrate, DowntimePart::kStart, DowntimePart::kService})
        EXPECT_TRUE(rehearsal.contains(part)) << "not timed in the rehearsal: " << part.data();
    EXPECT_TRUE(world.journal().value(world.session(), SessionKey::kCutoverTimings).isEmpty());

    const auto stopped = world.run(StepId::StopBoth, {{StepOption::kConfirmed, true}});
    ASSERT_TRUE(stopped && stopped->state == StepState::Done) << describe(stopped).toStdString();
    const QMap<QString, qint64> cutover =
        readTimings(world.journal().value(world.session(), SessionKey::kCutoverTimings));
    EXPECT_TRUE(cutover.contains(DowntimePart::kStop));
    EXPECT_GE(cutover.value(DowntimePart::kStop), 0);
    // The rehearsal's timings stay as they were: the cutover does not overwrite what predicts it.
    EXPECT_EQ(readTimings(world.journal().value(world.session(), SessionKey::kRehearsalTimings)), rehearsal);
    expectOnlyNamedKeys(world.journal(), world.session());
}

TEST(JobFlow, AStatusThatCannotBeReadIsNotTakenForStopped)
{
    JobFlowWorld world;
    ASSERT_TRUE(world.isValid()) << world.setupError().toStdString();
    world.touch(QStringLiteral("status-broken"));
    const auto stopped = world.run(StepId::StopBoth, {{StepOption::kConfirmed, true}});
    ASSERT_TRUE(stopped) << "step 7 did not end";
    EXPECT_EQ(stopped->state, StepState::Failed) << describe(stopped).toStdString();
    EXPECT_TRUE(stopped->summary.contains(QStringLiteral("Could not tell whether app is stopped")))
        << stopped->summary.toStdString();
    EXPECT_TRUE(stopped->summary.contains(QStringLiteral("127"))) << stopped->summary.toStdString();
}

TEST(JobFlow, ARunOfStep8AfterAnEarlierOneStopsWhatThatRunStarted)
{
    JobFlowWorld world;
    ASSERT_TRUE(world.isValid()) << world.setupError().toStdString();
    const auto stopped = world.run(StepId::StopBoth, {{StepOption::kConfirmed, true}});
    ASSERT_TRUE(stopped && stopped->state == StepState::Done) << describe(stopped).toStdString();
    const auto newDisables = [&] {
        return world.serviceActions().count(QStringLiteral("new.test disable"));
    };
    ASSERT_EQ(newDisables(), 1) << "step 7 disables new once";

    // The first run of step 8 fails (this world has no database) and touches no service.
    const auto first = world.run(StepId::FinalSync);
    ASSERT_TRUE(first && first->state == StepState::Failed) << describe(first).toStdString();
    EXPECT_EQ(newDisables(), 1);
    // As if that run had got as far as starting the new application before it was killed.
    QFile state(world.path(QStringLiteral("state-new.test")));
    ASSERT_TRUE(state.open(QIODevice::WriteOnly));
    state.write("active\n");
    state.close();

    const auto second = world.run(StepId::FinalSync);
    ASSERT_TRUE(second) << "the second run of step 8 did not end";
    EXPECT_EQ(newDisables(), 2) << "the second run did not stop what the first one started";
}

TEST(JobFlow, AStepWhoseRecordCannotBeWrittenStopsAndSaysWhy)
{
    JobFlowWorld world;
    ASSERT_TRUE(world.isValid()) << world.setupError().toStdString();
    QSignalSpy finished(&world.runner(), &StepRunner::stepFinished);
    ASSERT_TRUE(world.runner().start(StepId::InstallNew));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return QFileInfo::exists(world.path(QStringLiteral("waiting"))); }, 10000));
    // Another program holds the journal's write lock for longer than the journal waits (5 s): the record
    // of the command that ends now cannot be written.
    const QString locked = world.path(QStringLiteral("locked"));
    QProcess locker;
    locker.start(QStringLiteral("sqlite3"),
                 {world.journal().databasePath(), QStringLiteral(".timeout 10000"),
                  QStringLiteral("BEGIN EXCLUSIVE;"),
                  QStringLiteral(".shell touch '%1'; sleep 7").arg(locked), QStringLiteral("COMMIT;")});
    ASSERT_TRUE(locker.waitForStarted(5000)) << "sqlite3 is needed (scripts/install-deps.sh installs it)";
    // sqlite3 waits (.timeout) while the runner itself writes, then holds the lock.
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFileInfo::exists(locked); }, 15000))
        << "sqlite3 took no lock: " << locker.readAllStandardError().toStdString();
    world.touch(QStringLiteral("ready"));
    ASSERT_TRUE(finished.wait(30000));
    const StepOutcome outcome = finished.first().at(1).value<StepOutcome>();
    EXPECT_EQ(outcome.state, StepState::Failed);
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("The journal could not be written")))
        << outcome.summary.toStdString();
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("locked"))) << outcome.summary.toStdString();
    locker.waitForFinished(15000);
}
