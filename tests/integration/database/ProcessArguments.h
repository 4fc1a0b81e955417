#pragma once

#include <QStringList>

#include <functional>

namespace puw::test {

// Runs work() in another thread and, until it returns, reads the arguments of every process on the
// machine (/proc/*/cmdline, what `ps` shows) again and again. Returns the command lines that contain
// needle, and how many different processes were seen (so a test knows the scan saw the work happen).
struct ProcessScan {
    QStringList matches;
    int processesSeen = 0;
    QStringList commandLinesWith(const QString& word) const;
    QStringList all;
};
ProcessScan scanProcessArgumentsWhile(const std::function<void()>& work, const QString& needle);

} // namespace puw::test
