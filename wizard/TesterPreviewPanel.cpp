#include "TesterPreviewPanel.h"

#include "jobs/StepRunner.h"
#include "journal/SessionValues.h"
#include "plan/Procedure.h"
#include "routing/NginxPreview.h"
#include "session/SessionController.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace puw {

namespace {
QLabel* wrapped(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAccessibleName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

TesterPreviewPanel::TesterPreviewPanel(SessionController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setAccessibleName(tr("Preview for testers"));
    m_explanation = wrapped(tr("Why there is no canary, and the preview for testers"), this);
    m_url = wrapped(tr("Where testers reach the new installation"), this);
    m_result = wrapped(tr("What the last preview action did"), this);
    m_open = new QPushButton(tr("Open preview for testers…"), this);
    m_open->setAccessibleName(tr("Open preview for testers"));
    m_close = new QPushButton(tr("Close preview"), this);
    m_close->setAccessibleName(tr("Close preview"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_explanation);
    layout->addLayout(buttons);
    layout->addWidget(m_url);
    layout->addWidget(m_result);
    connect(m_open, &QPushButton::clicked, this, &TesterPreviewPanel::requestOpen);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_runner && m_runner->closeTesterPreview()) {
            m_result->setText(tr("Closing the preview…"));
            refresh();
        }
    });
    connect(controller, &SessionController::planChanged, this, &TesterPreviewPanel::refresh);
    connect(controller, &SessionController::sessionChanged, this, &TesterPreviewPanel::refresh);
    connect(controller, &SessionController::stepChanged, this, &TesterPreviewPanel::refresh);
    refresh();
}

bool TesterPreviewPanel::appliesTo(const UpgradePlan& plan)
{
    return procedureOf(plan) == Procedure::SeparateDatabase && plan.route.kind == RouteKind::Nginx;
}

void TesterPreviewPanel::attachRunner(StepRunner* runner)
{
    if (m_runner || !runner)
        return;
    m_runner = runner;
    connect(runner, &StepRunner::testerPreviewChanged, this, [this](bool, const StepOutcome& outcome) {
        m_result->setText(outcome.summary);
        refresh();
    });
    // Every other piece of work changes whether the buttons may be used.
    connect(runner, &StepRunner::testerPreviewStarted, this, [this] { refresh(); });
    connect(runner, &StepRunner::stepStarted, this, [this] { refresh(); });
    connect(runner, &StepRunner::stepFinished, this, [this] { refresh(); });
    connect(runner, &StepRunner::rollbackFinished, this, [this] { refresh(); });
    refresh();
}

bool TesterPreviewPanel::isOpen() const
{
    if (!m_controller->sessionId())
        return false;
    const Journal& journal = m_controller->journal();
    const qint64 session = m_controller->sessionId();
    return !journal.value(session, SessionKey::kPreviewOpenedAt).isEmpty() &&
           journal.value(session, SessionKey::kPreviewClosedAt).isEmpty();
}

void TesterPreviewPanel::refresh()
{
    const UpgradePlan& plan = m_controller->plan();
    setVisible(appliesTo(plan));
    const bool offered = !plan.route.preview.isEmpty();
    m_explanation->setText(
        tr("No canary with a database per host: old is stopped before step 9, and a share of users sent to "
           "new now would write to a copy of the data that stops receiving their writes (step 8 replaces "
           "it with old's final data). Instead, testers can try the new installation through the proxy on "
           "a port of its own while users stay on old.") +
        QLatin1Char(' ') +
        (offered ? tr("Opening and closing the preview reloads the proxy's nginx; step 9 and a rollback "
                      "close it if it is still open.")
                 : tr("To offer it, add a port to the plan's route, e.g. \"preview\": {\"port\": 8081}.")));
    const bool open = isOpen();
    const bool working = m_runner && m_runner->isChangingTesterPreview();
    const bool busy = !m_runner || m_runner->isRunning() || working;
    const QString unavailable = m_runner ? m_runner->testerPreviewUnavailableBecause() : QString();
    m_open->setVisible(offered);
    m_close->setVisible(offered);
    m_open->setEnabled(offered && !busy && !open && unavailable.isEmpty());
    m_open->setToolTip(unavailable);
    m_close->setEnabled(offered && !busy && open);
    const QString url =
        open ? m_controller->journal().value(m_controller->sessionId(), SessionKey::kPreviewUrl) : QString();
    m_url->setVisible(open);
    //: %1 the preview's URL
    m_url->setText(tr("Open for testers at %1 (users stay on old).").arg(url));
    m_result->setVisible(!m_result->text().isEmpty());
}

void TesterPreviewPanel::requestOpen()
{
    if (!m_runner)
        return;
    const UpgradePlan& plan = m_controller->plan();
    const QString proxy = plan.route.proxy.address;
    const QString url = nginx_preview::urlFor(proxy, plan.route.preview.port);
    //: %1 the preview's file on the proxy, %2 the proxy's address, %3 the public URL, %4 the preview's URL
    const TypedQuestion question{
        tr("Open the preview for testers?"),
        tr("This writes %1 on the proxy (%2) and reloads its nginx, which serves your users. Users keep "
           "reaching the old installation at %3; testers reach the new one at %4. nginx's test runs first: "
           "if it refuses the file, the file is removed again and nothing is reloaded. Type the proxy's "
           "address (%2) to go ahead.")
            .arg(nginx_preview::fileFor(plan.route), proxy, plan.route.publicUrl, url),
        proxy};
    const std::optional<QString> typed = m_ask ? m_ask(question) : askWithDialog(this, question);
    if (!typed || *typed != proxy)
        return;
    if (m_runner->openTesterPreview(*typed)) {
        m_result->setText(tr("Opening the preview…"));
        refresh();
    }
}

std::optional<QString> TesterPreviewPanel::askWithDialog(QWidget* parent, const TypedQuestion& question)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(question.title);
    dialog.setAccessibleName(question.title);
    auto* text = wrapped(question.title, &dialog);
    text->setText(question.text);
    auto* edit = new QLineEdit(&dialog);
    edit->setAccessibleName(tr("The proxy's address, typed to open the preview"));
    edit->setPlaceholderText(question.expected);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Open preview"));
    ok->setEnabled(false);
    connect(edit, &QLineEdit::textChanged, ok,
            [ok, &question](const QString& value) { ok->setEnabled(value == question.expected); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->text();
}

} // namespace puw
