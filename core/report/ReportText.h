#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace puw {

// Translation context of every user-visible text of the report.
class Report {
    Q_DECLARE_TR_FUNCTIONS(puw::Report)
};

// Text preparation shared by the three formats: what may reach a report, and how times, sizes and
// durations read. Nothing here escapes for a format; the writers do that.
namespace ReportText {

inline constexpr int kWrapWidth = 100;      // characters per line of a command or its output
inline constexpr int kMaxOutputLines = 60;  // lines kept per command output (head and tail)
inline constexpr int kMaxCommandLines = 20; // lines kept per command line
inline constexpr int kMaxCellChars = 300;   // characters kept in a table cell or a one-line result

// Removes what could reorder, hide or break text: terminal escape sequences, control characters,
// bidirectional overrides, lone surrogates and non-characters (each shown as U+FFFD). Line ends
// become "\n", tabs become spaces.
QString sanitize(const QString& text);

// sanitize(), then on one line ("⏎" between lines), cut to maxChars with an ellipsis.
QString oneLine(const QString& text, int maxChars = kMaxCellChars);

// sanitize(), lines longer than width cut into pieces (continuations start with "↪ "), and at most
// maxLines kept: the first and last halves, with a line saying how many were left out.
QString block(const QString& text, int maxLines, int width = kWrapWidth);

QString duration(qint64 ms);                                // "1 h 02 min", "4 min 12 s", "850 ms"
QString dateTime(const QDateTime& time);                    // "2024-05-01 10:04:12 UTC"
QString timeOfDay(const QDateTime& time, const QDate& day); // "10:04:12", with the date when not on day
QString bytes(qint64 size);                                 // "1.4 MiB (1 468 006 bytes)"
QString notRecorded();

} // namespace ReportText

} // namespace puw
