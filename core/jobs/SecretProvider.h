#pragma once

#include <QString>

#include <optional>

namespace puw {

// Where the engine gets a secret it needs (a sudo or database password), called in the engine's thread
// and allowed to block it: the environment a plan names, the keychain, or a question to the admin.
class SecretProvider {
public:
    virtual ~SecretProvider() = default;
    // purpose: "sudo-password", "db-password", ...; hostLabel: "old", "new", "proxy".
    virtual std::optional<QString> secret(const QString& purpose, const QString& hostLabel) = 0;
};

} // namespace puw
