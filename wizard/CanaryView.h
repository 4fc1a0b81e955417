#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace puw {

class SessionController;

// Step 9's canary, read from the journal: one row per stage with the share set, the share the proxy
// saw, the requests the new version answered, how many failed and their 95th percentile, and the
// verdict. Hidden when the plan has no canary. While a stage runs, the progress panel above shows it live.
class CanaryView : public QWidget {
    Q_OBJECT
public:
    explicit CanaryView(SessionController* controller, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

public slots:
    void refresh();

private:
    SessionController* m_controller;
    QLabel* m_caption;
    QTableWidget* m_table;
};

} // namespace puw
