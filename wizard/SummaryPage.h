#pragma once

#include "steps/StepCatalogue.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace puw {

class DowntimeClock;
class HostBackupsPanel;
class SessionController;

// The last page: every step with its state, duration and result, as the journal holds them, the
// measured downtime, Export report (Markdown, HTML or PDF by the file's extension), and the dumps left on
// the hosts with the offer to remove them (the wizard confirms and starts the removal), and Export to
// Ansible (the plan's Ansible project, written by core into a folder the admin picks; a failure is shown
// in a message box with its cause).
class SummaryPage : public QWizardPage {
    Q_OBJECT
public:
    enum Column { StepColumn, StateColumn, DurationColumn, ResultColumn, ColumnCount };

    explicit SummaryPage(SessionController* controller, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    DowntimeClock* downtime() const { return m_downtime; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* exportResult() const { return m_exportResult; }
    HostBackupsPanel* hostBackups() const { return m_hostBackups; }
    // Where to write the report; empty: the admin cancelled. Replaces the file dialog (tests).
    using ExportPathQuestion = std::function<QString()>;
    void setExportPathQuestion(ExportPathQuestion question) { m_askPath = std::move(question); }
    QPushButton* ansibleButton() const { return m_ansible; }
    // The folder for the Ansible export; empty: the admin cancelled. Replaces the folder dialog (tests).
    using AnsibleFolderQuestion = std::function<QString()>;
    void setAnsibleFolderQuestion(AnsibleFolderQuestion question) { m_askFolder = std::move(question); }
    void initializePage() override;

public slots:
    void refresh();

protected:
    // A palette switched while the wizard is open (the desktop goes dark): the state colours follow.
    void changeEvent(QEvent* event) override;

private:
    void refreshRow(StepId id);
    void exportReportFile();
    void exportAnsibleProject();

    SessionController* m_controller;
    QTableWidget* m_table;
    DowntimeClock* m_downtime;
    QPushButton* m_export;
    QLabel* m_exportResult;
    QPushButton* m_ansible;
    HostBackupsPanel* m_hostBackups;
    ExportPathQuestion m_askPath;
    AnsibleFolderQuestion m_askFolder;
};

} // namespace puw
