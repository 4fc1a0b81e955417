#include "ProcessArguments.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <atomic>
#include <thread>

namespace puw::test {

QStringList ProcessScan::commandLinesWith(const QString& word) const
{
    QStringList found;
    for (const QString& line : all) {
        if (line.contains(word))
            found << line;
    }
    return found;
}

ProcessScan scanProcessArgumentsWhile(const std::function<void()>& work, const QString& needle)
{
    std::atomic<bool> done = false;
    std::thread worker([&] {
        work();
        done = true;
    });
    ProcessScan scan;
    QSet<QString> seen;
    const QByteArray needleBytes = needle.toUtf8();
    while (!done) {
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& pid : pids) {
            if (!pid.front().isDigit())
                continue;
            QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QByteArray arguments = file.readAll();
            arguments.replace('\0', ' ');
            const QString line = QString::fromUtf8(arguments);
            const QString key = pid + QLatin1Char(' ') + line;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            scan.all << line;
            if (arguments.contains(needleBytes))
                scan.matches << line;
        }
    }
    worker.join();
    scan.processesSeen = static_cast<int>(seen.size());
    return scan;
}

} // namespace puw::test
