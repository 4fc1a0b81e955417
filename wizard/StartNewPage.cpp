#include "StartNewPage.h"

#include "jobs/StepOptions.h"
#include "plan/Procedure.h"
#include "session/SessionController.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace puw {

StartNewPage::StartNewPage(SessionController* controller, QWidget* parent)
    : StepPage(StepId::StartNew, controller, parent)
{
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_prompt->setAccessibleName(tr("What the migrations change in the shared database"));
    m_typedHost = new QLineEdit(this);
    m_typedHost->setAccessibleName(tr("Address of the old host, typed to allow the migrations"));
    m_typedHost->setPlaceholderText(tr("old host's address"));
    m_prompt->setBuddy(m_typedHost);
    workArea()->addWidget(m_prompt);
    workArea()->addWidget(m_typedHost);
    connect(controller, &SessionController::planChanged, this, &StartNewPage::initializePage);
    initializePage();
}

bool StartNewPage::sharedDatabase() const
{
    return procedureOf(controller()->plan()) == Procedure::SharedDatabase;
}

void StartNewPage::initializePage()
{
    StepPage::initializePage();
    const bool shared = sharedDatabase();
    m_prompt->setVisible(shared);
    m_typedHost->setVisible(shared);
    //: %1: the old host's address
    m_prompt->setText(
        tr("Old and new share old's database. If the new version has migrations to apply, they change the "
           "database old serves while users work: this step applies them only when the recipe says the old "
           "version keeps working with them, and only if you type the old host's address (%1) here. Without "
           "it, a step with migrations stops before changing anything.")
            .arg(controller()->plan().oldHost.address));
}

std::optional<QVariantMap> StartNewPage::runOptions()
{
    if (!sharedDatabase() || m_typedHost->text() != controller()->plan().oldHost.address)
        return QVariantMap{};
    return QVariantMap{{StepOption::kTypedHost, m_typedHost->text()}};
}

QVariantMap StartNewPage::previewOptions()
{
    if (!sharedDatabase())
        return {};
    return {{StepOption::kTypedHost, controller()->plan().oldHost.address}};
}

} // namespace puw
