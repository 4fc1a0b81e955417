#include "RemotePid.h"

namespace puw {

std::optional<qint64> parseRemotePid(const QByteArray& line)
{
    if (!line.startsWith(remotePidPrefix))
        return std::nullopt;
    const QByteArray word = line.mid(qsizetype(qstrlen(remotePidPrefix)));
    if (word.isEmpty() || word.size() > 10)
        return std::nullopt;
    for (const char c : word) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 pid = word.toLongLong(&ok);
    if (!ok || pid <= 1)
        return std::nullopt;
    return pid;
}

} // namespace puw
