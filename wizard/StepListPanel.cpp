#include "StepListPanel.h"

#include "StepStateDisplay.h"
#include "session/SessionController.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace puw {

StepListPanel::StepListPanel(SessionController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_list(new QListWidget(this))
{
    setAccessibleName(tr("Steps of the upgrade"));
    auto* heading = new QLabel(tr("Steps"), this);
    heading->setAccessibleName(tr("Steps"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setBuddy(m_list);

    m_list->setAccessibleName(tr("Steps and their states"));
    m_list->setAccessibleDescription(tr("Each step of the upgrade with its state and duration"));
    // Read-only: keyboard and screen-reader users can walk the items, but nothing is selected or edited.
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    const int iconSide = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_list->setIconSize(QSize(iconSide, iconSide));
    m_list->setSpacing(2);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 34);

    for (const StepInfo& info : stepCatalogue()) {
        auto* entry = new QListWidgetItem(m_list);
        entry->setData(kStepRole, stepNumber(info.id));
        entry->setFlags(Qt::ItemIsEnabled);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_list);

    connect(controller, &SessionController::stepChanged, this, &StepListPanel::refreshStep);
    connect(controller, &SessionController::sessionChanged, this, &StepListPanel::refreshAll);
    refreshAll();
}

void StepListPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshAll();
}

QListWidgetItem* StepListPanel::item(StepId id) const
{
    return m_list->item(stepNumber(id) - 1);
}

void StepListPanel::setCurrentStep(std::optional<StepId> step)
{
    const std::optional<StepId> previous = m_current;
    m_current = step;
    if (previous)
        refreshStep(*previous);
    if (step) {
        refreshStep(*step);
        m_list->setCurrentItem(item(*step));
    }
    // The current step is bold and may need a line more: without a new layout the view keeps the old
    // heights and cuts off its state line.
    m_list->doItemsLayout();
    if (step)
        m_list->scrollToItem(item(*step));
}

void StepListPanel::refreshAll()
{
    for (const StepInfo& info : stepCatalogue())
        refreshStep(info.id);
}

void StepListPanel::refreshStep(StepId id)
{
    QListWidgetItem* entry = item(id);
    const StepRecord record = m_controller->step(id);
    const QString stateText = StepStateDisplay::stateAndDuration(record);
    //: side panel entry: step number, title, then state and duration on a second line
    entry->setText(tr("%1. %2\n%3").arg(stepNumber(id)).arg(stepTitle(id), stateText));
    entry->setIcon(StepStateDisplay::icon(record.state, this));
    entry->setData(kStateKeyRole, stepStateKey(record.state));
    const QColor colour = StepStateDisplay::colour(record.state, this);
    entry->setForeground(colour.isValid() ? QBrush(colour) : palette().brush(QPalette::Text));

    const bool isCurrent = m_current == id;
    QFont font = m_list->font();
    font.setBold(isCurrent);
    entry->setFont(font);
    const QString spoken = tr("Step %1, %2: %3").arg(stepNumber(id)).arg(stepTitle(id), stateText);
    //: screen-reader text for the step whose page is showing
    entry->setData(Qt::AccessibleTextRole, isCurrent ? tr("%1 (current step)").arg(spoken) : spoken);
    entry->setToolTip(record.summary);
}

} // namespace puw
