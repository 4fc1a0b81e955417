#include "SecretResult.h"

#include <QCoreApplication>

namespace puw {

SecretResult SecretResult::success(const QString& value)
{
    return SecretResult{SecretStatus::Ok, value, {}, {}};
}

SecretResult SecretResult::notFoundResult(const QString& message, const QString& details)
{
    return SecretResult{SecretStatus::NotFound, {}, message, details};
}

SecretResult SecretResult::failure(const QString& message, const QString& details)
{
    return SecretResult{SecretStatus::Failed, {}, message, details};
}

SecretResult SecretResult::unavailableResult(const QString& cause, const QString& details)
{
    return SecretResult{SecretStatus::Unavailable, {}, keychainUnavailableMessage(cause), details};
}

QString keychainUnavailableMessage(const QString& cause)
{
    return QCoreApplication::translate(
               "puw::CredentialStore",
               "The system keychain is unavailable (%1). Passwords and passphrases will be asked for "
               "each time and will not be remembered. To remember them, install and unlock a keychain: "
               "gnome-keyring (Debian package \"gnome-keyring\") or KWallet, in a desktop session with "
               "D-Bus. Unattended runs can name environment variables under \"secretEnvironment\" in "
               "the plan instead.")
        .arg(cause);
}

} // namespace puw
