#include "ReportJournalFixture.h"

#include "journal/JournalTime.h"
#include "journal/SessionValues.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace puw::test {

namespace {

const char* const kPlan = R"({"format": 1, "name": "Demo shop", "recipe": "demo",
  "old": {"address": "old.example.test", "user": "admin", "port": 2222},
  "new": {"address": "new.example.test", "user": "admin"},
  "route": {"kind": "nginx", "publicUrl": "https://shop.example.test",
            "proxy": {"address": "proxy.example.test"}, "upstreamFile": "/etc/nginx/conf.d/upstream.conf"}})";

QString key(QLatin1String name)
{
    return name;
}

} // namespace

QString ReportJournal::hostileOutput()
{
    QString text;
    text += QStringLiteral("<script>alert('owned')</script>\n");
    text += QStringLiteral("<b>bold?</b> <img src=\"http://evil.example/x.png\" onerror=\"alert(1)\">\n");
    text += QStringLiteral("| a | b |\n|---|---|\n| *star* | _under_ |\n# not a heading\n");
    text += QStringLiteral("``````````\nten backticks above, a fence closer below?\n```\n");
    text +=
        QStringLiteral("[link](javascript:alert(1)) ![img](http://evil.example/y.png) $x^2$ &amp; &lt;\n");
    text += QStringLiteral("\x1b[31mred\x1b[0m bell\a nul") + QChar(0) + QStringLiteral(" formfeed\f end\n");
    text += QString::fromUtf8("invalid utf-8: \xff\xfe \xc3\x28 \xed\xa0\x80\n");
    text += QStringLiteral("lone surrogate: ") + QChar(0xD800) + QStringLiteral(" bidi: ") + QChar(0x202E) +
            QStringLiteral("gnp.exe\r\nCRLF line\rCR line\n");
    text += QString(5000, QLatin1Char('A')) + QLatin1Char('\n'); // one very long line without spaces
    for (int i = 1; i <= 200; ++i)
        text += QStringLiteral("progress line %1\n").arg(i);
    text += QStringLiteral("last line of the output\n");
    return text;
}

ReportJournal::ReportJournal(bool journalKnowsSecrets)
{
    auto redactor = std::make_shared<Redactor>();
    if (journalKnowsSecrets) {
        redactor->addSecret(kSecret);
        redactor->addSecret(kSudoSecret);
    }
    auto opened = Journal::open(dir.filePath(QStringLiteral("session")), redactor);
    if (!opened.ok()) {
        m_error = opened.error();
        return;
    }
    journal = std::move(opened).value();
    session = journal->createSession(QStringLiteral("/home/admin/plans/demo-shop.json"), kPlan,
                                     QStringLiteral("demo"));
    rehearsalDay = QDateTime(QDate(2024, 5, 14), QTime(9, 0), Qt::UTC);
    fillSteps();
    fillResults();
}

