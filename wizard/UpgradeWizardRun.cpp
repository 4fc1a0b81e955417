// The parts of UpgradeWizard that deal with the engine: the runner, the lock on navigation while a step
// runs, rollback and closing mid-run.
#include "UpgradeWizard.h"

#include "HostBackupsPanel.h"
#include "StepPage.h"
#include "SummaryPage.h"
#include "WelcomePage.h"
#include "jobs/StepRunner.h"
#include "session/SessionController.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>

namespace puw {

bool UpgradeWizard::confirm(const Confirmation& question)
{
    if (m_confirm)
        return m_confirm(question);
    QMessageBox box(this);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(question.title);
    box.setAccessibleName(question.title);
    box.setText(question.text);
    box.setInformativeText(question.details);
    QPushButton* yes = box.addButton(question.yesText, QMessageBox::AcceptRole);
    yes->setAccessibleName(question.yesText);
    QPushButton* no = box.addButton(tr("No, go back"), QMessageBox::RejectRole);
    no->setAccessibleName(tr("No, go back"));
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void UpgradeWizard::setRunner(StepRunner* runner)
{
    if (m_runner || !runner)
        return;
    m_runner = runner;
    m_welcome->lockPlan(); // the engine is bound to the plan it was given
    connect(runner, &StepRunner::stepStarted, this, &UpgradeWizard::onBusyChanged);
    connect(runner, &StepRunner::stepFinished, this, &UpgradeWizard::onBusyChanged);
    connect(runner, &StepRunner::testerPreviewStarted, this, &UpgradeWizard::onBusyChanged);
    connect(runner, &StepRunner::testerPreviewChanged, this, &UpgradeWizard::onBusyChanged);
    connect(runner, &StepRunner::rollbackFinished, this, [this] {
        m_rollingBack = false;
        onBusyChanged();
    });
    connect(runner, &StepRunner::hostBackupsRemoved, this, [this](const StepOutcome& outcome) {
        m_removingBackups = false;
        m_summary->refresh();
        m_summary->hostBackups()->showResult(outcome.summary);
        onBusyChanged();
    });
    connect(m_summary->hostBackups(), &HostBackupsPanel::removeRequested, this,
            &UpgradeWizard::requestHostBackupRemoval);
    connect(this, &UpgradeWizard::busyChanged, m_summary,
            [this] { m_summary->hostBackups()->setBusy(isBusy()); });
    connect(runner, &StepRunner::errorOccurred, this, &UpgradeWizard::showError);
    for (const StepInfo& info : stepCatalogue()) {
        StepPage* page = stepPage(info.id);
        page->attachRunner(runner);
        connect(this, &UpgradeWizard::busyChanged, page, &StepPage::refresh);
        // After QWizard's own slot (connected in setPage), so that the lock has the last word.
        connect(page, &QWizardPage::completeChanged, this, &UpgradeWizard::applyRunLock);
    }
}

bool UpgradeWizard::isBusy() const
{
    return m_runner && (m_runner->isRunning() || m_runner->isChangingTesterPreview() || m_rollingBack ||
                        m_removingBackups);
}

void UpgradeWizard::onBusyChanged()
{
    emit busyChanged();
    applyRunLock();
    // QWizard recomputes Back and Next only when the page's completeness changes: make it look again.
    if (!isBusy() && currentPage())
        emit currentPage()->completeChanged();
    if (m_closeAfterRun && !isBusy()) {
        m_closeAfterRun = false;
        QWizard::reject();
    }
}

void UpgradeWizard::applyRunLock()
{
    if (isBusy()) {
        button(QWizard::BackButton)->setEnabled(false);
        button(QWizard::NextButton)->setEnabled(false);
    }
}

bool UpgradeWizard::requestRollback()
{
    if (!m_runner || isBusy())
        return false;
    const bool yes = confirm(
        {tr("Roll back to the old installation?"),
         tr("The rollback stops the new installation, starts the old installation's services again and "
            "routes requests back to the old host."),
         tr("The old database was not written by the new version, so users continue with the data they had "
            "when step 7 stopped the servers. Steps 7 to 9 are marked not started; you can try the "
            "cutover again later."),
         tr("Roll back")});
    if (!yes)
        return false;
    if (!m_runner->rollback())
        return false;
    m_rollingBack = true;
    onBusyChanged();
    return true;
}

bool UpgradeWizard::requestHostBackupRemoval(const QStringList& hostFiles)
{
    if (!m_runner || isBusy() || hostFiles.isEmpty())
        return false;
    const bool yes = confirm(
        {tr("Remove %n backup(s) from the hosts?", "", int(hostFiles.size())),
         //: %1 the dumps, one "ROLE:PATH" per line
         tr("These dumps of the application's data are deleted from the hosts:\n%1")
             .arg(hostFiles.join(QLatin1Char('\n'))),
         tr("They cannot be brought back. Keep them until you are sure the new installation works and no "
            "rollback or comparison will need them. The local copies in the session's folder stay."),
         tr("Remove them")});
    if (!yes || !m_runner->removeHostBackups(hostFiles))
        return false;
    m_removingBackups = true;
    m_summary->hostBackups()->showResult(tr("Removing…"));
    onBusyChanged();
    return true;
}

void UpgradeWizard::reject()
{
    if (!isBusy()) {
        QWizard::reject();
        return;
    }
    if (m_closeAfterRun)
        return; // already asked; waiting for the step to stop
    const std::optional<StepId> running = m_runner->runningStep();
    const bool yes = confirm(
        {tr("Stop and close?"),
         running ? tr("Step %1 \"%2\" is still running.").arg(stepNumber(*running)).arg(stepTitle(*running))
         : m_removingBackups                   ? tr("Backups are being removed from the hosts.")
         : m_runner->isChangingTesterPreview() ? tr("The testers' preview is being opened or closed.")
                                               : tr("A rollback is still running."),
         tr("Closing cancels the running command and closes the wizard once it has stopped. The journal "
            "keeps what was done; starting the wizard again offers to resume."),
         tr("Cancel and close")});
    if (!yes)
        return;
    m_closeAfterRun = true;
    m_runner->cancel();
}

} // namespace puw
