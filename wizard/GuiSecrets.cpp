#include "GuiSecrets.h"

#include "SecretDialogs.h"
#include "secrets/CredentialKey.h"
#include "secrets/CredentialStore.h"
#include "secrets/SecretSources.h"
#include "util/Redactor.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

namespace puw {

namespace {
class GuiSecretsText {
    Q_DECLARE_TR_FUNCTIONS(puw::GuiSecrets)
};

QString purposeInWords(const QString& purpose)
{
    if (purpose == SecretPurpose::sshPassword())
        return GuiSecretsText::tr("SSH password");
    if (purpose == SecretPurpose::keyPassphrase())
        return GuiSecretsText::tr("passphrase of the SSH key");
    if (purpose == SecretPurpose::sudoPassword())
        return GuiSecretsText::tr("sudo password");
    if (purpose == SecretPurpose::databasePassword())
        return GuiSecretsText::tr("database password");
    return purpose;
}
} // namespace

GuiSecrets::GuiSecrets(UpgradePlan plan, std::shared_ptr<SecretSources> sources, CredentialStore* store,
                       std::shared_ptr<Redactor> redactor, QWidget* parent)
    : m_plan(std::move(plan)), m_sources(std::move(sources)), m_store(store), m_redactor(std::move(redactor)),
      m_parent(parent)
{
}

QFuture<bool> GuiSecrets::confirmHostKey(const HostKeyInfo& key)
{
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    QFuture<bool> future = promise->future();
    if (!m_parent)
        return QtFuture::makeReadyFuture(false);
    // If the window goes first, the lambda is dropped with the promise: a cancelled future means "no".
    QMetaObject::invokeMethod(
        m_parent.data(),
        [this, key, promise] {
            const bool accepted = m_askHostKey ? m_askHostKey(key) : HostKeyDialog::ask(key, m_parent);
            promise->addResult(accepted);
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<std::optional<QString>> GuiSecrets::secret(const SecretRequest& request)
{
    const bool passphrase = request.kind == SecretRequest::Kind::KeyPassphrase;
    const QString purpose = passphrase ? SecretPurpose::keyPassphrase() : SecretPurpose::sshPassword();
    const HostSpec host = hostByAddress(request.host, request.user);
    QString prompt = request.prompt;
    if (passphrase)
        prompt = GuiSecretsText::tr("Passphrase of the key %1, to log in to %2:")
                     .arg(request.keyFile, request.host);
    // The worker thread must not wait: the look-up (and the question, if needed) runs on the pool.
    return QtConcurrent::run([this, purpose, host, prompt, echo = request.echo] {
        return findOrAsk(purpose, host, prompt, echo);
    });
}

std::optional<QString> GuiSecrets::secret(const QString& purpose, const QString& hostLabel)
{
    const HostSpec host = hostByLabel(hostLabel);
    if (host.isEmpty())
        return std::nullopt;
    return findOrAsk(purpose, host, {}, false);
}

std::optional<QString> GuiSecrets::findOrAsk(const QString& purpose, const HostSpec& host,
                                             const QString& prompt, bool echo)
{
    const CredentialKey key = CredentialKey::forHost(host.user, host.address, host.port, purpose);
    if (m_sources) {
        const SecretResult found = m_sources->find(key).result();
        if (found.ok())
            return found.value;
    }
    SecretPrompt question;
    //: %1: what the secret is for (e.g. "sudo password"), %2: the host
    question.title = GuiSecretsText::tr("%1 for %2").arg(purposeInWords(purpose), host.address);
    question.text = prompt.isEmpty() ? GuiSecretsText::tr("Enter the %1 for %2@%3:")
                                           .arg(purposeInWords(purpose), host.user, host.address)
                                     : prompt;
    question.echo = echo;
    question.canRemember = m_store && m_store->availability() != CredentialStore::Availability::Unavailable;
    return askOnGuiThread(key, question);
}

std::optional<QString> GuiSecrets::askOnGuiThread(const CredentialKey& key, const SecretPrompt& prompt)
{
    auto promise = std::make_shared<QPromise<std::optional<QString>>>();
    promise->start();
    QFuture<std::optional<QString>> future = promise->future();
    {
        QMutexLocker lock(&m_mutex);
        if (m_abandoned || !m_parent)
            return std::nullopt;
        m_pending.append(promise);
    }
    QMetaObject::invokeMethod(
        m_parent.data(),
        [this, key, prompt, promise] {
            std::optional<SecretAnswer> answer;
            {
                QMutexLocker lock(&m_mutex);
                if (m_abandoned || promise->future().isFinished())
                    return;
            }
            answer = m_askSecret ? m_askSecret(prompt) : SecretDialog::ask(prompt, m_parent);
            if (answer && m_redactor && !prompt.echo)
                m_redactor->addSecret(answer->value); // before any thread can use it
            if (answer && answer->remember && m_store)
                m_store->write(key, answer->value); // the store reports its own failures
            QMutexLocker lock(&m_mutex);
            m_pending.removeOne(promise);
            if (!promise->future().isFinished()) {
                promise->addResult(answer ? std::optional<QString>(answer->value) : std::nullopt);
                promise->finish();
            }
        },
        Qt::QueuedConnection);
    future.waitForFinished();
    if (future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

void GuiSecrets::abandonQuestions()
{
    QMutexLocker lock(&m_mutex);
    m_abandoned = true;
    for (const auto& promise : std::as_const(m_pending)) {
        if (!promise->future().isFinished()) {
            promise->addResult(std::nullopt);
            promise->finish();
        }
    }
    m_pending.clear();
}

HostSpec GuiSecrets::hostByLabel(const QString& label) const
{
    if (label == QLatin1String("old"))
        return m_plan.oldHost;
    if (label == QLatin1String("new"))
        return m_plan.newHost;
    if (label == QLatin1String("proxy"))
        return m_plan.route.proxy;
    return {};
}

HostSpec GuiSecrets::hostByAddress(const QString& address, const QString& user) const
{
    for (const HostSpec* host : {&m_plan.oldHost, &m_plan.newHost, &m_plan.route.proxy}) {
        if (host->address == address)
            return *host;
    }
    return HostSpec{address, 0, user, {}};
}

} // namespace puw
