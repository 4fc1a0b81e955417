#pragma once

#include "steps/StepCatalogue.h"

#include <QWidget>

class QBoxLayout;
class QLabel;
class QTableWidget;

namespace puw {

class SessionController;

// What a step found, read from the journal once it has run: the checks with pass or fail and their
// details (steps 5, 6 and 8), and the row counts of old and new side by side with the migrations
// applied (steps 4 and 8); step 9 adds the route switch in words. Refreshed whenever one of the
// steps shown changes state.
class ChecksView : public QWidget {
    Q_OBJECT
public:
    ChecksView(QList<StepId> steps, SessionController* controller, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override; // a new palette: failures keep a readable red

private:
    QList<StepId> m_steps;
    SessionController* m_controller;
    QLabel* m_caption;
    QTableWidget* m_table;
};

class RowCountsView : public QWidget {
    Q_OBJECT
public:
    explicit RowCountsView(SessionController* controller, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    QLabel* migrationsLabel() const { return m_migrations; }

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override; // a new palette: differences keep a readable red

private:
    SessionController* m_controller;
    QLabel* m_caption;
    QTableWidget* m_table;
    QLabel* m_migrations;
};

// Adds the views that belong to a step to its page's work area (none for most steps).
void addResultViews(StepId step, SessionController* controller, QWidget* page, QBoxLayout* area);

} // namespace puw
