#pragma once

#include <QLabel>

namespace puw {

class SessionController;

// Step 9 in words, from the plan: how users reach the application now and what the switch changes
// (the nginx upstream on the proxy, or the DNS record to edit and its TTL), and how it is verified.
class RouteView : public QLabel {
    Q_OBJECT
public:
    explicit RouteView(SessionController* controller, QWidget* parent = nullptr);

public slots:
    void refresh();

private:
    SessionController* m_controller;
};

} // namespace puw
