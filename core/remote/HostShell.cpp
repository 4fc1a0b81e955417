#include "remote/HostShell.h"

#include <QCoreApplication>

namespace puw {

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
