#include "WelcomePage.h"

#include "HostEditor.h"
#include "PlanEditor.h"
#include "plan/PlanWriter.h"
#include "plan/RecipeCatalogue.h"
#include "recipes/PlanCheck.h"
#include "secrets/SecretSources.h"
#include "session/SessionController.h"
#include "util/AppPaths.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace puw {

namespace {
QString hostText(const HostSpec& host)
{
    if (host.isEmpty())
        return WelcomePage::tr("not set");
    QString text = host.user.isEmpty() ? host.address : host.user + QLatin1Char('@') + host.address;
    if (host.port != 0)
        text += QLatin1Char(':') + QString::number(host.port);
    return text;
}
} // namespace

WelcomePage::WelcomePage(SessionController* controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller),
      m_editor(new PlanEditor(AppPaths::userRecipeDir(), this)), m_scroll(new QScrollArea(this)),
      m_planSummary(new QLabel(this)), m_problem(new QLabel(this)), m_sessionSummary(new QLabel(this)),
      m_loadPlan(new QPushButton(tr("&Load plan…"), this)),
      m_savePlan(new QPushButton(tr("Sa&ve plan…"), this))
{
    setTitle(tr("Welcome to the Parallel Upgrade Wizard"));
    setAccessibleName(tr("Welcome"));

    auto* intro = new QLabel(
        tr("In a parallel upgrade the new version is installed on a second machine beside the one your users "
           "work on, configured, loaded with a copy of the data and tested while the old one keeps running. "
           "Only then do both stop for a short downtime: the latest data is copied once more and users are "
           "switched over. Until that switch the old installation is left untouched."),
        this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("What a parallel upgrade is"));

    m_scroll->setWidget(m_editor);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the fields wrap and shrink instead
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("The plan's fields"));
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_editor->installEventFilter(this); // its layout's requests: the page keeps room for its narrowest // Tab
                                        // goes field to field, and each field scrolls into view

    m_planSummary->setWordWrap(true);
    m_planSummary->setTextFormat(Qt::PlainText);
    m_planSummary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_planSummary->setAccessibleName(tr("Loaded plan"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->setAccessibleName(tr("What the plan still needs"));
    m_problem->setObjectName(QStringLiteral("planProblem"));
    m_sessionSummary->setWordWrap(true);
    m_sessionSummary->setAccessibleName(tr("Current session"));
    m_loadPlan->setAccessibleName(tr("Load a plan file"));
    m_savePlan->setAccessibleName(tr("Save the plan to a file"));
    connect(m_loadPlan, &QPushButton::clicked, this, &WelcomePage::choosePlanFile);
    connect(m_savePlan, &QPushButton::clicked, this, &WelcomePage::choosePlanSaveFile);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_loadPlan);
    buttons->addWidget(m_savePlan);
    buttons->addWidget(m_planSummary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_sessionSummary);

    for (HostEditor* host : {m_editor->oldHost(), m_editor->newHost(), m_editor->proxyHost()})
        host->setOptionsProvider([this](const HostSpec& spec) { return testOptions(spec); });
    connect(m_editor, &PlanEditor::changed, this, &WelcomePage::check);
    connect(controller, &SessionController::planChanged, this, &WelcomePage::refresh);
    connect(controller, &SessionController::sessionChanged, this, &WelcomePage::refresh);
    setSshConfigPath(SshConfigHosts::defaultPath());
    refresh();
}

bool WelcomePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::LayoutRequest) {
        // The scroll area only scrolls up and down: it is never narrower than the fields can be, so nothing
        // is cut off at the right of a narrow window; the window's minimum width follows.
        const int frame = 2 * m_scroll->frameWidth();
        m_scroll->setMinimumWidth(m_editor->minimumSizeHint().width() +
                                  m_scroll->verticalScrollBar()->sizeHint().width() + frame);
    }
    return QWizardPage::eventFilter(watched, event);
}

void WelcomePage::setSshConfigPath(const QString& path)
{
    m_sshConfigPath = path;
    m_editor->setConfigHosts(SshConfigHosts::read(path));
}

void WelcomePage::initializePage()
{
    refresh();
}

