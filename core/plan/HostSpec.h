#pragma once

#include <QString>

namespace puw {

// How to reach one host, as the admin would type it for ssh. Never holds a secret: passwords and
// passphrases live in the keychain, keyed by the host's address and user.
struct HostSpec {
    QString address;      // host name, IP address or ~/.ssh/config alias
    int port = 0;         // 0: from ~/.ssh/config, else 22
    QString user;         // empty: from ~/.ssh/config, else the local user
    QString identityFile; // optional private key file

    bool isEmpty() const { return address.isEmpty(); }
    bool operator==(const HostSpec&) const = default;
};

} // namespace puw
