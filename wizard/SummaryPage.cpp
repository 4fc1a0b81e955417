#include "SummaryPage.h"

#include "StepStateDisplay.h"
#include "session/SessionController.h"

#include <QHeaderView>
#include <QLabel>
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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);

    connect(controller, &SessionController::stepChanged, this, &SummaryPage::refreshRow);
    connect(controller, &SessionController::sessionChanged, this, &SummaryPage::refresh);
    refresh();
}

void SummaryPage::initializePage()
{
    refresh();
}

void SummaryPage::refresh()
{
    for (const StepInfo& info : stepCatalogue())
        refreshRow(info.id);
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