void WelcomePage::refresh()
{
    // The session's plan replaces what is typed only when it is another plan (loaded, resumed).
    if (m_controller->hasPlan() && !(m_checked.ok() && m_checked.value() == m_controller->plan()))
        m_editor->setForm(PlanForm::fromPlan(m_controller->plan()));
    check();

    if (!m_controller->hasSession()) {
        m_sessionSummary->setText(
            tr("No session yet: one is recorded in the journal from the first step on."));
    } else {
        const auto record = m_controller->journal().session(m_controller->sessionId());
        const QString started =
            record ? QLocale().toString(record->createdAt.toLocalTime(), QLocale::ShortFormat) : QString();
        m_sessionSummary->setText(tr("Session %1, started %2, is recorded in %3.")
                                      .arg(QString::number(m_controller->sessionId()), started,
                                           m_controller->journal().databasePath()));
    }
}

void WelcomePage::check()
{
    m_checked = PlanCheck::check(m_editor->form(), AppPaths::userRecipeDir());
    if (m_checked.ok()) {
        m_editor->markError({}, {});
        m_problem->setText(tr("The plan is complete. Test the connections, save the plan if you want to "
                              "keep it, then press Next."));
    } else {
        const PlanError& error = m_checked.error();
        m_problem->setText(error.message());
        m_editor->markError(error.field, error.message());
    }
    m_savePlan->setEnabled(m_checked.ok());
    showSummary();
    emit completeChanged();
}

void WelcomePage::showSummary()
{
    const QString path = m_controller->planPath();
    const bool saved = m_controller->hasPlan() && !path.isEmpty() && m_checked.ok() &&
                       m_checked.value() == m_controller->plan();
    if (!m_controller->hasPlan() && !m_checked.ok())
        m_planSummary->setText(tr("No plan loaded: fill in the fields below, or load a plan file."));
    else if (saved)
        //: %1: plan file, %2 and %3: the old and the new host
        m_planSummary->setText(
            tr("Plan %1: from %2 to %3.")
                .arg(path, hostText(m_controller->plan().oldHost), hostText(m_controller->plan().newHost)));
    else if (path.isEmpty())
        m_planSummary->setText(tr("This plan is not saved in a file yet."));
    else
        m_planSummary->setText(tr("Changed since %1 was loaded or saved.").arg(path));
}

bool WelcomePage::isComplete() const
{
    return m_checked.ok();
}

bool WelcomePage::validatePage()
{
    if (!m_checked.ok())
        return false;
    if (!m_locked && !(m_controller->hasPlan() && m_controller->plan() == m_checked.value()))
        m_controller->setPlan(m_checked.value(), m_controller->planPath());
    emit planAccepted();
    return true;
}

void WelcomePage::lockPlan()
{
    m_locked = true;
    m_editor->setReadOnly(true);
    m_loadPlan->setEnabled(false);
    m_problem->setToolTip(tr("Steps can run now; they use this plan until the program is closed."));
}

bool WelcomePage::loadPlanFrom(const QString& path)
{
    if (m_locked || !m_controller->loadPlan(path))
        return false;
    emit planLoaded();
    return true;
}

bool WelcomePage::savePlanTo(const QString& path)
{
    if (!m_checked.ok())
        return false;
    const QString error =
        PlanWriter::write(m_checked.value(), path, RecipeCatalogue::availableIds(AppPaths::userRecipeDir()));
    if (!error.isEmpty()) {
        m_problem->setText(error);
        return false;
    }
    if (!m_locked)
        m_controller->setPlan(m_checked.value(), path);
    showSummary();
    return true;
}

void WelcomePage::choosePlanFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load plan"), m_controller->planPath(),
                                                      tr("Upgrade plans (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadPlanFrom(path);
}

void WelcomePage::choosePlanSaveFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save plan"), m_controller->planPath(),
                                                tr("Upgrade plans (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".json");
    savePlanTo(path);
}

SshOptions WelcomePage::testOptions(const HostSpec& host)
{
    SshOptions options = m_sshOptions;
    // The plan as typed tells the prompter which host a secret belongs to and which variables to read.
    UpgradePlan plan = m_checked.ok() ? m_checked.value() : UpgradePlan{};
    if (!m_checked.ok())
        plan.oldHost = host;
    plan.secretEnvironment = m_editor->form().secretEnvironment;
    options.knownHostsFile = m_editor->form().knownHosts.trimmed();
    if (options.redactor == nullptr)
        options.redactor = m_controller->journal().sharedRedactor();
    auto sources = std::make_shared<SecretSources>(plan.secretEnvironment, m_store, options.redactor);
    auto secrets = std::make_shared<GuiSecrets>(plan, sources, m_store, options.redactor, this);
    if (m_askHostKey)
        secrets->setHostKeyQuestion(m_askHostKey);
    if (m_askSecret)
        secrets->setSecretQuestion(m_askSecret);
    options.prompter = secrets;
    return options;
}

} // namespace puw
