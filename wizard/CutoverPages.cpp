#include "CutoverPages.h"

#include "StepRunPanel.h"
#include "TesterPreviewPanel.h"
#include "TradeoffsPanel.h"
#include "UpgradeWizard.h"
#include "jobs/StepOptions.h"
#include "session/SessionController.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace puw {

StopBothPage::StopBothPage(SessionController* controller, QWidget* parent)
    : StepPage(StepId::StopBoth, controller, parent), m_tradeoffs(new TradeoffsPanel(controller, this)),
      m_preview(new TesterPreviewPanel(controller, this))
{
    workArea()->addWidget(m_tradeoffs);
    workArea()->addWidget(m_preview);
}

void StopBothPage::initializePage()
{
    StepPage::initializePage();
    m_tradeoffs->refresh();
    m_preview->refresh();
}

void StopBothPage::runnerAttached()
{
    m_preview->attachRunner(runner());
    //: the Run button of step 7: it starts the downtime
    runPanel()->setRunText(tr("&Stop both servers"));
}

std::optional<QVariantMap> StopBothPage::runOptions()
{
    if (!leftOutReason().isEmpty())
        return QVariantMap{}; // nothing stops: the engine records the step as not needed
    auto* owner = qobject_cast<UpgradeWizard*>(wizard());
    if (!owner)
        return std::nullopt;
    const QString oldHost = controller()->plan().oldHost.address;
    const bool yes = owner->confirm(
        {tr("Stop both servers?"),
         tr("Users are cut off from now: the application stops on the old host (%1) and on the new host, "
            "and stays stopped until step 9 routes requests to the new installation.")
             .arg(oldHost),
         tr("Nothing has been stopped yet. If the cutover goes wrong, Roll back starts the old "
            "installation again."),
         tr("Stop both servers")});
    if (!yes)
        return std::nullopt;
    return QVariantMap{{StepOption::kConfirmed, true}};
}

QVariantMap StopBothPage::previewOptions()
{
    return {{StepOption::kConfirmed, true}};
}

DeprovisionPage::DeprovisionPage(SessionController* controller, QWidget* parent)
    : StepPage(StepId::Deprovision, controller, parent)
{
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_prompt->setAccessibleName(tr("What removing the old installation does"));
    m_typedHost = new QLineEdit(this);
    m_typedHost->setAccessibleName(tr("Address of the old host, typed in full"));
    m_typedHost->setPlaceholderText(tr("old host's address"));
    m_prompt->setBuddy(m_typedHost);
    workArea()->addWidget(m_prompt);
    workArea()->addWidget(m_typedHost);
    connect(m_typedHost, &QLineEdit::textChanged, this, &DeprovisionPage::updateGate);
    connect(controller, &SessionController::planChanged, this, &DeprovisionPage::initializePage);
    initializePage();
}

QString DeprovisionPage::expectedHost() const
{
    return controller()->plan().oldHost.address;
}

void DeprovisionPage::initializePage()
{
    StepPage::initializePage();
    //: %1: the old host's address, which the admin must type
    m_prompt->setText(tr("This stops and disables the old installation's services for good; the final "
                         "backup and the configuration archive are kept. To confirm, type the old host's "
                         "address (%1) in full:")
                          .arg(expectedHost()));
    updateGate();
}

void DeprovisionPage::runnerAttached()
{
    updateGate();
}

void DeprovisionPage::updateGate()
{
    if (runPanel())
        runPanel()->setRunGate(!expectedHost().isEmpty() && m_typedHost->text() == expectedHost());
}

std::optional<QVariantMap> DeprovisionPage::runOptions()
{
    if (m_typedHost->text() != expectedHost())
        return std::nullopt;
    return QVariantMap{{StepOption::kTypedHost, m_typedHost->text()}};
}

QVariantMap DeprovisionPage::previewOptions()
{
    return {{StepOption::kTypedHost, expectedHost()}};
}

} // namespace puw
