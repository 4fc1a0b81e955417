#include "StepPage.h"

#include "CommandPreviewPanel.h"
#include "ResultViews.h"
#include "StepGuidance.h"
#include "StepRunPanel.h"
#include "StepStateDisplay.h"
#include "UpgradeWizard.h"
#include "plan/Procedure.h"
#include "session/SessionController.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace puw {

namespace {
QLabel* wrappedLabel(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

StepPage::StepPage(StepId step, SessionController* controller, QWidget* parent)
    : QWizardPage(parent), m_step(step), m_controller(controller)
{
    const StepInfo& info = stepInfo(step);
    //: page title, e.g. "Step 3 of 10: Back up the old database"
    setTitle(tr("Step %1 of %2: %3").arg(stepNumber(step)).arg(kStepCount).arg(stepTitle(step)));
    setAccessibleName(tr("Step %1: %2").arg(stepNumber(step)).arg(stepTitle(step)));

    // Everything scrolls: at 200% or on a small screen a page may need more height than the window has,
    // and QWizard would otherwise squeeze widgets until they overlap.
    auto* outer = new QVBoxLayout(this); // the page's own margins, as before the scroll area
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* body = new QWidget(scroll);
    body->setAccessibleName(tr("Contents of step %1").arg(stepNumber(step)));
    scroll->setWidget(body);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_body = layout;
    // What the step does (the catalogue), why it is there, and the tips that save trouble at this step.
    const StepGuidance guidance = stepGuidance(step);
    auto* purpose = wrappedLabel(stepPurpose(step), tr("What this step does"), this);
    purpose->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = purpose->font();
    bold.setBold(true);
    purpose->setFont(bold);
    layout->addWidget(purpose);
    m_why = wrappedLabel(guidance.why, tr("Why this step matters"), this);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_why);
    if (!guidance.tips.isEmpty()) {
        auto* tipsBox = new QGroupBox(tr("Tips"), this);
        tipsBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // the log gives way first
        tipsBox->setAccessibleName(tr("Tips for step %1").arg(stepNumber(step)));
        auto* tipsLayout = new QVBoxLayout(tipsBox);
        QString html;
        // Paragraphs with a bullet rather than <ul>: QLabel measures their height right when it wraps.
        for (const QString& tip : guidance.tips)
            html +=
                QStringLiteral("<p style=\"margin:0 0 0 1em\">&bull;&nbsp;%1</p>").arg(tip.toHtmlEscaped());
        m_tips = wrappedLabel(html, tr("Tips for step %1").arg(stepNumber(step)), tipsBox);
        m_tips->setTextFormat(Qt::RichText);
        m_tips->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        tipsLayout->addWidget(m_tips);
        layout->addWidget(tipsBox);
    }

    // A shared-database plan leaves some steps out: the page says why before anything else.
    m_leftOut = wrappedLabel({}, tr("Why step %1 is not part of this plan").arg(stepNumber(step)), this);
    m_leftOut->setObjectName(QStringLiteral("leftOutNote"));
    m_leftOut->setFrameShape(QFrame::StyledPanel);
    m_leftOut->setMargin(fontMetrics().height() / 2);
    layout->addWidget(m_leftOut);

    // What the catalogue says about risk, so that the admin knows before anything runs.
    if (info.startsDowntime)
        m_downtimeNotes << wrappedLabel(
            tr("Downtime begins with this step: users cannot work until step %1 ends.")
                .arg(stepNumber(downtimeEndStep())),
            tr("Downtime warning"), this);
    if (info.endsDowntime)
        m_downtimeNotes << wrappedLabel(tr("Downtime ends when this step succeeds."), tr("Downtime note"),
                                        this);
    for (QWidget* note : std::as_const(m_downtimeNotes))
        layout->addWidget(note);
    if (info.pointOfNoReturn)
        layout->addWidget(
            wrappedLabel(tr("Point of no return: after this step, going back to the old "
                            "installation loses data written since, or the old installation itself."),
                         tr("Point of no return warning"), this));

    layout->addSpacing(fontMetrics().height() / 2);
    auto* facts = new QFormLayout;
    auto* stateRow = new QHBoxLayout;
    m_stateIcon = new QLabel(this);
    m_stateIcon->setAccessibleName(tr("State icon"));
    m_stateText = new QLabel(this);
    m_stateText->setAccessibleName(tr("State of step %1").arg(stepNumber(step)));
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_stateText, 1);
    facts->addRow(tr("State:"), stateRow);
    m_duration = new QLabel(this);
    m_duration->setAccessibleName(tr("Duration of step %1").arg(stepNumber(step)));
    facts->addRow(tr("Duration:"), m_duration);
    m_summary = wrappedLabel({}, tr("Result of step %1").arg(stepNumber(step)), this);
    facts->addRow(tr("Result:"), m_summary);
    layout->addLayout(facts);

    m_actionRow = new QHBoxLayout;
    if (info.skippable) {
        m_skipButton = new QPushButton(tr("S&kip this step"), this);
        m_skipButton->setAccessibleName(tr("Skip step %1").arg(stepNumber(step)));
        m_skipButton->setToolTip(
            tr("Record that you deliberately leave this step out; Next becomes available."));
        connect(m_skipButton, &QPushButton::clicked, this, &StepPage::skip);
        m_actionRow->addWidget(m_skipButton);
    }
    m_actionRow->addStretch(1);
    layout->addLayout(m_actionRow);

