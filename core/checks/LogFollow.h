#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The shell commands that follow a log while a service starts, and the readers of their answers. Two
// sources: a file (read from where the last look ended; from its start again when it shrank, i.e. was
// rotated or truncated) and a systemd unit's journal (for services whose output goes only to the journal,
// as Debian's tomcat10 without rsyslog). Every value in a command is quoted.
namespace puw {

// Prints the offset it reads from on a first line, then at most maxBytes of the file from there; prints
// nothing when the file is not there.
QString fileFollowCommand(const QString& file, qint64 offset, qint64 maxBytes);

struct FollowedBytes {
    qint64 from = 0; // where in the file the bytes begin
    QByteArray bytes;
};
// The answer of fileFollowCommand; nullopt when the file was not there or the answer is not one.
std::optional<FollowedBytes> readFileFollow(const QByteArray& answer);

// The messages the unit logged after the cursor (or, with no cursor yet, since sinceEpochSeconds on the
// host's clock), at most maxLines of the latest, then journalctl's "-- cursor: ..." line.
QString journalFollowCommand(const QString& unit, const QString& cursor, qint64 sinceEpochSeconds,
                             int maxLines);

struct JournalLines {
    QByteArray text; // the messages, one a line
    QString cursor;  // where the next look begins; empty when nothing was logged yet
};
JournalLines readJournalFollow(const QByteArray& answer);

} // namespace puw
