#pragma once

#include "remote/SshTypes.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace puw {

// Shown under a host when its key has CHANGED (or is of another type than recorded): the connection was
// refused, both fingerprints side by side, the known_hosts file and line, and what to do. Nothing is
// removed or saved from here: the admin checks with the host's administrator first, then runs the
// command shown.
class HostKeyPanel : public QFrame {
    Q_OBJECT
public:
    explicit HostKeyPanel(QWidget* parent = nullptr);

    // Shows the panel for a changed key, hides it for anything else.
    void showKey(const HostKeyInfo& key);

    QLabel* knownKeyLabel() const { return m_known; }
    QLabel* offeredKeyLabel() const { return m_offered; }
    QLabel* commandLabel() const { return m_command; }

private:
    QLabel* m_heading;
    QLabel* m_known;
    QLabel* m_offered;
    QLabel* m_advice;
    QLabel* m_command;
    QPushButton* m_copy;
};

} // namespace puw
