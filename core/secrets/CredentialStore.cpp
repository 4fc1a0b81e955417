#include "CredentialStore.h"

#include "PendingSecret.h"
#include "util/Redactor.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace puw {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "puw.secrets", QtInfoMsg)

// Same context as CredentialStore::tr, for the helpers outside the class (QT_TRANSLATE_NOOP marks
// their texts for lupdate).
QString translated(const char* text)
{
    return QCoreApplication::translate("puw::CredentialStore", text);
}

// QtKeychain runs its jobs one at a time through an executor that lives in the first thread using it.
std::atomic<QThread*> s_keychainThread{nullptr};

// QtKeychain reports every D-Bus and Secret Service failure as OtherError: its text tells which.
QString causeOfOtherError(const QString& error)
{
    if (error.contains(QLatin1String("org.freedesktop.secrets")) ||
        error.contains(QLatin1String("ServiceUnknown")))
        return translated(
            QT_TRANSLATE_NOOP("puw::CredentialStore", "no Secret Service on the D-Bus session bus"));
    if (error.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
        error.contains(QLatin1String("connect"), Qt::CaseInsensitive) ||
        error.contains(QLatin1String("DBUS_SESSION_BUS_ADDRESS")))
        return translated(QT_TRANSLATE_NOOP("puw::CredentialStore", "no D-Bus session"));
    if (error.contains(QLatin1String("collection"), Qt::CaseInsensitive))
        return translated(
            QT_TRANSLATE_NOOP("puw::CredentialStore", "no default keyring to save into, or it is locked"));
    if (error.contains(QLatin1String("lock"), Qt::CaseInsensitive) ||
        error.contains(QLatin1String("prompt"), Qt::CaseInsensitive))
        return translated(QT_TRANSLATE_NOOP("puw::CredentialStore", "the keychain is locked"));
    return translated(QT_TRANSLATE_NOOP("puw::CredentialStore", "the keychain reported an error"));
}

const char* operationName(int operation)
{
    static const char* const names[] = {"read", "write", "remove"};
    return names[operation];
}

const char* statusName(SecretStatus status)
{
    switch (status) {
    case SecretStatus::Ok:
        return "ok";
    case SecretStatus::NotFound:
        return "not found";
    case SecretStatus::Unavailable:
        return "keychain unavailable";
    case SecretStatus::Failed:
        break;
    }
    return "failed";
}

} // namespace

CredentialStore::CredentialStore(std::shared_ptr<Redactor> redactor, QObject* parent)
    : CredentialStore(std::move(redactor), Options{}, parent)
{
}

CredentialStore::CredentialStore(std::shared_ptr<Redactor> redactor, Options options, QObject* parent)
    : QObject(parent), m_redactor(std::move(redactor)), m_options(std::move(options))
{
    Q_ASSERT(m_redactor);
    if (!m_redactor)
        m_redactor = std::make_shared<Redactor>();
}

CredentialStore::~CredentialStore() = default;

QFuture<SecretResult> CredentialStore::read(const CredentialKey& key)
{
    return submit(Operation::Read, key, {});
}

QFuture<SecretResult> CredentialStore::write(const CredentialKey& key, const QString& secret)
{
    return submit(Operation::Write, key, secret);
}

QFuture<SecretResult> CredentialStore::remove(const CredentialKey& key)
{
    return submit(Operation::Remove, key, {});
}

QFuture<SecretResult> CredentialStore::probe()
{
    auto pending = std::make_shared<PendingSecret>();
    QFuture<SecretResult> future = pending->future();
    const CredentialKey probeKey{QStringLiteral("keychain-check"), QStringLiteral("probe")};
    QMetaObject::invokeMethod(
        this,
        [this, pending, probeKey] {
            Completion finish = [this, pending](const SecretResult& result) {
                noteAvailability(result);
                qCDebug(lcSecrets) << "probe:" << statusName(result.status);
                pending->finish(result);
            };
            // The probe's value is no secret: it is not given to the Redactor.
            runJob(Operation::Write, probeKey, QStringLiteral("keychain-probe"),
                   [this, probeKey, finish](const SecretResult& written) {
                       if (!written.ok())
                           finish(written);
                       else
                           runJob(Operation::Remove, probeKey, {}, finish);
                   });
        },
        Qt::QueuedConnection);
    return future;
}

CredentialStore::Availability CredentialStore::availability() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_availability;
}

QString CredentialStore::unavailableMessage() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_unavailableMessage;
}

