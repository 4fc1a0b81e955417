// An Ansible run read back (--import-ansible): the json callback's output of real ansible-playbook runs
// (data/ansible-run/make-logs.sh made them: a rehearsal of two installations, beta failing step 6, then
// alpha's cutover) journaled per installation as the program's own runs are, without the fake secret the
// tasks read on stdin and printed.
#include "export/AnsibleImport.h"
#include "export/AnsibleRunLog.h"
#include "journal/Downtime.h"
#include "journal/Journal.h"
#include "journal/SessionValues.h"
#include "report/MarkdownReport.h"
#include "report/ReportDocument.h"
#include "report/ReportModel.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace puw::test {
namespace {

const QString kSecret = QStringLiteral("FAKE-SECRET-hunter2");

QString dataFile(const QString& name)
{
    return QDir(QStringLiteral(PUW_EXPORT_TEST_DATA)).filePath(name);
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<AnsibleRunLog> fixtureLogs()
{
    QList<AnsibleRunLog> logs;
    for (const char* name : {"ansible-rehearsal.json", "ansible-cutover.json"}) {
        auto log = AnsibleRunLog::read(dataFile(QLatin1String(name)));
        EXPECT_TRUE(log.ok()) << (log.ok() ? std::string() : log.error().toStdString());
        if (log.ok())
            logs.append(std::move(log).value());
    }
    return logs;
}

// One installation's session imported into a journal of its own, with the redactor the import uses.
struct Imported {
    QTemporaryDir dir;
    std::unique_ptr<Journal> journal;
    AnsibleImportOutcome outcome;
    QList<AnsibleRunLog> logs;

    explicit Imported(const QString& installation, QList<AnsibleRunLog> runs = fixtureLogs())
        : logs(std::move(runs))
    {
        auto redactor = std::make_shared<Redactor>();
        for (const AnsibleRunLog& log : logs) {
            for (const QString& secret : log.inputSecrets())
                redactor->addSecret(secret);
        }
        auto opened = Journal::open(dir.path(), redactor);
        EXPECT_TRUE(opened.ok());
        if (!opened.ok())
            return;
        journal = std::move(opened).value();
        outcome = AnsibleImport::journal(*journal, installation, logs, {});
        EXPECT_EQ(outcome.journalError, QString());
    }
    StepRecord step(StepId id) const { return journal->step(outcome.sessionId, id); }
    // The tasks' earliest start and latest end for a step of that installation, as the log says.
    std::pair<QDateTime, QDateTime> taskTimes(const QString& installation, StepId id) const
    {
        QDateTime start, end;
        for (const AnsibleRunLog& log : logs) {
            for (const AnsibleTaskResult& result : log.results()) {
                if (result.installation != installation || result.step != id)
                    continue;
                if (!start.isValid() || result.startedAt < start)
                    start = result.startedAt;
                if (!end.isValid() || result.endedAt > end)
                    end = result.endedAt;
            }
        }
        return {start, end};
    }
    QString markdown() const
    {
        auto model = ReportModel::fromJournal(*journal, outcome.sessionId);
        EXPECT_TRUE(model.ok());
        return model.ok() ? QString::fromUtf8(MarkdownReport::render(
                                buildReportDocument(model.value().redacted(journal->redactor())),
                                QStringLiteral("timeline.png")))
                          : QString();
    }
};

TEST(AnsibleRunLog, ReadsEveryInstallationsTaskResultsIncludedTasksToo)
{
    const auto log = AnsibleRunLog::read(dataFile(QStringLiteral("ansible-rehearsal.json")));
    ASSERT_TRUE(log.ok()) << log.error().toStdString();
    EXPECT_EQ(log.value().installations(), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    int included = 0;
    bool betaFailed = false;
    for (const AnsibleTaskResult& result : log.value().results()) {
        if (result.step == StepId::StartNew &&
            result.name.contains(QLatin1String("systemctl start demo-app")))
            ++included; // from start-new.yml, by include_tasks
        if (result.installation == QLatin1String("beta") && result.step == StepId::RunChecks)
            betaFailed = result.failed;
        EXPECT_LE(result.startedAt, result.endedAt) << result.name.toStdString();
        EXPECT_FALSE(result.command.contains(kSecret) && result.readInput) << result.name.toStdString();
    }
    EXPECT_EQ(included, 2);
    EXPECT_TRUE(betaFailed);
    EXPECT_TRUE(log.value().inputSecrets().contains(kSecret));
}

TEST(AnsibleRunLog, ReadsTheStepTagsOfTheExport)
{
    AnsibleTaskResult result;
    readTaskTag(QStringLiteral("[4 import-backup] new: pg_restore"), result);
    EXPECT_EQ(result.step, StepId::ImportBackup);
    EXPECT_EQ(result.role, QStringLiteral("new"));
    AnsibleTaskResult rollback;
    readTaskTag(QStringLiteral("[rollback] proxy: nginx -s reload"), rollback);
    EXPECT_TRUE(rollback.rollback);
    EXPECT_EQ(rollback.role, QStringLiteral("proxy"));
    AnsibleTaskResult wrong;
    readTaskTag(QStringLiteral("[4 stop-both] old: systemctl stop"), wrong); // number and key disagree
    EXPECT_FALSE(wrong.isTagged());
    AnsibleTaskResult untagged;
    readTaskTag(QStringLiteral("ansible.builtin.include_tasks"), untagged);
    EXPECT_FALSE(untagged.isTagged());
}

TEST(AnsibleRunLog, RefusesWhatIsNotTheJsonCallbacksOutputNamingTheFileAndTheFix)
{
    const QString text = dataFile(QStringLiteral("ansible-default-callback.txt"));
    const auto plain = AnsibleRunLog::read(text);
    ASSERT_FALSE(plain.ok());
    EXPECT_TRUE(plain.error().contains(text));
    EXPECT_TRUE(plain.error().contains(QLatin1String("is not JSON")));
    EXPECT_TRUE(plain.error().contains(QLatin1String("ANSIBLE_STDOUT_CALLBACK=json")));

    const QByteArray whole = contentOf(dataFile(QStringLiteral("ansible-rehearsal.json")));
    const auto cut = AnsibleRunLog::parse(whole.left(whole.size() / 2), QStringLiteral("cut.json"));
    ASSERT_FALSE(cut.ok());
    EXPECT_TRUE(cut.error().contains(QLatin1String("cut.json")));
    EXPECT_TRUE(cut.error().contains(QLatin1String("not complete JSON")));
    EXPECT_TRUE(cut.error().contains(QLatin1String("ANSIBLE_STDOUT_CALLBACK=json")));

    const auto other =
        AnsibleRunLog::parse(R"({"msg": "ok", "changed": false})", QStringLiteral("other.json"));
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().contains(QLatin1String("other.json")));
    EXPECT_TRUE(other.error().contains(QLatin1String("not the json callback's output")));

    EXPECT_FALSE(AnsibleRunLog::parse("  \n", QStringLiteral("empty.json")).ok());
    EXPECT_FALSE(AnsibleRunLog::read(dataFile(QStringLiteral("no-such-log.json"))).ok());
}

TEST(AnsibleImport, JournalsEveryStepWithItsTasksTimesAndTheDowntime)
{
    const Imported alpha(QStringLiteral("alpha"));
    ASSERT_GT(alpha.outcome.sessionId, 0);
    EXPECT_EQ(alpha.outcome.stepsDone, 9);
    EXPECT_EQ(alpha.outcome.stepsFailed, 0);
    for (int number = 1; number <= 9; ++number) {
        const StepId id = *stepFromNumber(number);
        const StepRecord step = alpha.step(id);
        EXPECT_EQ(step.state, StepState::Done) << number;
        EXPECT_EQ(step.attempts, 1) << number;
        const auto [start, end] = alpha.taskTimes(QStringLiteral("alpha"), id);
        EXPECT_EQ(step.startedAt, start) << number;
        EXPECT_EQ(step.endedAt, end) << number;
    }
    EXPECT_EQ(alpha.step(StepId::Deprovision).state, StepState::Pending);
    EXPECT_TRUE(alpha.step(StepId::StartNew).summary.contains(QLatin1String("1 skipped")));

    const auto session = alpha.journal->session(alpha.outcome.sessionId);
    ASSERT_TRUE(session);
    EXPECT_EQ(session->createdAt, alpha.step(StepId::InstallNew).startedAt);
    EXPECT_EQ(session->finishedAt, alpha.step(StepId::RouteTraffic).endedAt);
    const Downtime downtime = Downtime::read(alpha.journal->values(alpha.outcome.sessionId),
                                             alpha.step(StepId::StopBoth), alpha.step(StepId::RouteTraffic));
    EXPECT_EQ(downtime.measuredMs(),
              alpha.step(StepId::StopBoth).startedAt.msecsTo(alpha.step(StepId::RouteTraffic).endedAt));
    EXPECT_GT(downtime.measuredMs(), 0);

    // The commands, with the host the task's name gives and the exit code.
    const QList<CommandRecord> commands = alpha.journal->commands(alpha.outcome.sessionId);
    ASSERT_FALSE(commands.isEmpty());
    EXPECT_EQ(commands.first().host, QStringLiteral("new"));
    EXPECT_EQ(commands.first().exitCode, 0);
    EXPECT_TRUE(commands.first().output.contains(QLatin1String("demo-app 2.0.0")));
}

TEST(AnsibleImport, ReadsTheCountTasksFiguresAndSaysWhatTheRunDidNotDo)
{
    const Imported alpha(QStringLiteral("alpha"));
    const QMap<QString, QString> values = alpha.journal->values(alpha.outcome.sessionId);
    const QJsonObject old =
        QJsonDocument::fromJson(values.value(SessionKey::kRowCountsOld).toUtf8()).object();
    EXPECT_EQ(old.value(QStringLiteral("public.items")).toInteger(), 42);
    EXPECT_EQ(old.value(QStringLiteral("public.users")).toInteger(), 3);
    EXPECT_FALSE(values.value(SessionKey::kChecksumsNew).isEmpty());

    const QJsonArray notes = QJsonDocument::fromJson(values.value(SessionKey::kImportNotes).toUtf8()).array();
    QStringList texts;
    for (const QJsonValue& note : notes)
        texts.append(note.toString());
    const QString all = texts.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QLatin1String(
        "Step 4: Counts and checksums: not compared by the Ansible run; acknowledged by the operator "
        "(puw_ack_row_counts).")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("Step 2: The merge of the customised configuration")));
    EXPECT_TRUE(all.contains(QLatin1String("Step 8: Counts and checksums")));
    EXPECT_TRUE(
        all.contains(QLatin1String("Step 5: the task \"[5 start-new] new: systemctl start demo-worker\" "
                                   "was skipped (Conditional result was False).")))
        << all.toStdString();

