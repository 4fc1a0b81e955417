#pragma once

#include "CheckResult.h"
#include "remote/HostShell.h"
#include "util/Expected.h"

#include <QList>
#include <QStringList>

namespace puw {

// Where one log file stood before the service started: the scan reads only what came after.
struct LogMark {
    QString file;
    qint64 offset = 0;    // bytes; 0 when the file did not exist yet
    bool missing = false; // the file did not exist when it was marked
    bool operator==(const LogMark&) const = default;
};

// Reads the current size of each file (missing files get offset 0). Call it just before the start.
Expected<QList<LogMark>, QString> markLogs(HostShell& shell, const QStringList& files, bool sudo = false,
                                           int timeoutMs = 60000);

struct LogScanRequest {
    QString name;
    QList<LogMark> marks;
    QString errorPattern; // the recipe's logErrorPattern (QRegularExpression syntax, e.g. "(?i)\\berror\\b")
    bool sudo = false;    // logs often need root to read
    qint64 maxBytesPerFile = 8 * 1024 * 1024; // read at most this much after the mark
    int maxShownLines = 3;                    // matching lines quoted in the detail
    int timeoutMs = 60000;
};

// Reads each file from its mark (`tail -c +OFFSET`; from the start when the file shrank, i.e. was rotated or
// truncated) and passes when no line matches the pattern. Details: "no error line in 2 logs since the start
// (1.2 KiB read)", "2 lines match in /var/log/demo/demo.log: ERROR db down; FATAL ...".
CheckResult scanLogs(HostShell& shell, const LogScanRequest& request);

// The command lines these send (for the dry run and for tests).
QString logMarkCommand(const QStringList& files);
QString logScanCommand(const LogMark& mark, qint64 maxBytes);

} // namespace puw
