#pragma once

#include <QPlainTextEdit>
#include <QStringList>
#include <QTimer>

namespace puw {

// The live output of a step. Lines are collected as they arrive and shown in one append every 100 ms,
// so that a command printing thousands of lines a second never holds up the event loop; only the
// newest kMaxLines are kept, and a flood
// shows its newest kMaxLinesPerFlush lines per flush with a note of how many it left out. Follows the end
// unless the admin scrolled up to read.
class LogView : public QPlainTextEdit {
    Q_OBJECT
public:
    static constexpr int kMaxLines = 5000;
    static constexpr int kFlushIntervalMs = 100;
    // A flood is shown by its newest lines: more per flush would hold up the event loop (the journal
    // keeps every command's output).
    static constexpr int kMaxLinesPerFlush = 500;

    explicit LogView(QWidget* parent = nullptr);
    // Asks for its minimum height only: the page's stretch gives it whatever height is left, and a page
    // that fits its window shows no scroll bar.
    QSize sizeHint() const override;

    void appendLine(const QString& host, const QString& line, bool isStderr);
    void clearLog();
    // Shows what is pending now (tests, and before the page reports the result).
    void flush();
    int pendingLineCount() const { return m_pending.size(); }
    // The longest time one flush held the event loop, in milliseconds (tests and benchmarks).
    qint64 longestFlushMs() const { return m_longestFlushMs; }

private:
    QStringList m_pending;
    qint64 m_dropped = 0;
    qint64 m_longestFlushMs = 0;
    QTimer m_timer;
};

} // namespace puw
