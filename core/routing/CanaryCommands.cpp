#include "CanaryCommands.h"

#include "remote/ShellQuote.h"

#include <QStringList>

namespace puw::canary_commands {

namespace {

constexpr char kPositionScript[] =
    R"SH(if [ -e "$1" ]; then stat -L -c '%s %i' -- "$1"; else echo '0 0'; fi)SH";

// $1 the log, $2 the offset, $3 the inode of the file the offset belongs to, $4 the most bytes to print.
constexpr char kReadScript[] = R"SH(f=$1; start=$2; inode=$3; cap=$4
[ -e "$f" ] || { echo '0 0 0'; exit 0; }
info=$(stat -L -c '%s %i' -- "$f") || exit 1
size=${info% *}; now=${info#* }
if [ "$now" != "$inode" ] || [ "$size" -lt "$start" ]; then start=0; fi
end=$size
[ $((end - start)) -le "$cap" ] || end=$((start + cap))
echo "$end $now $start"
tail -c +$((start + 1)) -- "$f" | head -c $((end - start))
)SH";

} // namespace

QString logPosition(const QString& logPath)
{
    return shellJoin({QStringLiteral("sh"), QStringLiteral("-c"), QLatin1String(kPositionScript),
                      QStringLiteral("puw-canary-log"), logPath});
}

QString readLog(const QString& logPath, qint64 offset, const QString& inode, qint64 maxBytes)
{
    return shellJoin({QStringLiteral("sh"), QStringLiteral("-c"), QLatin1String(kReadScript),
                      QStringLiteral("puw-canary-log"), logPath, QString::number(offset),
                      inode.isEmpty() ? QStringLiteral("0") : inode, QString::number(maxBytes)});
}

} // namespace puw::canary_commands
