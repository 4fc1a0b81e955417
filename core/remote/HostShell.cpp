#include "remote/HostShell.h"

#include <QCoreApplication>

namespace puw {

QString outputLimitError(qint64 limit)
{
    //: %1 a size in MiB
    return QCoreApplication::translate(
               "puw::HostShell", "the command printed more than %1 MiB, far more than an answer may be: "
                                 "it was stopped")
        .arg(limit / (1024 * 1024));
}

QString stallError(const QString& host, qint64 silentMs, const QString& lastLine)
{
    const QString stopped =
        //: %1 a host ("new"), %2 seconds
        QCoreApplication::translate("puw::HostShell",
                                    "the command on %1 made no progress for %2 s (it printed nothing) and "
                                    "was stopped")
            .arg(host)
            .arg(silentMs / 1000);
    if (lastLine.trimmed().isEmpty())
        return stopped;
    //: %1 the sentence above, %2 the last line the command printed
    return QCoreApplication::translate("puw::HostShell", "%1; the last line it printed: \"%2\"")
        .arg(stopped, lastLine.trimmed());
}

QString ShellOutcome::describe() const
{
    switch (status) {
    case Status::Exited: {
        const QString lastLine = stderrText.trimmed().section(QLatin1Char('\n'), -1);
        if (exitCode == 0)
            return QCoreApplication::translate("puw::HostShell", "succeeded");
        return lastLine.isEmpty()
                   ? QCoreApplication::translate("puw::HostShell", "exit code %1").arg(exitCode)
                   : QCoreApplication::translate("puw::HostShell", "exit code %1: %2")
                         .arg(exitCode)
                         .arg(lastLine);
    }
    case Status::TimedOut:
    case Status::Cancelled:
    case Status::Failed:
        break;
    }
    return error;
}

} // namespace puw
