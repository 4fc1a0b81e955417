#include "AnsibleImportRun.h"

#include "HeadlessRun.h"
#include "export/AnsibleImport.h"
#include "export/AnsibleInventory.h"
#include "export/AnsibleRunLog.h"
#include "export/ExportText.h"
#include "journal/Journal.h"
#include "report/ReportExporter.h"
#include "util/Redactor.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <memory>

namespace puw {

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void complain(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
}

} // namespace

QString reportPathFor(const QString& asked, const QString& sessionDir, const QString& installation,
                      bool severalInstallations)
{
    if (asked.isEmpty())
        return QDir(sessionDir).filePath(QStringLiteral("report.md"));
    if (!severalInstallations)
        return asked;
    const QFileInfo info(asked);
    const QString folder = QFileInfo(AnsibleImport::sessionDirFor(QString(), installation)).fileName();
    return info.dir().filePath(
        QStringLiteral("%1-%2.%3").arg(info.completeBaseName(), folder, info.suffix()));
}

int importAnsible(const AnsibleImportRequest& request)
{
    if (!request.reportPath.isEmpty() && !ReportExporter::formatFor(request.reportPath)) {
        //: %1 the file given after --report
        complain(ExportText::tr("--report %1: the format follows the file name, which must end in .md, .html "
                                "or .pdf.")
                     .arg(request.reportPath));
        return HeadlessExit::UsageError;
    }
    QList<AnsibleRunLog> logs;
    auto redactor = std::make_shared<Redactor>();
    QStringList installations;
    for (const QString& path : request.logs) {
        auto log = AnsibleRunLog::read(path);
        if (!log.ok()) {
            complain(log.error());
            return HeadlessExit::BadLog;
        }
        // What tasks were given on stdin is where the export passes secrets: never shown anywhere.
        for (const QString& secret : log.value().inputSecrets())
            redactor->addSecret(secret);
        for (const QString& installation : log.value().installations()) {
            if (!installations.contains(installation))
                installations.append(installation);
        }
        logs.append(std::move(log).value());
    }

    AnsibleImportPlan plan;
    if (request.plan) {
        plan.planPath = request.planPath;
        plan.planJson = request.plan->toJson();
        plan.recipeId = request.plan->recipeId;
        plan.installation = AnsibleInventory::installationNames({&*request.plan}).value(0);
        if (!installations.contains(plan.installation))
            //: %1 a plan file, %2 the installation's name in the export's inventory
            complain(ExportText::tr("The plan %1 is the installation %2, which the logs do not name: the "
                                    "sessions are written without the plan.")
                         .arg(request.planPath, plan.installation));
    }

    int exitCode = HeadlessExit::Succeeded;
    for (const QString& installation : installations) {
        const QString dir = AnsibleImport::sessionDirFor(request.sessionRoot, installation);
        auto journal = Journal::open(dir, redactor);
        if (!journal.ok()) {
            complain(journal.error());
            return HeadlessExit::NoJournal;
        }
        const AnsibleImportOutcome outcome =
            AnsibleImport::journal(*journal.value(), installation, logs, plan);
        if (!outcome.journalError.isEmpty()) {
            complain(outcome.journalError);
            return HeadlessExit::NoJournal;
        }
        if (outcome.sessionId == 0) {
            //: %1 an installation (a host of the play); "[4 import-backup]" shows the tags meant
            say(ExportText::tr(
                    "[%1] no task of the export's steps (named \"[4 import-backup] ...\"): nothing "
                    "to journal.")
                    .arg(installation));
            continue;
        }
        const QString report = reportPathFor(request.reportPath, dir, installation, installations.size() > 1);
        const QString error = exportReport(*journal.value(), outcome.sessionId, report, *redactor);
        if (!error.isEmpty()) {
            complain(error);
            exitCode = HeadlessExit::StepFailed;
        }
        //: %1 an installation, %2 and %3 numbers of steps, %4 the session folder, %5 the report file
        say(ExportText::tr("[%1] %2 step(s) done, %3 failed; journal in %4, report %5")
                .arg(installation)
                .arg(outcome.stepsDone)
                .arg(outcome.stepsFailed)
                .arg(QDir::toNativeSeparators(dir),
                     error.isEmpty() ? QDir::toNativeSeparators(report) : ExportText::tr("not written")));
        if (outcome.stepsFailed > 0 && exitCode == HeadlessExit::Succeeded)
            exitCode = HeadlessExit::StepFailed;
    }
    return exitCode;
}

} // namespace puw
