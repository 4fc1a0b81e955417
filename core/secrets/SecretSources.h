#pragma once

#include "CredentialKey.h"
#include "SecretResult.h"

#include <QFuture>
#include <QMap>
#include <QString>

#include <memory>

namespace puw {

class CredentialStore;
class Redactor;

// Where a secret comes from, in order: the environment variable the plan names for its purpose
// (unattended runs), then the keychain. When both come up empty the caller asks the user.
class SecretSources {
public:
    // secretEnvironment: the plan's map from purpose to the *name* of an environment variable.
    // store may be null (no keychain wanted): then only the environment is used.
    SecretSources(QMap<QString, QString> secretEnvironment, CredentialStore* store,
                  std::shared_ptr<Redactor> redactor);

    // Synchronous and thread-safe: the variable named for the purpose, added to the Redactor.
    // NotFound when the plan names no variable for it or the variable is unset or empty; Failed when
    // the value is too short to be masked in logs.
    SecretResult fromEnvironment(const QString& purpose) const;

    // The environment first; when it has nothing (no variable named, or it is unset), the keychain.
    QFuture<SecretResult> find(const CredentialKey& key) const;

private:
    QMap<QString, QString> m_secretEnvironment;
    CredentialStore* m_store;
    std::shared_ptr<Redactor> m_redactor;
};

} // namespace puw