    const QString report = alpha.markdown();
    EXPECT_TRUE(report.contains(QLatin1String("What the Ansible run did not do")));
    EXPECT_TRUE(report.contains(QLatin1String("- [x] **4. ")));
    EXPECT_TRUE(report.contains(QLatin1String("public.items")));
    EXPECT_TRUE(alpha.journal->checks(alpha.outcome.sessionId).isEmpty()); // acknowledged is no check
}

TEST(AnsibleImport, AFailedTaskFailsItsStepWithTheTasksNameAndReason)
{
    const Imported beta(QStringLiteral("beta"));
    EXPECT_EQ(beta.outcome.stepsDone, 5);
    EXPECT_EQ(beta.outcome.stepsFailed, 1);
    const StepRecord checks = beta.step(StepId::RunChecks);
    EXPECT_EQ(checks.state, StepState::Failed);
    EXPECT_TRUE(checks.summary.contains(QLatin1String("[6 run-checks] new: demo-app check --all")))
        << checks.summary.toStdString();
    EXPECT_TRUE(checks.summary.contains(QLatin1String("ERROR: table items has no index")));
    EXPECT_TRUE(checks.summary.contains(QLatin1String("exit 2")));
    EXPECT_TRUE(checks.endedAt.isValid());
    for (StepId later : {StepId::StopBoth, StepId::FinalSync, StepId::RouteTraffic})
        EXPECT_EQ(beta.step(later).state, StepState::Pending);
    EXPECT_FALSE(beta.journal->session(beta.outcome.sessionId)->isFinished());
    const QString report = beta.markdown();
    EXPECT_TRUE(report.contains(QLatin1String("- [x] **5. ")));
    EXPECT_TRUE(report.contains(QLatin1String("- [ ] **6. ")));
}

