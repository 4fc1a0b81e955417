#include "SummaryPage.h"

#include "DowntimeClock.h"
#include "HostBackupsPanel.h"
#include "StepStateDisplay.h"
#include "export/AnsibleProject.h"
#include "journal/HostBackups.h"
#include "journal/Journal.h"
#include "report/ReportExporter.h"
#include "session/SessionController.h"
#include "util/AppPaths.h"
#include "util/Redactor.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace puw {

SummaryPage::SummaryPage(SessionController* controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller), m_table(new QTableWidget(kStepCount, ColumnCount, this))
{
    setTitle(tr("Summary"));
    setAccessibleName(tr("Summary"));
    setFinalPage(true);

    auto* intro = new QLabel(tr("What happened at each step, as recorded in the journal."), this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("About this summary"));

    m_table->setAccessibleName(tr("Steps with their state, duration and result"));
    m_table->setHorizontalHeaderLabels({tr("Step"), tr("State"), tr("Duration"), tr("Result")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the wizard's buttons
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    intro->setBuddy(m_table);

    m_downtime = new DowntimeClock(controller, this);
    m_export = new QPushButton(tr("&Export report…"), this);
    m_export->setAccessibleName(tr("Export the report"));
    m_export->setToolTip(tr("The checklist with every step, the downtime, the checks and the commands run "
                            "(secrets masked), as Markdown, HTML or PDF."));
    m_exportResult = new QLabel(this);
    m_exportResult->setWordWrap(true);
    m_exportResult->setAccessibleName(tr("Where the report was written"));
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(m_export, &QPushButton::clicked, this, &SummaryPage::exportReportFile);
    m_ansible = new QPushButton(tr("Export to &Ansible…"), this);
    m_ansible->setAccessibleName(tr("Export the plan to Ansible"));
    m_ansible->setToolTip(tr("The plan's upgrade as an Ansible project (inventory, rehearsal, cutover and "
                             "rollback playbooks, README), to run it over several installations."));
    connect(m_ansible, &QPushButton::clicked, this, &SummaryPage::exportAnsibleProject);
    m_hostBackups = new HostBackupsPanel(this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_downtime);
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_ansible);
    exportRow->addWidget(m_exportResult, 1);
    layout->addLayout(exportRow);
    layout->addWidget(m_hostBackups);

    connect(controller, &SessionController::stepChanged, this, &SummaryPage::refreshRow);
    connect(controller, &SessionController::sessionChanged, this, &SummaryPage::refresh);
    refresh();
}

void SummaryPage::initializePage()
{
    refresh();
}

void SummaryPage::exportReportFile()
{
    if (!m_controller->hasSession()) {
        m_exportResult->setText(tr("Nothing to report yet: no step has run."));
        return;
    }
    const QString path =
        m_askPath ? m_askPath()
                  : QFileDialog::getSaveFileName(this, tr("Export the report"),
                                                 QDir::home().filePath(QStringLiteral("upgrade-report.pdf")),
                                                 tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md)"));
    if (path.isEmpty())
        return;
    const QString error = exportReport(m_controller->journal(), m_controller->sessionId(), path,
                                       *m_controller->journal().sharedRedactor());
    //: %1: the report file
    m_exportResult->setText(error.isEmpty() ? tr("Report written to %1.").arg(path) : error);
}

void SummaryPage::exportAnsibleProject()
{
    const QString dir = m_askFolder ? m_askFolder()
                                    : QFileDialog::getExistingDirectory(
                                          this, tr("Export to Ansible: choose a folder"), QDir::homePath());
    if (dir.isEmpty())
        return;
    const QString error =
        exportPlanToAnsible(m_controller->plan(), m_controller->planPath(), dir, AppPaths::userRecipeDir());
    if (!error.isEmpty()) {
        //: %1 the reason (a plan's or a file's error)
        m_exportResult->setText(tr("The Ansible export failed: %1").arg(error));
        // Window-modal without blocking: the page stays responsive (and testable) while it is shown.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export to Ansible"),
                                    tr("The Ansible export failed: %1").arg(error), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    //: %1 the folder
    m_exportResult->setText(tr("Ansible project written to %1; its README.md says how to run it.").arg(dir));
}

void SummaryPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void SummaryPage::refresh()
{
    for (const StepInfo& info : stepCatalogue())
        refreshRow(info.id);
    m_hostBackups->showBackups(
        m_controller->hasSession()
            ? HostBackups::left(m_controller->journal().artefacts(m_controller->sessionId()))
            : QList<ArtefactRecord>{});
}

void SummaryPage::refreshRow(StepId id)
{
    const int row = stepNumber(id) - 1;
    const StepRecord record = m_controller->step(id);
    const auto cell = [this, row](int column, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        m_table->setItem(row, column, item);
        return item;
    };
    //: summary table: step number and title, e.g. "3. Back up the old database"
    cell(StepColumn, tr("%1. %2").arg(stepNumber(id)).arg(stepTitle(id)));
    QTableWidgetItem* state = cell(StateColumn, stepStateLabel(record.state));
    state->setIcon(StepStateDisplay::icon(record.state, this));
    const QColor colour = StepStateDisplay::colour(record.state, this);
    if (colour.isValid())
        state->setForeground(colour);
    const QString duration = StepStateDisplay::durationText(record);
    //: summary table: a step without a measured duration
    cell(DurationColumn, duration.isEmpty() ? tr("—") : duration)
        ->setData(Qt::AccessibleTextRole, duration.isEmpty() ? tr("no duration") : duration);
    cell(ResultColumn, record.summary);
}

} // namespace puw
