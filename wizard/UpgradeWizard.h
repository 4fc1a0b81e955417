#pragma once

#include "journal/JournalRecords.h"

#include <QWizard>

#include <functional>
#include <optional>

namespace puw {

class DowntimeClock;
class SessionController;
class StepRunner;
class StepListPanel;
class StepPage;
class SummaryPage;
class WelcomePage;

// The wizard: a welcome page, one page per checklist step (page id = step number) and a summary, with
// the step list as side panel. It shows what the SessionController holds and asks it to change things;
// it never talks to hosts or to the database itself.
class UpgradeWizard : public QWizard {
    Q_OBJECT
public:
    static constexpr int kWelcomePageId = 0;
    static constexpr int kSummaryPageId = kStepCount + 1;
    static int pageIdOf(StepId step) { return stepNumber(step); }

    // What offerResume() asks the admin about, and what the admin answers.
    struct ResumeOffer {
        SessionRecord session;
        std::optional<StepId> resumeAt; // nullopt: every step is settled, resuming shows the summary
    };
    enum class ResumeChoice { Resume, StartOver };
    using ResumeQuestion = std::function<ResumeChoice(const ResumeOffer&)>;

    // The controller must outlive the wizard.
    explicit UpgradeWizard(SessionController* controller, QWidget* parent = nullptr);

    // Shows the window at a size where the plan's tables and the step 7 panels need no scrolling,
    // within nine tenths of the screen it opens on.
    void showAtComfortableSize();

    // If the journal holds an unfinished session (of the loaded plan, or any when none is loaded), asks
    // whether to resume it at its first step not done, or to start over. True when it resumed and
    // shows that step.
    bool offerResume();
    // Replaces the question box, e.g. so that tests answer without a modal dialog; null restores it.
    void setResumeQuestion(ResumeQuestion question) { m_askResume = std::move(question); }

    // A yes/no question before something that cannot be taken back (stopping servers, rolling back,
    // closing mid-run). yesText labels the button that goes ahead; "No" is the default.
    struct Confirmation {
        QString title;
        QString text;
        QString details;
        QString yesText;
    };
    using ConfirmQuestion = std::function<bool(const Confirmation&)>;
    bool confirm(const Confirmation& question);
    // Replaces the question box (tests); null restores it.
    void setConfirmQuestion(ConfirmQuestion question) { m_confirm = std::move(question); }

    // Gives every step page the engine's handle (Run, Cancel, progress, log). Without it the wizard
    // only shows and records states. The runner must outlive the wizard.
    void setRunner(StepRunner* runner);
    StepRunner* runner() const { return m_runner; }
    // True while a step or a rollback runs: Back, Next and the other pages' Run are disabled.
    bool isBusy() const;
    // Explains what a rollback does, asks, and starts it.
    bool requestRollback();
    // Lists the dumps ("ROLE:PATH") to be removed from the hosts, asks, and starts the removal.
    bool requestHostBackupRemoval(const QStringList& hostFiles);

    // Shows the first step not done (the summary when all are), walking from the welcome page so that
    // Back still leads through the earlier steps. False if a page on the way could not be passed.
    bool showFirstStepNotDone();

    SessionController* controller() const { return m_controller; }
    StepListPanel* stepListPanel() const { return m_stepList; }
    DowntimeClock* downtimeClock() const { return m_clock; }
    WelcomePage* welcomePage() const { return m_welcome; }
    StepPage* stepPage(StepId step) const;
    SummaryPage* summaryPage() const { return m_summary; }

public slots:
    void accept() override;
    // Closing the window (Cancel, Escape, the title bar) while a step runs asks first, and cancels it.
    void reject() override;

signals:
    void busyChanged();

private:
    static ResumeChoice askWithMessageBox(QWidget* parent, const ResumeOffer& offer);
    bool walkTo(int pageId);
    void showError(const QString& message);
    void onCurrentPageChanged(int id);
    void onBusyChanged();
    void applyRunLock();

    SessionController* m_controller;
    WelcomePage* m_welcome;
    SummaryPage* m_summary;
    StepListPanel* m_stepList;
    DowntimeClock* m_clock = nullptr;
    ResumeQuestion m_askResume;
    ConfirmQuestion m_confirm;
    StepRunner* m_runner = nullptr;
    bool m_rollingBack = false;
    bool m_removingBackups = false;
    bool m_closeAfterRun = false;
};

} // namespace puw
