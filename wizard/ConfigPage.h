#pragma once

#include "StepPage.h"
#include "merge/MergeResolution.h"

#include <QHash>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace puw {

class ConfigDiffView;

// Step 2: Compare reads the recipe's configuration files on both hosts (nothing is changed) and keeps
// a local copy of each version and of the shipped defaults; the page then lists the files with a
// checkbox each (those that differ ticked) and, for the selected one, new's file as it is now beside
// what step 2 will write (old's customisations merged onto version 2's default, see ConfigMerge), with
// every change of the merge listed and a choice for each (keep new's, take old's). Run copies the ticked
// files with those choices ({"files": [...], "choices": {path: [...]}}).
class ConfigPage : public StepPage {
    Q_OBJECT
public:
    ConfigPage(SessionController* controller, QWidget* parent = nullptr);

    QPushButton* compareButton() const { return m_compare; }
    QListWidget* fileList() const { return m_files; }
    QListWidget* changeList() const { return m_changes; }
    QPushButton* takeOldButton() const { return m_takeOld; }
    QPushButton* keepNewButton() const { return m_keepNew; }
    ConfigDiffView* diffView() const { return m_diff; }
    QPlainTextEdit* resultView() const;
    QPlainTextEdit* newView() const;
    QStringList chosenFiles() const;
    std::optional<QVariantMap> runOptionsForTest() { return runOptions(); }

public slots:
    void loadComparison();

protected:
    // In the list of changes: O takes old's, N keeps new's, F8 and Shift+F8 move to the next and the
    // previous change of the diff (the buttons' Alt keys do the same).
    bool eventFilter(QObject* watched, QEvent* event) override;
    std::optional<QVariantMap> runOptions() override;
    QVariantMap previewOptions() override { return runOptions().value_or(QVariantMap{}); }
    void runnerAttached() override;

private:
    void showFile();
    void choose(Take take);
    void updateCompareButton();
    QString currentPath() const;

    QPushButton* m_compare;
    QListWidget* m_files;
    QListWidget* m_changes;
    QPushButton* m_takeOld;
    QPushButton* m_keepNew;
    ConfigDiffView* m_diff;
    QWidget* m_comparison;
    bool m_compared = false;
    QHash<QString, QList<HunkChoice>> m_choices; // per file, per change of its merge
};

} // namespace puw
