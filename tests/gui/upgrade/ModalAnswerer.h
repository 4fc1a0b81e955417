#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class QMessageBox;

namespace puw::test {

// Answers the wizard's real message boxes as an admin would click them. A test says what the next
// question gets (expect()); any other box that opens (an error, a question nobody expected) is
// recorded in unexpected() and closed with its escape button, so that a test fails instead of hanging.
class ModalAnswerer : public QObject {
    Q_OBJECT
public:
    using Snapshot = std::function<void(QMessageBox*)>; // e.g. a screenshot of the box
    explicit ModalAnswerer(QObject* parent = nullptr);

    // The next box is answered with its accept button (yes) or its reject button (no).
    void expect(bool yes, Snapshot snapshot = {});
    QStringList asked() const { return m_asked; } // title and text of each expected box
    QStringList unexpected() const { return m_unexpected; }

private:
    void poll();

    QTimer m_timer;
    std::optional<bool> m_answer;
    Snapshot m_snapshot;
    QStringList m_asked;
    QStringList m_unexpected;
};

} // namespace puw::test
