#pragma once

#include <QString>

namespace puw {

// The shell command lines a canary adds to those of the nginx switch (NginxCommands.h), one function each,
// so that the dry run can list them and tests can run them against hostile paths. Every value goes through
// shellQuote.
namespace canary_commands {

// At most this many bytes of the log are read at once; the rest comes with the next read.
inline constexpr qint64 kMaxLogReadBytes = 8 * 1024 * 1024;

// Prints "SIZE INODE" of the log file (links followed), or "0 0" when there is none yet: where the lines
// of a stage begin.
QString logPosition(const QString& logPath);

// Prints "END INODE START" on a first line, then exactly the log's bytes from START to END. START is
// `offset`, or 0 when the file is another one than `inode` or shorter than `offset` (it was rotated or
// truncated: its lines are all new); END is the file's size, or START + maxBytes when that is less. With no
// file at all it prints "0 0 0" and nothing else.
QString readLog(const QString& logPath, qint64 offset, const QString& inode,
                qint64 maxBytes = kMaxLogReadBytes);

} // namespace canary_commands

} // namespace puw
