#pragma once

#include <QLabel>
#include <QTimer>

namespace puw {

class SessionController;

// How long users have been cut off: visible from the moment step 7 stops the servers until step 9
// routes them to the new installation, ticking every second, with the rehearsal's prediction beside
// it; afterwards it shows the measured downtime. Reads the journal's downtime values (falling back to
// the start of step 7 and the end of step 9).
class DowntimeClock : public QLabel {
    Q_OBJECT
public:
    explicit DowntimeClock(SessionController* controller, QWidget* parent = nullptr);

    bool isTicking() const { return m_ticker.isActive(); }

public slots:
    void refresh();

private:
    SessionController* m_controller;
    QTimer m_ticker;
};

} // namespace puw