TEST(AnsibleImport, NoSecretReachesTheJournalOrTheReport)
{
    ASSERT_TRUE(contentOf(dataFile(QStringLiteral("ansible-rehearsal.json"))).contains(kSecret.toUtf8()))
        << "the fixture must hold the fake secret for this test to mean something";
    for (const QString& installation : {QStringLiteral("alpha"), QStringLiteral("beta")}) {
        const Imported imported(installation);
        const qint64 session = imported.outcome.sessionId;
        for (const CommandRecord& command : imported.journal->commands(session)) {
            EXPECT_FALSE(command.command.contains(kSecret)) << command.command.toStdString();
            EXPECT_FALSE(command.output.contains(kSecret)) << command.output.toStdString();
        }
        for (const StepRecord& step : imported.journal->steps(session))
            EXPECT_FALSE(step.summary.contains(kSecret));
        for (const QString& value : imported.journal->values(session))
            EXPECT_FALSE(value.contains(kSecret));
        EXPECT_FALSE(imported.markdown().contains(kSecret));
        // Not in the database's pages either, wherever SQLite put them.
        for (const QString& file : QDir(imported.dir.path()).entryList(QDir::Files))
            EXPECT_FALSE(contentOf(QDir(imported.dir.path()).filePath(file)).contains(kSecret.toUtf8()))
                << file.toStdString();
    }
}

