#include "ConfigDiffView.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

namespace puw {

namespace {
QPlainTextEdit* fileView(const QString& accessibleName, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setAccessibleName(accessibleName);
    view->setTabChangesFocus(true);
    view->setMinimumHeight(view->fontMetrics().height() * 9); // enough lines to compare
    return view;
}

QTextEdit::ExtraSelection mark(const QTextBlock& block, const QColor& colour, qsizetype start = -1,
                               qsizetype length = 0)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(block);
    if (start >= 0) {
        selection.cursor.setPosition(block.position() + int(start));
        selection.cursor.setPosition(block.position() + int(start + length), QTextCursor::KeepAnchor);
    } else {
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    }
    selection.format.setBackground(colour);
    return selection;
}
} // namespace

ConfigDiffView::ConfigDiffView(QWidget* parent) : QWidget(parent)
{
    m_left = fileView(tr("The file on the new host now"), this);
    m_right = fileView(tr("What step 2 will write on the new host"), this);
    m_previous = new QPushButton(tr("Pre&vious change"), this);
    m_next = new QPushButton(tr("Ne&xt change"), this);
    m_previous->setAccessibleName(tr("Show the previous change (Shift+F8 in the list of changes)"));
    m_next->setAccessibleName(tr("Show the next change (F8 in the list of changes)"));
    auto* sides = new QHBoxLayout;
    sides->addWidget(m_left);
    sides->addWidget(m_right);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(sides, 1);
    layout->addLayout(buttons);
    connect(m_next, &QPushButton::clicked, this, &ConfigDiffView::nextChange);
    connect(m_previous, &QPushButton::clicked, this, &ConfigDiffView::previousChange);
    // The two sides scroll together: their rows are aligned.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(),
            &QScrollBar::setValue);
}

void ConfigDiffView::compare(const QByteArray& left, const QByteArray& right)
{
    auto diff = SideBySideDiff::compare(left, right);
    if (!diff.ok()) {
        showNote(left, diff.error());
        return;
    }
    m_diff = diff.value();
    m_row = -1;
    QStringList leftText;
    QStringList rightText;
    for (const DiffRow& row : m_diff->rows()) {
        leftText.append(row.left);
        rightText.append(row.right);
    }
    m_left->setPlainText(leftText.join(QLatin1Char('\n')));
    m_right->setPlainText(rightText.join(QLatin1Char('\n')));
    paint();
    m_next->setEnabled(m_diff->changeCount() > 0);
    m_previous->setEnabled(m_diff->changeCount() > 0);
}

void ConfigDiffView::showNote(const QByteArray& left, const QString& rightNote)
{
    compare(left, {});
    m_right->setPlainText(rightNote);
    m_right->setExtraSelections({});
}

void ConfigDiffView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paint();
}

void ConfigDiffView::paint()
{
    if (!m_diff)
        return;
    // Tints of the highlight colour read in light and dark palettes; the changed words a stronger one.
    QColor row = palette().color(QPalette::Highlight);
    row.setAlpha(60);
    QColor words = palette().color(QPalette::Highlight);
    words.setAlpha(140);
    QList<QTextEdit::ExtraSelection> leftMarks;
    QList<QTextEdit::ExtraSelection> rightMarks;
    QTextBlock leftBlock = m_left->document()->begin();
    QTextBlock rightBlock = m_right->document()->begin();
    for (const DiffRow& diffRow : m_diff->rows()) {
        if (diffRow.kind != RowKind::Same) {
            if (diffRow.kind != RowKind::Added)
                leftMarks.append(mark(leftBlock, row));
            if (diffRow.kind != RowKind::Removed)
                rightMarks.append(mark(rightBlock, row));
            for (const CharRange& range : diffRow.leftMarks)
                leftMarks.append(mark(leftBlock, words, range.start, range.length));
            for (const CharRange& range : diffRow.rightMarks)
                rightMarks.append(mark(rightBlock, words, range.start, range.length));
        }
        leftBlock = leftBlock.next();
        rightBlock = rightBlock.next();
    }
    m_left->setExtraSelections(leftMarks);
    m_right->setExtraSelections(rightMarks);
}

void ConfigDiffView::goTo(qsizetype row)
{
    if (row < 0)
        return;
    m_row = int(row);
    for (QPlainTextEdit* view : {m_left, m_right}) {
        QTextCursor cursor(view->document()->findBlockByNumber(m_row));
        view->setTextCursor(cursor);
        view->centerCursor();
    }
}

void ConfigDiffView::nextChange()
{
    if (!m_diff)
        return;
    const qsizetype change = m_row < 0 ? (m_diff->changeCount() > 0 ? 0 : -1) : m_diff->nextChange(m_row);
    if (change >= 0)
        goTo(m_diff->firstRow(change));
}

void ConfigDiffView::previousChange()
{
    if (!m_diff || m_row < 0)
        return;
    const qsizetype change = m_diff->previousChange(m_row);
    if (change >= 0)
        goTo(m_diff->firstRow(change));
}

} // namespace puw
