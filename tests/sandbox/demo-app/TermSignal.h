#pragma once

#include <QObject>
#include <QSocketNotifier>

namespace puw::demo {

// Turns SIGTERM and SIGINT into a Qt signal (self-pipe), so the service logs its own stop.
class TermSignal : public QObject {
    Q_OBJECT
public:
    explicit TermSignal(QObject* parent = nullptr);
    ~TermSignal() override;

signals:
    void received();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace puw::demo