    // Without an engine (no plan, or its recipe does not bind) the page only shows and records states:
    // say how to get one. attachRunner hides it.
    m_notYet = wrappedLabel(tr("To run steps from the wizard, load a plan (on the welcome page or with "
                               "parallel-upgrade --plan FILE)."),
                            tr("Note about running steps"), this);
    m_notYet->setObjectName(QStringLiteral("runNotAvailableNote"));
    layout->addWidget(m_notYet);

    // Progress, log and step-specific views go here; the stretch below keeps the page top-aligned until
    // something in the work area wants the height (give it a stretch factor then).
    m_workArea = new QVBoxLayout;
    addResultViews(step, controller, this, m_workArea);
    layout->addLayout(m_workArea);
    layout->addStretch(1);

    connect(controller, &SessionController::stepChanged, this, [this](StepId changed) {
        if (changed == m_step)
            refresh();
    });
    connect(controller, &SessionController::sessionChanged, this, &StepPage::refresh);
    connect(controller, &SessionController::planChanged, this, &StepPage::refresh);
    refresh();
}

QString StepPage::leftOutReason() const
{
    return stepLeftOutBecause(procedureOf(m_controller->plan()), m_step);
}

void StepPage::attachRunner(StepRunner* runner)
{
    if (m_runPanel || !runner)
        return;
    m_notYet->setVisible(false);
    m_runner = runner;
    m_runPanel = new StepRunPanel(m_step, m_controller, runner, this);
    m_runPanel->setOptionsProvider([this] { return runOptions(); });
    m_runPanel->commandPreview()->setOptionsProvider([this] { return previewOptions(); });
    m_runPanel->setBusyQuery([this] { return wizardBusy(); });
    connect(m_runPanel, &StepRunPanel::rollbackRequested, this, [this] {
        if (auto* owner = qobject_cast<UpgradeWizard*>(wizard()))
            owner->requestRollback();
    });
    m_workArea->addWidget(m_runPanel, 1);
    m_body->setStretchFactor(m_workArea, 10); // the log takes the height
    runnerAttached();
    refresh();
}

bool StepPage::wizardBusy() const
{
    const auto* owner = qobject_cast<const UpgradeWizard*>(wizard());
    return owner && owner->isBusy();
}

bool StepPage::isComplete() const
{
    return isSettled(m_controller->step(m_step).state) && !wizardBusy();
}

void StepPage::initializePage()
{
    refresh();
}

void StepPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void StepPage::refresh()
{
    const StepRecord record = m_controller->step(m_step);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QIcon icon = StepStateDisplay::icon(record.state, this);
    m_stateIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(iconSize, iconSize));
    m_stateText->setText(stepStateLabel(record.state));
    const QColor colour = StepStateDisplay::colour(record.state, this);
    QPalette palette = m_stateText->palette();
    palette.setColor(QPalette::WindowText,
                     colour.isValid() ? colour : this->palette().color(QPalette::WindowText));
    m_stateText->setPalette(palette);

    const QString duration = StepStateDisplay::durationText(record);
    //: shown when a step has not run yet, in place of its duration
    m_duration->setText(duration.isEmpty() ? tr("not measured yet") : duration);
    m_summary->setText(record.summary.isEmpty() ? tr("none yet") : record.summary);

    const QString leftOut = leftOutReason();
    //: %1 why the plan leaves the step out
    m_leftOut->setText(leftOut.isEmpty()
                           ? QString()
                           : tr("%1 Run records the step as not needed; nothing is run.").arg(leftOut));
    m_leftOut->setVisible(!leftOut.isEmpty());
    const bool noDowntime = procedureOf(m_controller->plan()) == Procedure::SharedDatabase;
    for (QWidget* note : std::as_const(m_downtimeNotes))
        note->setVisible(!noDowntime);

    if (m_skipButton)
        m_skipButton->setEnabled(record.state != StepState::Skipped && !wizardBusy() &&
                                 isAllowedTransition(record.state, StepState::Skipped));

    if (m_runPanel) {
        if (!leftOut.isEmpty())
            //: the Run button of a step the plan's procedure leaves out
            m_runPanel->setRunText(tr("&Record as not needed"));
        // From step 7 to 9 the old installation can be put back into service; on step 7 only once it
        // has been asked to stop.
        const int number = stepNumber(m_step);
        const bool cutover =
            number >= stepNumber(StepId::StopBoth) && number <= stepNumber(StepId::RouteTraffic);
        if (cutover)
            m_runPanel->setRollbackOffered(m_step != StepId::StopBoth || record.state != StepState::Pending);
        m_runPanel->updateButtons();
    }
    const bool complete = isComplete();
    if (complete != m_wasComplete) {
        m_wasComplete = complete;
        emit completeChanged();
    }
}

void StepPage::skip()
{
    // The controller records it and signals stepChanged, which refreshes this page.
    m_controller->skipStep(m_step);
}

} // namespace puw
