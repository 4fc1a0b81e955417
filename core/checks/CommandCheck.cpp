#include "CommandCheck.h"

#include "remote/ShellQuote.h"
#include "util/Redactor.h"

#include <QElapsedTimer>

namespace puw {

QString commandCheckLine(const CommandCheckRequest& request)
{
    return shellJoin(request.argv);
}

CheckResult runCommandCheck(HostShell& shell, const CommandCheckRequest& request, const Redactor* redactor)
{
    CheckResult result;
    result.name = request.name;
    result.kind = QStringLiteral("command");
    result.checkedAt = QDateTime::currentDateTimeUtc();
    if (request.argv.isEmpty()) {
        result.detail = Checks::tr("the check has no command");
        return result;
    }
    QElapsedTimer clock;
    clock.start();
    ShellRequest shellRequest;
    shellRequest.commandLine = commandCheckLine(request);
    shellRequest.sudo = request.sudo;
    shellRequest.timeoutMs = request.timeoutMs;
    const ShellOutcome outcome = shell.run(shellRequest);
    result.elapsedMs = clock.elapsed();
    const QString host = shell.hostLabel();
    if (outcome.status == ShellOutcome::Status::Cancelled) {
        result.cancelled = true;
        result.detail = Checks::tr("cancelled on %1").arg(host);
    } else if (outcome.status != ShellOutcome::Status::Exited) {
        result.detail = Checks::tr("could not run on %1: %2").arg(host, outcome.describe());
    } else if (outcome.exitCode != 0) {
        const QString said =
            excerpt(outcome.stderrText.trimmed().isEmpty() ? outcome.stdoutText : outcome.stderrText);
        result.detail = said.isEmpty()
                            ? Checks::tr("exit code %1 on %2").arg(outcome.exitCode).arg(host)
                            : Checks::tr("exit code %1 on %2: %3").arg(outcome.exitCode).arg(host, said);
    } else if (!request.outputContains.isEmpty() && !outcome.stdoutText.contains(request.outputContains)) {
        const QString got = excerpt(outcome.stdoutText);
        result.detail = Checks::tr("output does not contain '%1', got: %2")
                            .arg(request.outputContains, got.isEmpty() ? Checks::tr("no output") : got);
    } else {
        result.passed = true;
        result.detail =
            request.outputContains.isEmpty()
                ? Checks::tr("exit code 0 on %1 in %2").arg(host, formatDuration(result.elapsedMs))
                : Checks::tr("exit code 0 on %1, output contains '%2'").arg(host, request.outputContains);
    }
    if (redactor)
        result.detail = redactor->redact(result.detail);
    return result;
}

} // namespace puw