QFuture<SecretResult> CredentialStore::submit(Operation operation, const CredentialKey& key,
                                              const QString& secret)
{
    auto pending = std::make_shared<PendingSecret>();
    QFuture<SecretResult> future = pending->future();
    if (!key.isValid()) {
        pending->finish(SecretResult::failure(tr("Cannot use the keychain entry \"%1\": the purpose must be "
                                                 "a lower-case identifier and the host "
                                                 "must not be empty or hold control characters.")
                                                  .arg(key.toString())));
        return future;
    }
    if (operation == Operation::Write) {
        if (secret.size() < kMinimumSecretLength) {
            pending->finish(SecretResult::failure(
                tr("Not saved: a secret of fewer than %n characters could not be kept out of the logs.",
                   nullptr, kMinimumSecretLength)));
            return future;
        }
        m_redactor->addSecret(secret);
    }
    QMetaObject::invokeMethod(
        this,
        [this, operation, key, secret, pending] {
            runJob(operation, key, secret, [this, operation, key, pending](const SecretResult& result) {
                noteAvailability(result);
                qCDebug(lcSecrets).noquote() << operationName(static_cast<int>(operation)) << key.toString()
                                             << statusName(result.status) << result.details;
                pending->finish(result);
            });
        },
        Qt::QueuedConnection);
    return future;
}

void CredentialStore::runJob(Operation operation, const CredentialKey& key, const QString& secret,
                             Completion done)
{
    QThread* bound = nullptr;
    QThread* const current = QThread::currentThread();
    if (!s_keychainThread.compare_exchange_strong(bound, current) && bound != current) {
        done(SecretResult::failure(tr("Internal error: the keychain was used from two threads."),
                                   QStringLiteral("CredentialStore objects must live in one thread")));
        return;
    }

    auto once = std::make_shared<Completion>(std::move(done));
    auto complete = [once](const SecretResult& result) {
        if (!*once)
            return;
        Completion callback = std::move(*once);
        *once = nullptr;
        callback(result);
    };

    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_options.serviceName);
        break;
    case Operation::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(m_options.serviceName);
        writeJob->setTextData(secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_options.serviceName);
        break;
    }
    // Never a parent: a job deleted before libsecret answers would be used after free.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key.toString());

    const std::shared_ptr<Redactor> redactor = m_redactor;
    connect(job, &QKeychain::Job::finished, this, [operation, redactor, complete](QKeychain::Job* finished) {
        const QString details = redactor->redact(finished->errorString());
        switch (finished->error()) {
        case QKeychain::NoError:
            if (operation == Operation::Read) {
                const QString value = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
                redactor->addSecret(value);
                complete(SecretResult::success(value));
            } else {
                complete(SecretResult::success());
            }
            return;
        case QKeychain::EntryNotFound:
            if (operation == Operation::Remove)
                complete(SecretResult::success());
            else
                complete(
                    SecretResult::notFoundResult(tr("No saved secret for this host and purpose."), details));
            return;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            complete(
                SecretResult::unavailableResult(tr("the keychain is locked or refused access"), details));
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            complete(SecretResult::unavailableResult(tr("no keychain service found"), details));
            return;
        case QKeychain::OtherError:
            complete(SecretResult::unavailableResult(causeOfOtherError(details), details));
            return;
        case QKeychain::CouldNotDeleteEntry:
            break;
        }
        complete(SecretResult::failure(tr("The keychain refused the operation."), details));
    });

    // A locked keychain on a machine without a prompter may never answer. The job is left to finish
    // (or not) on its own: deleting it here would free memory libsecret still points to.
    auto* timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [complete, seconds = int(m_options.timeout.count() / 1000)] {
        complete(SecretResult::unavailableResult(
            tr("the keychain did not answer within %n second(s)", nullptr, seconds),
            QStringLiteral("QtKeychain job timed out")));
    });
    timer->start(m_options.timeout);
    job->start();
}

void CredentialStore::noteAvailability(const SecretResult& result)
{
    // Finding nothing proves little: a locked collection hides its items from a search.
    Availability now;
    if (result.ok())
        now = Availability::Available;
    else if (result.unavailable())
        now = Availability::Unavailable;
    else
        return;
    {
        QMutexLocker lock(&m_stateMutex);
        const QString message = now == Availability::Unavailable ? result.message : QString();
        if (m_availability == now && m_unavailableMessage == message)
            return;
        m_availability = now;
        m_unavailableMessage = message;
    }
    emit availabilityChanged(now == Availability::Available, result.message);
}

} // namespace puw
