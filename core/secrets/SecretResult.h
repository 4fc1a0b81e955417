#pragma once

#include <QMetaType>
#include <QString>

namespace puw {

enum class SecretStatus {
    Ok,          // done; for a read, value holds the secret
    NotFound,    // the keychain works but holds no such secret (or the plan names no variable for it)
    Unavailable, // no keychain to use: no D-Bus session, no Secret Service, locked, or no answer in time
    Failed,      // refused or failed for another reason (invalid key, secret too short, delete refused)
};

// The outcome of one credential operation. Never logged as a whole: value is a secret.
struct SecretResult {
    SecretStatus status = SecretStatus::Failed;
    QString value;   // the secret, for a successful read only
    QString message; // for the user, translated; empty when Ok
    QString details; // technical cause (the backend's own words), never holds a secret

    bool ok() const { return status == SecretStatus::Ok; }
    bool notFound() const { return status == SecretStatus::NotFound; }
    bool unavailable() const { return status == SecretStatus::Unavailable; }

    static SecretResult success(const QString& value = {});
    static SecretResult notFoundResult(const QString& message, const QString& details = {});
    static SecretResult failure(const QString& message, const QString& details = {});
    // cause: a short translated reason ("no D-Bus session", ...); the message adds what it means
    // for the user (secrets are asked each time) and how to fix it.
    static SecretResult unavailableResult(const QString& cause, const QString& details = {});
};

// The text a user reads when no keychain can be used, for a banner or a log line.
QString keychainUnavailableMessage(const QString& cause);

} // namespace puw

Q_DECLARE_METATYPE(puw::SecretResult)
