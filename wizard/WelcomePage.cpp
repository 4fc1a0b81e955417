#include "WelcomePage.h"

#include "session/SessionController.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace puw {

namespace {

QString hostText(const HostSpec& host)
{
    if (host.isEmpty())
        return QCoreApplication::translate("puw::WelcomePage", "not set");
    QString text = host.user.isEmpty() ? host.address : host.user + QLatin1Char('@') + host.address;
    if (host.port != 0)
        text += QLatin1Char(':') + QString::number(host.port);
    return text;
}

QString routeText(const RouteSpec& route)
{
    switch (route.kind) {
    case RouteKind::Nginx:
        //: %1: the proxy host, %2: the public address users open
        return QCoreApplication::translate("puw::WelcomePage", "nginx reverse proxy on %1, public address %2")
            .arg(hostText(route.proxy), route.publicUrl);
    case RouteKind::Dns:
        //: %1: the DNS name users resolve, %2: the public address users open
        return QCoreApplication::translate("puw::WelcomePage", "DNS name %1, public address %2")
            .arg(route.dnsName, route.publicUrl);
    case RouteKind::None:
        break;
    }
    return QCoreApplication::translate("puw::WelcomePage", "none: users are switched by hand");
}

} // namespace

WelcomePage::WelcomePage(SessionController* controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller), m_planSummary(new QLabel(this)),
      m_sessionSummary(new QLabel(this)), m_loadPlan(new QPushButton(tr("&Load plan…"), this))
{
    setTitle(tr("Welcome to the Parallel Upgrade Wizard"));
    setAccessibleName(tr("Welcome"));

    auto* intro = new QLabel(
        tr("<p>In a parallel upgrade the new version of your application is installed on a second machine, "
           "beside the one your users work on. Its configuration and a copy of the data are brought over and "
           "tested while the old installation keeps running. Only when everything works do both stop for a "
           "short downtime: the latest data is copied once more, and users are switched to the new "
           "installation.</p><p>Until that switch the old installation is left untouched, so going back is "
           "easy. The wizard does each step over SSH and records what it did.</p>"),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setAccessibleName(tr("What a parallel upgrade is"));

    m_planSummary->setWordWrap(true);
    m_planSummary->setTextFormat(Qt::PlainText);
    m_planSummary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_planSummary->setAccessibleName(tr("Loaded plan"));
    m_sessionSummary->setWordWrap(true);
    m_sessionSummary->setAccessibleName(tr("Current session"));

    m_loadPlan->setAccessibleName(tr("Load a plan file"));
    connect(m_loadPlan, &QPushButton::clicked, this, &WelcomePage::choosePlanFile);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_planSummary);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_loadPlan);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_sessionSummary);
    layout->addStretch(1);

    connect(controller, &SessionController::planChanged, this, &WelcomePage::refresh);
    connect(controller, &SessionController::sessionChanged, this, &WelcomePage::refresh);
    refresh();
}

void WelcomePage::initializePage()
{
    refresh();
}

void WelcomePage::refresh()
{
    if (!m_controller->hasPlan()) {
        m_planSummary->setText(tr("No plan loaded. Load a plan file to say which application is upgraded, "
                                  "from which host to which host, and how users are switched."));
        m_loadPlan->setText(tr("&Load plan…"));
    } else {
        const UpgradePlan& plan = m_controller->plan();
        const QString recipe = plan.recipeId.isEmpty() ? tr("not set") : plan.recipeId;
        const QString file =
            m_controller->planPath().isEmpty() ? tr("not saved yet") : m_controller->planPath();
        //: summary of the loaded plan; each %n is a value, one per line
        m_planSummary->setText(
            tr("Plan: %1\nApplication recipe: %2\nOld host: %3\nNew host: %4\nRoute: %5")
                .arg(file, recipe, hostText(plan.oldHost), hostText(plan.newHost), routeText(plan.route)));
        m_loadPlan->setText(tr("&Load another plan…"));
    }

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

void WelcomePage::choosePlanFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load plan"), m_controller->planPath(),
                                                      tr("Upgrade plans (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (m_controller->loadPlan(path))
        emit planLoaded();
}

} // namespace puw
