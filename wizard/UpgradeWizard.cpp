#include "UpgradeWizard.h"

#include "ConfigPage.h"
#include "CutoverPages.h"
#include "DowntimeClock.h"
#include "ImportPage.h"
#include "InstallNewPage.h"
#include "StartNewPage.h"
#include "StepListPanel.h"
#include "StepPage.h"
#include "SummaryPage.h"
#include "WelcomePage.h"
#include "session/SessionController.h"

#include <QAbstractButton>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace puw {

namespace {
// The program's icon in the sizes the package installs into the icon theme, compiled in
// (wizard/CMakeLists.txt) so that a build run from its folder shows it too.
QIcon programIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/org.parallelupgrade.Wizard.png").arg(size),
                     QSize(size, size));
    return icon;
}
} // namespace

UpgradeWizard::UpgradeWizard(SessionController* controller, QWidget* parent)
    : QWizard(parent), m_controller(controller), m_welcome(new WelcomePage(controller, this)),
      m_summary(new SummaryPage(controller, this)), m_stepList(new StepListPanel(controller, this))
{
    setWindowTitle(tr("Parallel Upgrade Wizard"));
    setAccessibleName(tr("Parallel Upgrade Wizard"));
    setWindowIcon(programIcon());
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    setPage(kWelcomePageId, m_welcome);
    for (const StepInfo& info : stepCatalogue()) {
        StepPage* page = nullptr;
        if (info.id == StepId::InstallNew)
            page = new InstallNewPage(controller, this);
        else if (info.id == StepId::CopyConfig)
            page = new ConfigPage(controller, this);
        else if (info.id == StepId::ImportBackup)
            page = new ImportPage(controller, this);
        else if (info.id == StepId::StartNew)
            page = new StartNewPage(controller, this);
        else if (info.id == StepId::StopBoth)
            page = new StopBothPage(controller, this);
        else if (info.id == StepId::Deprovision)
            page = new DeprovisionPage(controller, this);
        else
            page = new StepPage(info.id, controller, this);
        setPage(pageIdOf(info.id), page);
    }
    setPage(kSummaryPageId, m_summary);
    setStartId(kWelcomePageId);
    // The side: every step's state, and while users are cut off, the downtime clock under it.
    auto* side = new QWidget(this);
    side->setAccessibleName(tr("Progress of the upgrade"));
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_clock = new DowntimeClock(controller, side);
    sideLayout->addWidget(m_stepList, 1);
    sideLayout->addWidget(m_clock);
    setSideWidget(side);

    button(QWizard::BackButton)->setAccessibleName(tr("Previous page"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next page"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Finish the upgrade"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Close the wizard"));

    connect(this, &QWizard::currentIdChanged, this, &UpgradeWizard::onCurrentPageChanged);
    connect(controller, &SessionController::errorOccurred, this, &UpgradeWizard::showError);
    connect(m_welcome, &WelcomePage::planLoaded, this, &UpgradeWizard::offerResume);
}

StepPage* UpgradeWizard::stepPage(StepId step) const
{
    return qobject_cast<StepPage*>(page(pageIdOf(step)));
}

bool UpgradeWizard::offerResume()
{
    const auto session = m_controller->resumableSession();
    if (!session)
        return false;
    // Ask about the session as it is, before making it current.
    const std::optional<StepId> resumeAt = m_controller->journal().firstUnsettledStep(session->id);
    const ResumeOffer offer{*session, resumeAt};
    const ResumeChoice choice = m_askResume ? m_askResume(offer) : askWithMessageBox(this, offer);
    if (choice == ResumeChoice::StartOver) {
        if (!m_controller->startNewSession())
            return false;
        restart();
        return false;
    }
    if (!m_controller->resumeSession(session->id))
        return false;
    return showFirstStepNotDone();
}

bool UpgradeWizard::showFirstStepNotDone()
{
    const auto step = m_controller->firstStepNotDone();
    return walkTo(step ? pageIdOf(*step) : kSummaryPageId);
}

bool UpgradeWizard::walkTo(int pageId)
{
    // QWizard cannot jump forward, and a jump would leave Back without history: restart and press Next
    // until the page shows. next() itself ignores isComplete(), so the walk checks it: it never passes a
    // step that is not settled, as the admin could not either.
    restart();
    while (currentId() != pageId) {
        const int before = currentId();
        if (!currentPage()->isComplete())
            return false;
        next();
        if (currentId() == before)
            return false;
    }
    return true;
}

void UpgradeWizard::accept()
{
    // Finishing on the summary closes the session: it is no longer offered for resuming.
    if (currentId() == kSummaryPageId && !m_controller->firstStepNotDone())
        m_controller->finishSession();
    QWizard::accept();
}

UpgradeWizard::ResumeChoice UpgradeWizard::askWithMessageBox(QWidget* parent, const ResumeOffer& offer)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Resume the upgrade?"));
    box.setAccessibleName(tr("Resume the upgrade?"));
    const QString started = QLocale().toString(offer.session.createdAt.toLocalTime(), QLocale::ShortFormat);
    const QString plan = offer.session.planPath.isEmpty() ? tr("no plan file") : offer.session.planPath;
    //: %1: date and time the session started, %2: the plan file
    box.setText(tr("An upgrade started on %1 (%2) was not finished.").arg(started, plan));
    QString resumeText;
    if (offer.resumeAt) {
        //: %1: step number, %2: step title
        resumeText =
            tr("Resume at step %1 \"%2\"").arg(stepNumber(*offer.resumeAt)).arg(stepTitle(*offer.resumeAt));
        box.setInformativeText(tr("Steps already done are kept. Starting over begins a new session; the "
                                  "old one stays in the journal."));
    } else {
        resumeText = tr("Resume at the summary");
        box.setInformativeText(tr("Every step is done or skipped."));
    }
    QPushButton* resume = box.addButton(resumeText, QMessageBox::AcceptRole);
    resume->setAccessibleName(resumeText);
    QPushButton* startOver = box.addButton(tr("Start over"), QMessageBox::DestructiveRole);
    startOver->setAccessibleName(tr("Start over"));
    box.setDefaultButton(resume);
    box.setEscapeButton(resume); // closing the question keeps the work done so far
    box.exec();
    return box.clickedButton() == startOver ? ResumeChoice::StartOver : ResumeChoice::Resume;
}

void UpgradeWizard::showError(const QString& message)
{
    // open(), not exec(): an error must not stop the event loop that keeps the pages up to date.
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Parallel Upgrade Wizard"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(tr("Error"));
    box->open();
}

void UpgradeWizard::onCurrentPageChanged(int id)
{
    m_stepList->setCurrentStep(stepFromNumber(id));
}

void UpgradeWizard::showAtComfortableSize()
{
    QSize size(1040, 780);
    if (const QScreen* screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size.expandedTo(minimumSizeHint()));
    show();
}

} // namespace puw
