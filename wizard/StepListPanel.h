#pragma once

#include "steps/StepCatalogue.h"

#include <QWidget>

#include <optional>

class QListWidget;
class QListWidgetItem;

namespace puw {

class SessionController;

// The side panel of the wizard: the ten steps, each with its state (icon, colour and words) and duration,
// kept up to date from the controller's signals. It only shows; moving between steps is the wizard's job.
class StepListPanel : public QWidget {
    Q_OBJECT
public:
    // Item data roles, for whoever needs the raw values behind the text (tests, later the report preview).
    static constexpr int kStepRole = Qt::UserRole;         // int: the step number
    static constexpr int kStateKeyRole = Qt::UserRole + 1; // QString: stepStateKey()

    explicit StepListPanel(SessionController* controller, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QListWidgetItem* item(StepId id) const;

    // Marks the step whose page is showing; nullopt on the welcome and summary pages.
    void setCurrentStep(std::optional<StepId> step);

public slots:
    void refreshAll();
    void refreshStep(puw::StepId id);

protected:
    // A palette switched while the wizard is open (the desktop goes dark): the state colours follow.
    void changeEvent(QEvent* event) override;

private:
    SessionController* m_controller;
    QListWidget* m_list;
    std::optional<StepId> m_current;
};

} // namespace puw
