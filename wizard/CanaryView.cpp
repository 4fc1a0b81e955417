#include "CanaryView.h"

#include "StepStateDisplay.h"
#include "journal/Journal.h"
#include "journal/SessionValues.h"
#include "routing/CanaryRecord.h"
#include "session/SessionController.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace puw {

CanaryView::CanaryView(SessionController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setAccessibleName(tr("Canary stages"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption =
        new QLabel(tr("Canary stages: the share of requests sent to new, and how new answered"), this);
    m_caption->setWordWrap(true);
    //: column headers of the canary table
    const QStringList headers{tr("Share set"), tr("Share seen"), tr("Held"),  tr("Requests at new"),
                              tr("Failed"),    tr("p95"),        tr("Result")};
    m_table = new QTableWidget(0, int(headers.size()), this);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setAccessibleName(tr("Canary stages"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_caption->setBuddy(m_table);
    layout->addWidget(m_caption);
    layout->addWidget(m_table);
    connect(controller, &SessionController::planChanged, this, &CanaryView::refresh);
    connect(controller, &SessionController::sessionChanged, this, &CanaryView::refresh);
    connect(controller, &SessionController::stepChanged, this, [this](StepId step) {
        if (step == StepId::RouteTraffic)
            refresh();
    });
    refresh();
}

void CanaryView::refresh()
{
    const bool canary = !m_controller->plan().route.canary.isEmpty();
    setVisible(canary);
    if (!canary)
        return;
    const QList<CanaryStageRecord> stages = canaryStagesFromJson(
        m_controller->journal().value(m_controller->sessionId(), SessionKey::kCanaryStages));
    m_table->setRowCount(int(stages.size()));
    for (int row = 0; row < stages.size(); ++row) {
        const CanaryStageRecord& stage = stages.at(row);
        const QStringList cells{tr("%1%").arg(stage.percent),
                                stage.total > 0 ? tr("%1%").arg(stage.seenPercent(), 0, 'f', 1)
                                                : QStringLiteral("—"),
                                StepStateDisplay::formatDuration(stage.endMs - stage.startMs),
                                QString::number(stage.requests),
                                tr("%1 (%2%)").arg(stage.failed).arg(100.0 * stage.errorRate(), 0, 'f', 1),
                                stage.p95Ms < 0 ? tr("none") : tr("%1 ms").arg(stage.p95Ms),
                                stage.verdict};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_caption->setText(stages.isEmpty()
                           ? tr("Canary stages: none has run yet.")
                           : tr("Canary stages: the share of requests sent to new, and how new answered"));
}

} // namespace puw
