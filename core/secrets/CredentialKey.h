#pragma once

#include <QString>

#include <optional>

namespace puw {

// What a secret is for. A purpose is a short lower-case identifier; these are the ones the program uses.
namespace SecretPurpose {
inline QString sshPassword()
{
    return QStringLiteral("ssh-password");
}
inline QString keyPassphrase()
{
    return QStringLiteral("key-passphrase");
}
inline QString sudoPassword()
{
    return QStringLiteral("sudo-password");
}
inline QString databasePassword()
{
    return QStringLiteral("db-password");
}
} // namespace SecretPurpose

// Names one secret in the keychain: the host it belongs to and what it is for.
// Its string form "purpose:host" is stable (it is the key saved in the keychain): never change it.
struct CredentialKey {
    QString host;    // user@address:port, see hostId()
    QString purpose; // one of SecretPurpose, or any [a-z0-9-] identifier

    // "user@address:port"; an IPv6 address is put in brackets. Port 0 means 22.
    static QString hostId(const QString& user, const QString& address, int port);
    static CredentialKey forHost(const QString& user, const QString& address, int port,
                                 const QString& purpose);

    // A key is valid when the purpose is an identifier and the host is non-empty without control
    // characters (a NUL would silently cut the key in the keychain and make two hosts collide).
    bool isValid() const;
    QString toString() const;
    static std::optional<CredentialKey> fromString(const QString& text);

    bool operator==(const CredentialKey&) const = default;
};

} // namespace puw