void ReportJournal::rewrite(const QString& sql, const QVariantList& values)
{
    // The journal stamps "now"; a realistic upgrade needs realistic times, written behind its back
    // through a second connection of our own.
    const QString name = QStringLiteral("report-fixture-%1").arg(reinterpret_cast<quintptr>(this));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(journal->databasePath());
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant& value : values)
                query.addBindValue(value);
            if (!query.exec())
                m_error = query.lastError().text();
        } else {
            m_error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void ReportJournal::setTimes(int step, const QDateTime& start, const QDateTime& end)
{
    rewrite(QStringLiteral("UPDATE steps SET started_at = ?, ended_at = ? WHERE session_id = ? AND step = ?"),
            {JournalTime::toValue(start), JournalTime::toValue(end), session, step});
}

void ReportJournal::fillSteps()
{
    const QDateTime day1 = rehearsalDay;
    const QDateTime day2(QDate(2024, 5, 15), QTime(6, 0), Qt::UTC);
    struct Timing {
        QDateTime start;
        QDateTime end;
        QString summary;
    };
    const QList<Timing> timings{
        {day1, day1.addSecs(12 * 60), QStringLiteral("demo-app 2.0.1 installed; pg_dump 16.2 ≥ server 15.6")},
        {day1.addSecs(12 * 60), day1.addSecs(20 * 60), QStringLiteral("2 files copied, 1 kept <as is>")},
        {day1.addSecs(20 * 60), day1.addSecs(26 * 60), QStringLiteral("Backup 1.4 MiB streamed to new host")},
        {day1.addSecs(26 * 60), day1.addSecs(40 * 60), QStringLiteral("Imported; row counts match")},
        {day1.addSecs(40 * 60), day1.addSecs(47 * 60), QStringLiteral("2 migrations applied; healthy")},
        {day1.addSecs(47 * 60), day1.addSecs(55 * 60), QStringLiteral("5 of 6 checks passed | see *checks*")},
        {day2, day2.addSecs(90), QStringLiteral("Both stopped and masked; sudo password ") + kSudoSecret},
        {day2.addSecs(90), day2.addSecs(19 * 60 + 10),
         QStringLiteral("Fresh backup imported, checks passed")},
        {day2.addSecs(19 * 60 + 10), day2.addSecs(22 * 60 + 40), QStringLiteral("nginx upstream switched")},
    };
    for (int number = 1; number <= 9; ++number) {
        const StepId id = *stepFromNumber(number);
        journal->setStepState(session, id, StepState::Running);
        journal->setStepState(session, id, StepState::Done, timings.at(number - 1).summary);
        setTimes(number, timings.at(number - 1).start, timings.at(number - 1).end);
    }
    journal->setStepState(session, StepId::Deprovision, StepState::Skipped,
                          QStringLiteral("Kept for a two-week soak period"));
    setTimes(10, day2.addSecs(30 * 60), day2.addSecs(30 * 60));

    using namespace SessionKey;
    const QDateTime downtimeStart = day2.addSecs(20);
    journal->setValue(session, key(kDowntimePredictedMs), QString::number(kPredictedDowntimeMs));
    journal->setValue(session, key(kDowntimeStartedAt), JournalTime::toValue(downtimeStart).toString());
    journal->setValue(session, key(kDowntimeEndedAt),
                      JournalTime::toValue(downtimeStart.addMSecs(kMeasuredDowntimeMs)).toString());
    journal->finishSession(session);
    rewrite(QStringLiteral("UPDATE sessions SET created_at = ?, finished_at = ? WHERE id = ?"),
            {JournalTime::toValue(day1.addSecs(-300)), JournalTime::toValue(day2.addSecs(40 * 60)), session});
}

void ReportJournal::fillResults()
{
    using namespace SessionKey;
    journal->setValue(session, key(kVersionOld), QStringLiteral("1.9.4"));
    journal->setValue(session, key(kVersionNew), QStringLiteral("2.0.1"));
    journal->setValue(session, key(kHostKeyOld),
                      QStringLiteral("ED25519 SHA256:oldKEYoldKEYoldKEY0123456789abcdefghijk"));
    journal->setValue(session, key(kHostKeyNew),
                      QStringLiteral("ED25519 SHA256:newKEYnewKEYnewKEY0123456789abcdefghijk"));
    journal->setValue(session, key(kHostKeyProxy),
                      QStringLiteral("ED25519 SHA256:pxyKEYpxyKEYpxyKEY0123456789abcdefghijk"));
    journal->setValue(session, key(kRunUser), QStringLiteral("alice"));
    journal->setValue(session, key(kRunMachine), QStringLiteral("admin-laptop"));
    journal->setValue(session, key(kProgramVersion), QStringLiteral("0.1.0"));
    journal->setValue(session, key(kRowCountsOld),
                      QStringLiteral(R"({"orders": 1520, "customers": 310, "audit|log": 99})"));
    journal->setValue(session, key(kRowCountsNew),
                      QStringLiteral(R"({"orders": 1520, "customers": 310, "audit|log": 98})"));
    journal->setValue(session, key(kMigrationsApplied),
                      QStringLiteral(R"(["0013_add_shamir_recovery.sql", "0014_add_realm_archiving.sql"])"));
    journal->setValue(session, key(kConfigCopied),
                      QStringLiteral(R"([{"path": "/etc/demo/app.yml", "sha256": "%1"}])").arg(kConfigSha));

    const QDateTime day2(QDate(2024, 5, 15), QTime(6, 0), Qt::UTC);
    journal->recordArtefact(session,
                            {0, StepId::RehearsalBackup, QStringLiteral("backup"),
                             QStringLiteral("/home/admin/.local/share/parallel-upgrade/backups/demo-1.dump"),
                             1468006, kBackupSha, true, rehearsalDay.addSecs(26 * 60)});
    journal->recordArtefact(
        session, {0, StepId::FinalSync, QStringLiteral("backup"),
                  QStringLiteral("/home/admin/.local/share/parallel-upgrade/backups/demo-2.dump.partial"),
                  524288, QString(), false, day2.addSecs(5 * 60)});

    const QDateTime checked = rehearsalDay.addSecs(50 * 60);
    journal->recordCheck(session, {0, StepId::RunChecks, QStringLiteral("GET /health answers 200"),
                                   QStringLiteral("http"), true, QStringLiteral("200 OK in 84 ms"), checked});
    journal->recordCheck(session, {0, StepId::RunChecks, QStringLiteral("Row counts match"),
                                   QStringLiteral("database"), true, QStringLiteral("3 tables"), checked});
    journal->recordCheck(
        session,
        {0, StepId::RunChecks, QStringLiteral("No errors in the service log"), QStringLiteral("log"), false,
         QStringLiteral("<img src=x onerror=alert(1)> ERROR | login failed for ") + kSecret, checked});

    journal->recordCommand(session,
                           {0, StepId::InstallNew, QStringLiteral("new"),
                            QStringLiteral("sudo -S apt-get install -y demo-app=2.0.1"), 0, rehearsalDay,
                            rehearsalDay.addSecs(95), QStringLiteral("Setting up demo-app (2.0.1) ...\n")});
    journal->recordCommand(session,
                           {0, StepId::RehearsalBackup, QStringLiteral("old"),
                            QStringLiteral("PGPASSWORD='%1' pg_dump -Fc demo").arg(kSecret), 0,
                            rehearsalDay.addSecs(20 * 60), rehearsalDay.addSecs(26 * 60),
                            QString(95, QLatin1Char('x')) + kSecret + QStringLiteral(" wrapped secret\n")});
    journal->recordCommand(session,
                           {0, StepId::StartNew, QStringLiteral("new"),
                            QStringLiteral("cat /var/log/demo/hostile.log | tail -n 300"), 1,
                            rehearsalDay.addSecs(41 * 60), rehearsalDay.addSecs(42 * 60), hostileOutput()});
}

} // namespace puw::test
