#include "remote/LocalShell.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <unistd.h>

namespace puw {

ShellOutcome LocalShell::run(const ShellRequest& request, const LineHandler& onLine)
{
    ShellOutcome outcome;
    if (request.sudo && geteuid() != 0) {
        outcome.error =
            QCoreApplication::translate("puw::HostShell", "sudo is not available on the local shell.");
        return outcome;
    }
    if (m_cancelled) {
        outcome.status = ShellOutcome::Status::Cancelled;
        outcome.error = QCoreApplication::translate("puw::HostShell", "Cancelled.");
        return outcome;
    }
    QProcess process;
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), request.commandLine});
    if (!process.waitForStarted()) {
        outcome.error = process.errorString();
        return outcome;
    }
    process.write(request.stdinData);
    process.closeWriteChannel();

    QByteArray pendingOut, pendingErr;
    qint64 kept = 0;
    bool overflowed = false;
    QString lastLine; // what a stalled command was doing
    QElapsedTimer sinceOutput;
    sinceOutput.start();
    auto deliver = [&](QByteArray& pending, QString& text, bool isStderr, bool flush) {
        qsizetype newline;
        while (!overflowed && ((newline = pending.indexOf('\n')) >= 0 || (flush && !pending.isEmpty()))) {
            const qsizetype end = newline >= 0 ? newline : pending.size();
            const QString line = QString::fromUtf8(pending.left(end));
            pending.remove(0, newline >= 0 ? end + 1 : end);
            text += line + QLatin1Char('\n');
            if (!line.trimmed().isEmpty())
                lastLine = line;
            if (onLine)
                onLine(line, isStderr);
        }
    };
    auto readMore = [&] {
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        kept += out.size() + err.size();
        if (!out.isEmpty() || !err.isEmpty())
            sinceOutput.restart();
        overflowed = overflowed || kept > request.maxOutputBytes;
        pendingOut += out;
        pendingErr += err;
    };
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        readMore();
        deliver(pendingOut, outcome.stdoutText, false, false);
        deliver(pendingErr, outcome.stderrText, true, false);
        if (overflowed) {
            process.kill();
            process.waitForFinished();
            outcome.status = ShellOutcome::Status::Failed;
            outcome.error = outputLimitError(request.maxOutputBytes);
            return outcome;
        }
        if (m_cancelled) {
            process.kill();
            process.waitForFinished();
            outcome.status = ShellOutcome::Status::Cancelled;
            outcome.error = QCoreApplication::translate("puw::HostShell", "Cancelled.");
            return outcome;
        }
        if (request.timeoutMs > 0 && clock.elapsed() > request.timeoutMs) {
            process.kill();
            process.waitForFinished();
            outcome.status = ShellOutcome::Status::TimedOut;
            outcome.error = QCoreApplication::translate("puw::HostShell", "timed out after %1 s")
                                .arg(request.timeoutMs / 1000);
            return outcome;
        }
        if (request.stallMs > 0 && sinceOutput.elapsed() > request.stallMs) {
            const qint64 silent = sinceOutput.elapsed();
            process.kill();
            process.waitForFinished();
            outcome.status = ShellOutcome::Status::TimedOut;
            outcome.stalled = true;
            outcome.error = stallError(m_label, silent, lastLine);
            return outcome;
        }
    }
    readMore();
    deliver(pendingOut, outcome.stdoutText, false, true);
    deliver(pendingErr, outcome.stderrText, true, true);
    if (overflowed) {
        outcome.status = ShellOutcome::Status::Failed;
        outcome.error = outputLimitError(request.maxOutputBytes);
        return outcome;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        outcome.status = ShellOutcome::Status::Failed;
        outcome.error = QCoreApplication::translate("puw::HostShell", "killed by a signal");
        return outcome;
    }
    outcome.status = ShellOutcome::Status::Exited;
    outcome.exitCode = process.exitCode();
    return outcome;
}

} // namespace puw
