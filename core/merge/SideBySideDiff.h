#pragma once

#include "util/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace puw {

enum class RowKind {
    Same,    // the line is on both sides
    Changed, // a left line and the right line that replaced it
    Added,   // only on the right
    Removed, // only on the left
};

// Characters [start, start + length) of a shown line.
struct CharRange {
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const CharRange&) const = default;
};

struct DiffRow {
    RowKind kind = RowKind::Same;
    qsizetype leftLine = -1;  // index in the left file; -1 for an Added row
    qsizetype rightLine = -1; // index in the right file; -1 for a Removed row
    QString left;             // the line as shown: see SideBySideDiff
    QString right;
    QList<CharRange> leftMarks; // Changed rows: the words that differ, in `left` and `right`
    QList<CharRange> rightMarks;
    qsizetype change = -1; // the change the row belongs to; -1 for a Same row
};

// Two files side by side for the wizard: aligned rows (what stayed, what changed into what, what was
// added or removed), the differing words of each changed pair marked, and the changes numbered for
// moving to the next and the previous one.
//
// Guarantee: lines are compared as bytes, without their endings (libgit2's diff, as the merge); the
// text shown is UTF-8 when the file is valid UTF-8 and Latin-1 otherwise, one character per byte, so
// marks fall on whole characters. No secret value is ever in the model: the value of a setting whose
// name says password, secret, token or key (see SettingNames.h) is shown as "•••", and a changed secret
// is still a changed row, its mask marked.
class SideBySideDiff {
public:
    static Expected<SideBySideDiff, QString> compare(const QByteArray& left, const QByteArray& right);

    const QList<DiffRow>& rows() const { return m_rows; }
    qsizetype changeCount() const { return m_changeRows.size(); }
    qsizetype firstRow(qsizetype change) const { return m_changeRows.at(change); }

    // The change after (before) the one at `row`, or -1 when there is none: from a Same row, the first
    // change below (above) it. Made for the keyboard's next and previous.
    qsizetype nextChange(qsizetype row) const;
    qsizetype previousChange(qsizetype row) const;

private:
    QList<DiffRow> m_rows;
    QList<qsizetype> m_changeRows; // first row of each change
};

// The differing words of two lines: letters and digits make words, every other character counts
// alone, runs of spaces are one. Compared with libgit2's diff, one word per line.
struct WordMarks {
    QList<CharRange> left;
    QList<CharRange> right;
};
Expected<WordMarks, QString> markChangedWords(const QString& left, const QString& right);

} // namespace puw
