#pragma once

#include <QObject>

class QSocketNotifier;

namespace puw {

// SIGINT and SIGTERM during a headless run. While one of these lives, the first such signal is passed to
// the event loop as interrupted(); a second one ends the process at once with 128 + the signal's number.
// The handler only writes the signal's number into a socket pair (the Qt-documented pattern for Unix
// signals): everything else happens in the event loop. One at a time; the previous handlers come back
// when it is destroyed.
class InterruptSignals : public QObject {
    Q_OBJECT
public:
    explicit InterruptSignals(QObject* parent = nullptr);
    ~InterruptSignals() override;

    bool isInstalled() const { return m_notifier != nullptr; }

signals:
    void interrupted(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace puw
