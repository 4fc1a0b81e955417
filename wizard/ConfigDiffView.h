#pragma once

#include "merge/SideBySideDiff.h"

#include <QWidget>

#include <optional>

class QPlainTextEdit;
class QPushButton;

namespace puw {

// Two files side by side, lines aligned (a gap where one side has no line), changed rows tinted and the
// differing words marked, with buttons (and their keys) to move to the next and the previous change.
// Secret values never reach the screen: the rows come from SideBySideDiff, which masks them.
class ConfigDiffView : public QWidget {
    Q_OBJECT
public:
    explicit ConfigDiffView(QWidget* parent = nullptr);

    // Shows left against right; `rightNote` replaces the right side when there is nothing to show.
    void compare(const QByteArray& left, const QByteArray& right);
    void showNote(const QByteArray& left, const QString& rightNote);

    QPlainTextEdit* leftView() const { return m_left; }
    QPlainTextEdit* rightView() const { return m_right; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* previousButton() const { return m_previous; }
    int changeCount() const { return m_diff ? int(m_diff->changeCount()) : 0; }
    int currentRow() const { return m_row; }

public slots:
    void nextChange();
    void previousChange();

protected:
    void changeEvent(QEvent* event) override; // a new palette: new tints

private:
    void paint();
    void goTo(qsizetype row);

    QPlainTextEdit* m_left;
    QPlainTextEdit* m_right;
    QPushButton* m_next;
    QPushButton* m_previous;
    std::optional<SideBySideDiff> m_diff;
    int m_row = -1;
};

} // namespace puw
