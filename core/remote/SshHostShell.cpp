#include "remote/SshHostShell.h"

#include "remote/CommandRun.h"
#include "remote/ShellQuote.h"
#include "remote/SshHost.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutexLocker>

namespace puw {

namespace {
class ShellText {
    Q_DECLARE_TR_FUNCTIONS(puw::HostShell)
};

ShellOutcome failure(ShellOutcome::Status status, const QString& message)
{
    ShellOutcome outcome;
    outcome.status = status;
    outcome.error = message;
    return outcome;
}
} // namespace

SshHostShell::SshHostShell(QString label, SshHost* host, SudoPasswordProvider sudoPassword)
    : m_label(std::move(label)), m_host(host), m_sudoPassword(std::move(sudoPassword))
{
}

void SshHostShell::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    if (m_current)
        QMetaObject::invokeMethod(m_current, &CommandRun::cancel, Qt::QueuedConnection);
}

void SshHostShell::resume()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = false;
}

ShellOutcome SshHostShell::run(const ShellRequest& request, const LineHandler& onLine)
{
    ShellRequest effective = request;
    if (request.sudo) {
        if (auto refused = prepareSudo(effective))
            return *refused;
    }
    return runPlain(effective, onLine);
}

// Finds out once whether sudo needs a password here, then rewrites the request to use it.
std::optional<ShellOutcome> SshHostShell::prepareSudo(ShellRequest& request)
{
    if (m_sudoMode == SudoMode::Unknown) {
        const ShellOutcome probe = runPlain({QStringLiteral("sudo -n true"), {}, false, false, 30000}, {});
        if (probe.status != ShellOutcome::Status::Exited)
            return probe;
        m_sudoMode = probe.exitCode == 0 ? SudoMode::NoPassword : SudoMode::Password;
    }
    const QString inner = shellJoin({QStringLiteral("sh"), QStringLiteral("-c"), request.commandLine});
    if (m_sudoMode == SudoMode::NoPassword) {
        request.commandLine = QStringLiteral("sudo -n -- ") + inner;
        return std::nullopt;
    }
    if (m_password.isEmpty()) {
        const std::optional<QString> password = m_sudoPassword ? m_sudoPassword() : std::nullopt;
        if (!password || password->isEmpty())
            return failure(
                ShellOutcome::Status::Failed,
                ShellText::tr("sudo on %1 needs a password and none was given. Enter it when asked, "
                              "store it in the keychain, or name an environment variable for "
                              "\"sudo-password\" in the plan.")
                    .arg(m_label));
        // Check it once with -v so that a wrong password fails here, not in the middle of a command's input.
        const ShellOutcome check = runPlain(
            {QStringLiteral("sudo -k -S -p '' -v"), password->toUtf8() + '\n', true, false, 30000}, {});
        if (!check.ok())
            return failure(ShellOutcome::Status::Failed,
                           ShellText::tr("sudo on %1 refused the password (%2). Check the sudo password for "
                                         "this host; it may differ from the login password.")
                               .arg(m_label, check.describe()));
        m_password = *password;
    }
    // -k: sudo ignores credentials it cached, so it always reads the password line we send first. Where the
    // cache spans the whole log-in (timestamp_type=global), sudo -S without -k reads nothing, and the
    // password line would become the first line of the command's own input (a file written, SQL, a stream).
    request.commandLine = QStringLiteral("sudo -k -S -p '' -- ") + inner;
    request.stdinData.prepend(m_password.toUtf8() + '\n');
    request.stdinIsSecret = true;
    return std::nullopt;
}

ShellOutcome SshHostShell::runPlain(const ShellRequest& request, const LineHandler& onLine)
{
    if (!m_host)
        return failure(ShellOutcome::Status::Failed,
                       ShellText::tr("The connection to %1 is closed.").arg(m_label));
    CommandSpec spec;
    spec.shellCommand = request.commandLine;
    spec.stdinData = request.stdinData;
    spec.stdinIsSecret = request.stdinIsSecret;
    spec.timeoutMs = request.timeoutMs;
    spec.stallMs = request.stallMs;

    CommandRun* run = m_host->run(spec);
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancelled) {
            delete run;
            return failure(ShellOutcome::Status::Cancelled, ShellText::tr("Cancelled."));
        }
        m_current = run;
    }
    ShellOutcome outcome;
    qint64 kept = 0;
    bool overflowed = false;
    auto keep = [&](const QStringList& lines, QString& text, bool isStderr) {
        for (const QString& line : lines) {
            if (overflowed)
                return;
            kept += line.size() + 1;
            if (kept > request.maxOutputBytes) {
                overflowed = true;
                QMetaObject::invokeMethod(run, &CommandRun::cancel, Qt::QueuedConnection);
                return;
            }
            text += line + QLatin1Char('\n');
            if (onLine)
                onLine(line, isStderr);
        }
    };
    QObject::connect(run, &CommandRun::stdoutLines, run,
                     [&](const QStringList& lines) { keep(lines, outcome.stdoutText, false); });
    QObject::connect(run, &CommandRun::stderrLines, run,
                     [&](const QStringList& lines) { keep(lines, outcome.stderrText, true); });
    if (!run->isFinished()) {
        QEventLoop loop;
        QObject::connect(run, &CommandRun::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const CommandResult result = run->result();
    {
        QMutexLocker lock(&m_mutex);
        m_current = nullptr;
    }
    delete run;

    switch (result.status) {
    case CommandResult::Status::Exited:
        outcome.status = ShellOutcome::Status::Exited;
        outcome.exitCode = result.exitCode;
        break;
    case CommandResult::Status::Signalled:
        outcome.status = ShellOutcome::Status::Failed;
        outcome.error = ShellText::tr("killed by signal %1").arg(result.exitSignal);
        break;
    case CommandResult::Status::Cancelled:
        outcome.status = ShellOutcome::Status::Cancelled;
        outcome.error = result.error.message;
        break;
    case CommandResult::Status::TimedOut:
        outcome.status = ShellOutcome::Status::TimedOut;
        outcome.stalled = result.stalled;
        // The same words as every shell's (the silence is measured on the host's side of the channel).
        outcome.error =
            result.stalled ? stallError(m_label, request.stallMs, result.lastLine) : result.error.message;
        break;
    case CommandResult::Status::Failed:
        outcome.status = ShellOutcome::Status::Failed;
        outcome.error = result.error.message;
        break;
    }
    if (overflowed) {
        outcome.status = ShellOutcome::Status::Failed;
        outcome.error = outputLimitError(request.maxOutputBytes);
    }
    return outcome;
}

} // namespace puw
