#pragma once

#include "HostSpec.h"

#include <QList>
#include <QString>

namespace puw {

// One concrete host of an OpenSSH client configuration (~/.ssh/config): an alias from a "Host" line
// and what its own blocks say about it.
struct SshConfigHost {
    QString alias;
    QString hostName; // empty: the alias is the address
    QString user;
    int port = 0;
    QString identityFile;   // "~" expanded
    bool usesProxy = false; // ProxyJump or ProxyCommand: only ssh with this config can reach it
    QString file;           // where the alias was found, for the picker's tooltip
    int line = 0;

    // What the plan should hold. A host behind a proxy keeps its alias, so that the configuration
    // (and its proxy) is used when connecting.
    HostSpec toHostSpec() const;
    bool operator==(const SshConfigHost&) const = default;
};

// Reads the hosts an admin can pick from an ssh client configuration. Only what the picker needs is
// understood: Host, HostName, User, Port, IdentityFile, ProxyJump/ProxyCommand, and Include (globs,
// relative to ~/.ssh as ssh does, at most 16 levels deep, each file read once). Wildcard and negated
// patterns are not hosts and are skipped, as are Match blocks. The file is untrusted text: over-long
// lines, control characters and files over 1 MiB are ignored rather than believed.
namespace SshConfigHosts {
QString defaultPath(); // ~/.ssh/config
QList<SshConfigHost> read(const QString& path);
} // namespace SshConfigHosts

} // namespace puw
