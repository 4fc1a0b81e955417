#pragma once

#include "GuiSecrets.h"
#include "plan/PlanForm.h"
#include "remote/SshTypes.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;

namespace puw {

class CredentialStore;
class PlanEditor;
class SessionController;

// The first page: what a parallel upgrade is, and the plan: the application's recipe, the old and new
// hosts (typed or picked from ~/.ssh/config, each with "Test connection") and the route. Every change is
// judged at once with the plan file's own rules; Next is enabled only for a plan that can run, and
// hands it to the session. Plans are loaded from and saved to files here.
class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(SessionController* controller, QWidget* parent = nullptr);

    QLabel* planSummary() const { return m_planSummary; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* loadPlanButton() const { return m_loadPlan; }
    QPushButton* savePlanButton() const { return m_savePlan; }
    PlanEditor* editor() const { return m_editor; }
    // The plan as typed, when it can run; the first problem otherwise.
    const Expected<UpgradePlan, PlanError>& checked() const { return m_checked; }

    // Where "Pick from ~/.ssh/config" reads (tests point it at a file of their own).
    void setSshConfigPath(const QString& path);
    // The base of the options a connection test uses (timeouts, agent, ssh config); the known_hosts file
    // comes from the plan, the prompter is this page's.
    void setSshOptions(const SshOptions& options) { m_sshOptions = options; }
    // The keychain the password dialog offers to remember secrets in; may be null (none).
    void setCredentialStore(CredentialStore* store) { m_store = store; }
    // Replace the dialogs of connection tests (tests).
    void setHostKeyQuestion(GuiSecrets::HostKeyQuestion question) { m_askHostKey = std::move(question); }
    void setSecretQuestion(GuiSecrets::SecretQuestion question) { m_askSecret = std::move(question); }
    // Once steps can run, the plan they run with is fixed for this run of the program.
    void lockPlan();

    bool loadPlanFrom(const QString& path);
    bool savePlanTo(const QString& path);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // A plan file was loaded by the admin: the wizard offers to resume its unfinished session, if any.
    void planLoaded();
    // The admin went on with this plan (Next): the session holds it now.
    void planAccepted();

public slots:
    void refresh();

private:
    void check();
    void choosePlanFile();
    void choosePlanSaveFile();
    SshOptions testOptions(const HostSpec& host);
    void showSummary();

    SessionController* m_controller;
    PlanEditor* m_editor;
    QScrollArea* m_scroll;
    QLabel* m_planSummary;
    QLabel* m_problem;
    QLabel* m_sessionSummary;
    QPushButton* m_loadPlan;
    QPushButton* m_savePlan;
    Expected<UpgradePlan, PlanError> m_checked{PlanError{}};
    QString m_sshConfigPath;
    SshOptions m_sshOptions;
    CredentialStore* m_store = nullptr;
    GuiSecrets::HostKeyQuestion m_askHostKey;
    GuiSecrets::SecretQuestion m_askSecret;
    bool m_locked = false;
};

} // namespace puw