TEST(AnsibleImport, ASuccessfulRollbackResetsTheCutoverAsTheProgramDoes)
{
    QList<AnsibleRunLog> logs = fixtureLogs();
    const QByteArray rollback = R"({"plays": [{"play": {"name": "Rollback"}, "tasks": [
        {"task": {"name": "[rollback] proxy: nginx -s reload",
                  "duration": {"start": "2030-01-01T10:00:00.000Z", "end": "2030-01-01T10:00:02.500Z"}},
         "hosts": {"alpha": {"action": "ansible.builtin.shell", "cmd": "nginx -s reload", "rc": 0,
                             "stdout": "", "stderr": "", "changed": true}}}]}], "stats": {}})";
    auto parsed = AnsibleRunLog::parse(rollback, QStringLiteral("rollback.json"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    logs.append(std::move(parsed).value());
    const Imported alpha(QStringLiteral("alpha"), logs);
    for (StepId step : {StepId::StopBoth, StepId::FinalSync, StepId::RouteTraffic})
        EXPECT_EQ(alpha.step(step).state, StepState::Pending);
    EXPECT_EQ(alpha.step(StepId::RunChecks).state, StepState::Done);
    EXPECT_EQ(alpha.journal->value(alpha.outcome.sessionId, SessionKey::kRollbackAt),
              QStringLiteral("2030-01-01T10:00:02.500Z"));
}

} // namespace
} // namespace puw::test
