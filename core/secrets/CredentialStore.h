#pragma once

#include "CredentialKey.h"
#include "SecretResult.h"

#include <QFuture>
#include <QMutex>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

namespace puw {

class Redactor;

// Passwords and passphrases in the system keychain (Secret Service, KWallet) through QtKeychain.
// Never falls back to a plaintext file: without a keychain every operation answers Unavailable with a
// message saying so, and the caller asks the user each time.
//
// Threads: every method may be called from any thread and returns at once. The keychain work runs in
// the thread this object lives in (normally the GUI thread), which must run an event loop; use one
// store per process (QtKeychain queues its jobs in a process-wide executor bound to the first thread
// that uses it). A caller in the store's thread continues with future.then(context, ...) and never
// blocks; a worker thread may wait with future.result().
//
// Every secret written or read is added to the shared Redactor before the future completes.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    static QString defaultServiceName() { return QStringLiteral("parallel-upgrade"); }
    // Shorter secrets cannot be masked in logs (see Redactor::addSecret), so they are refused.
    static constexpr int kMinimumSecretLength = 3;

    struct Options {
        QString serviceName = defaultServiceName();
        // A locked keychain may show an unlock prompt: leave the user time to answer it.
        std::chrono::milliseconds timeout{std::chrono::seconds(120)};
    };

    enum class Availability { Unknown, Available, Unavailable };

    explicit CredentialStore(std::shared_ptr<Redactor> redactor, QObject* parent = nullptr);
    CredentialStore(std::shared_ptr<Redactor> redactor, Options options, QObject* parent = nullptr);
    ~CredentialStore() override;

    QFuture<SecretResult> read(const CredentialKey& key);
    QFuture<SecretResult> write(const CredentialKey& key, const QString& secret);
    // Removing a secret that is not there succeeds.
    QFuture<SecretResult> remove(const CredentialKey& key);
    // Writes then removes a throwaway entry: Ok when secrets can really be kept, else Unavailable.
    QFuture<SecretResult> probe();

    // Available after an operation succeeded, Unavailable after one found no usable keychain, Unknown
    // before either; "not found" changes nothing (a locked collection hides its items). Thread-safe.
    Availability availability() const;
    QString unavailableMessage() const;

signals:
    // Emitted in the store's thread when an operation shows the keychain became usable or unusable.
    void availabilityChanged(bool available, const QString& message);

private:
    enum class Operation { Read, Write, Remove };
    using Completion = std::function<void(const SecretResult&)>;

    QFuture<SecretResult> submit(Operation operation, const CredentialKey& key, const QString& secret);
    void runJob(Operation operation, const CredentialKey& key, const QString& secret, Completion done);
    void noteAvailability(const SecretResult& result);

    std::shared_ptr<Redactor> m_redactor;
    Options m_options;
    mutable QMutex m_stateMutex;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableMessage;
};

} // namespace puw
