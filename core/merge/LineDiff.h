#pragma once

#include "util/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace puw {

// A file cut into lines without changing a byte: joining `lines` gives the file back exactly. Each line
// keeps its own ending ("\n", "\r\n", or none for a last line that has none); nothing is decoded, so a
// Latin-1 or otherwise non-UTF-8 file is handled like any other.
struct FileLines {
    QList<QByteArray> lines;
    QByteArray eol; // the ending most lines have: "\r\n" or "\n"; empty when no line has one

    static FileLines split(const QByteArray& text);
    QByteArray join() const;
};

// A line without its ending: what the comparisons look at, so that "a\r\n", "a\n" and a last "a" are the
// same line and a file whose endings changed from LF to CRLF has not changed.
QByteArray lineContent(const QByteArray& line);

// The line with its ending replaced by `eol` (a line without one stays without one).
QByteArray withEnding(const QByteArray& line, const QByteArray& eol);

// One place where b differs from a: a's lines [aStart, aStart + aCount) are b's [bStart, bStart + bCount).
// An insertion has aCount 0 and aStart the index of the a line it comes before (a.size() at the end).
struct LineChange {
    qsizetype aStart = 0;
    qsizetype aCount = 0;
    qsizetype bStart = 0;
    qsizetype bCount = 0;

    qsizetype aEnd() const { return aStart + aCount; }
    qsizetype bEnd() const { return bStart + bCount; }
    bool operator==(const LineChange&) const = default;
};

// The changes that turn a into b, in order, none touching another, compared by lineContent(). Computed by
// libgit2's diff (git's own xdiff, with its indent heuristic) on the lines as bytes. Fails only when
// libgit2 does (out of memory), with its message.
Expected<QList<LineChange>, QString> diffLines(const QList<QByteArray>& a, const QList<QByteArray>& b);

// True when both lists hold the same lines by lineContent().
bool sameContent(const QList<QByteArray>& a, const QList<QByteArray>& b);

} // namespace puw
