#pragma once

#include "StepPage.h"

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace puw {

// Step 2: Compare reads the recipe's configuration files on both hosts (nothing is changed) and keeps
// a local copy of each version; the page then lists them with a checkbox per file (those that differ
// ticked), shows the selected file old beside new with the differing lines highlighted, and Run copies
// the ticked files ({"files": [...]}).
class ConfigPage : public StepPage {
    Q_OBJECT
public:
    ConfigPage(SessionController* controller, QWidget* parent = nullptr);

    QPushButton* compareButton() const { return m_compare; }
    QListWidget* fileList() const { return m_files; }
    QPlainTextEdit* oldView() const { return m_old; }
    QPlainTextEdit* newView() const { return m_new; }
    QStringList chosenFiles() const;

public slots:
    void loadComparison();

protected:
    void changeEvent(QEvent* event) override; // a new palette: a new tint for the differing lines
    std::optional<QVariantMap> runOptions() override;
    void runnerAttached() override;

private:
    void showFile();
    void updateCompareButton();

    QPushButton* m_compare;
    QListWidget* m_files;
    QPlainTextEdit* m_old;
    QPlainTextEdit* m_new;
    QWidget* m_comparison;
    bool m_compared = false;
};

} // namespace puw
