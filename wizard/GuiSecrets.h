#pragma once

#include "jobs/SecretProvider.h"
#include "plan/UpgradePlan.h"
#include "remote/SshPrompter.h"
#include "secrets/CredentialKey.h"

#include <QList>
#include <QMutex>
#include <QPointer>
#include <QPromise>
#include <QWidget>

#include <functional>
#include <memory>

namespace puw {

class CredentialStore;
class Redactor;
class SecretSources;

// Secrets and host keys for a run the admin watches. A secret comes from the environment variable the
// plan names, else the keychain, else a dialog that offers to remember it in the keychain; an unknown
// host key is shown with its SHA256 fingerprint and type to compare and accept.
//
// Threads: SshPrompter methods are called in SSH worker threads and return a future at once; the
// engine calls secret(purpose, host) in its thread and waits. The dialogs always run in the GUI thread
// (queued to the parent widget). abandonQuestions() answers everything pending with "no" so that no
// thread waits on a window that is going away: call it before the runner is destroyed.
class GuiSecrets : public SshPrompter, public SecretProvider {
public:
    struct SecretPrompt {
        QString title;
        QString text;
        bool echo = false;
        bool canRemember = false;
    };
    struct SecretAnswer {
        QString value;
        bool remember = false;
    };
    using HostKeyQuestion = std::function<bool(const HostKeyInfo&)>;
    using SecretQuestion = std::function<std::optional<SecretAnswer>(const SecretPrompt&)>;

    // Every typed secret is added to the redactor at once, so that no log or journal entry shows it.
    GuiSecrets(UpgradePlan plan, std::shared_ptr<SecretSources> sources, CredentialStore* store,
               std::shared_ptr<Redactor> redactor, QWidget* parent);

    // Replace the dialogs (tests); called in the GUI thread.
    void setHostKeyQuestion(HostKeyQuestion question) { m_askHostKey = std::move(question); }
    void setSecretQuestion(SecretQuestion question) { m_askSecret = std::move(question); }

    QFuture<bool> confirmHostKey(const HostKeyInfo& key) override;
    QFuture<std::optional<QString>> secret(const SecretRequest& request) override;
    std::optional<QString> secret(const QString& purpose, const QString& hostLabel) override;

    void abandonQuestions();

private:
    std::optional<QString> findOrAsk(const QString& purpose, const HostSpec& host, const QString& prompt,
                                     bool echo);
    std::optional<QString> askOnGuiThread(const CredentialKey& key, const SecretPrompt& prompt);
    HostSpec hostByLabel(const QString& label) const;
    HostSpec hostByAddress(const QString& address, const QString& user) const;

    UpgradePlan m_plan;
    std::shared_ptr<SecretSources> m_sources;
    CredentialStore* m_store;
    std::shared_ptr<Redactor> m_redactor;
    QPointer<QWidget> m_parent;
    HostKeyQuestion m_askHostKey;
    SecretQuestion m_askSecret;
    QMutex m_mutex;
    bool m_abandoned = false;
    QList<std::shared_ptr<QPromise<std::optional<QString>>>> m_pending;
};

} // namespace puw
