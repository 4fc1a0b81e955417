#include "ManualChecks.h"

#include "session/SessionController.h"

#include <QCheckBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace puw {

ManualChecks::ManualChecks(SessionController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setAccessibleName(tr("Checks you do yourself"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* group = new QGroupBox(tr("Checks you do yourself on the new installation"), this);
    group->setAccessibleName(tr("Checks you do yourself on the new installation"));
    auto* layout = new QVBoxLayout(group);
    const QStringList checks{tr("I logged in as an ordinary user."),
                             tr("I opened a recent record and it shows the same data as on the old host."),
                             tr("An uploaded file or attachment opens."),
                             tr("The pages I use most look and work as before.")};
    for (const QString& text : checks) {
        auto* box = new QCheckBox(text, group);
        box->setAccessibleName(text);
        layout->addWidget(box);
        m_boxes.append(box);
    }
    auto* row = new QHBoxLayout;
    m_record = new QPushButton(tr("Recor&d these checks"), group);
    m_record->setAccessibleName(tr("Record the checks you did yourself"));
    m_result = new QLabel(group);
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Whether the manual checks were recorded"));
    row->addWidget(m_record);
    row->addWidget(m_result, 1);
    layout->addLayout(row);
    outer->addWidget(group);
    connect(m_record, &QPushButton::clicked, this, &ManualChecks::record);
}

void ManualChecks::record()
{
    if (!m_controller->hasSession()) {
        m_result->setText(tr("Run a step first: the checks belong to a session."));
        return;
    }
    int ticked = 0;
    for (QCheckBox* box : std::as_const(m_boxes)) {
        CheckRecord check;
        check.step = StepId::RunChecks;
        check.name = box->text();
        check.kind = QStringLiteral("manual");
        check.passed = box->isChecked();
        //: detail of a manual check the admin did not tick
        check.detail = check.passed ? tr("confirmed by the administrator") : tr("not confirmed");
        check.checkedAt = QDateTime::currentDateTimeUtc();
        m_controller->journal().recordCheck(m_controller->sessionId(), check);
        ticked += check.passed ? 1 : 0;
    }
    //: %1: boxes ticked, %2: boxes in all
    m_result->setText(tr("Recorded: %1 of %2 confirmed.").arg(ticked).arg(m_boxes.size()));
    emit recorded();
}

} // namespace puw
