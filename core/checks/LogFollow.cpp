#include "LogFollow.h"

#include "remote/ShellQuote.h"

namespace puw {

namespace {
const QByteArray kCursorTag = QByteArrayLiteral("-- cursor: ");
}

QString fileFollowCommand(const QString& file, qint64 offset, qint64 maxBytes)
{
    // A file shorter than the offset was rotated or truncated: what it holds now is all new.
    return QStringLiteral("if [ -f %1 ]; then size=$(wc -c < %1) || exit 1; "
                          "if [ \"$size\" -lt %2 ]; then from=0; else from=%2; fi; echo \"$from\"; "
                          "tail -c \"+$((from + 1))\" -- %1 | head -c %3; fi")
        .arg(shellQuote(file), shellQuote(QString::number(offset)), shellQuote(QString::number(maxBytes)));
}

std::optional<FollowedBytes> readFileFollow(const QByteArray& answer)
{
    const qsizetype end = answer.indexOf('\n');
    if (end < 0)
        return std::nullopt;
    bool isNumber = false;
    const qint64 from = answer.left(end).trimmed().toLongLong(&isNumber);
    if (!isNumber || from < 0)
        return std::nullopt;
    return FollowedBytes{from, answer.mid(end + 1)};
}

QString journalFollowCommand(const QString& unit, const QString& cursor, qint64 sinceEpochSeconds,
                             int maxLines)
{
    const QString from = cursor.isEmpty() ? QStringLiteral("--since=@%1").arg(sinceEpochSeconds)
                                          : QStringLiteral("--after-cursor=%1").arg(cursor);
    return shellJoin({QStringLiteral("journalctl"), QStringLiteral("--no-pager"), QStringLiteral("--quiet"),
                      QStringLiteral("--output=cat"), QStringLiteral("--show-cursor"),
                      QStringLiteral("--lines=%1").arg(maxLines), from,
                      QStringLiteral("--unit=%1").arg(unit)});
}

JournalLines readJournalFollow(const QByteArray& answer)
{
    JournalLines lines;
    QByteArray text = answer;
    if (text.endsWith('\n'))
        text.chop(1);
    const qsizetype last = text.lastIndexOf('\n') + 1;
    if (text.mid(last).startsWith(kCursorTag)) {
        lines.cursor = QString::fromUtf8(text.mid(last + kCursorTag.size())).trimmed();
        text.truncate(last);
    } else if (!text.isEmpty()) {
        text.append('\n');
    }
    lines.text = text;
    return lines;
}

} // namespace puw
