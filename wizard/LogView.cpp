#include "LogView.h"

#include <QElapsedTimer>
#include <QFontDatabase>
#include <QScrollBar>

#include <limits>

namespace puw {

LogView::LogView(QWidget* parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setMaximumBlockCount(kMaxLines);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Output of the step"));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(true);
    setMinimumHeight(fontMetrics().height() * 6);
    m_timer.setInterval(kFlushIntervalMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LogView::flush);
}

QSize LogView::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), minimumHeight()};
}

void LogView::appendLine(const QString& host, const QString& line, bool isStderr)
{
    QString text;
    text.reserve(host.size() + line.size() + 4);
    if (!host.isEmpty())
        text += host + QLatin1String(": ");
    if (isStderr)
        text += QLatin1String("! ");
    text += line;
    m_pending.append(text);
    // Older lines than the view keeps would be dropped right away: do not even hold them.
    if (m_pending.size() > 2 * kMaxLinesPerFlush) {
        m_dropped += m_pending.size() - kMaxLinesPerFlush;
        m_pending.erase(m_pending.begin(), m_pending.end() - kMaxLinesPerFlush);
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void LogView::clearLog()
{
    m_pending.clear();
    m_dropped = 0;
    m_timer.stop();
    clear();
}

void LogView::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    QElapsedTimer took;
    took.start();
    if (m_pending.size() > kMaxLinesPerFlush) {
        m_dropped += m_pending.size() - kMaxLinesPerFlush;
        m_pending.erase(m_pending.begin(), m_pending.end() - kMaxLinesPerFlush);
    }
    if (m_dropped > 0) {
        //: in the live log when output came faster than it can be shown
        m_pending.prepend(tr("[… %n lines not shown here; the journal keeps the output]", nullptr,
                             int(qMin<qint64>(m_dropped, std::numeric_limits<int>::max()))));
        m_dropped = 0;
    }
    QScrollBar* bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    const int keptPosition = bar->value();
    appendPlainText(m_pending.join(QLatin1Char('\n')));
    m_pending.clear();
    if (atEnd)
        bar->setValue(bar->maximum());
    else
        bar->setValue(keptPosition);
    m_longestFlushMs = qMax(m_longestFlushMs, took.elapsed());
}

} // namespace puw
