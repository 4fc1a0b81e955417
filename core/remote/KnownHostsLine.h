#pragma once

#include <QByteArray>
#include <QString>

namespace puw {

// One line of an OpenSSH known_hosts file, read only as far as the program needs it to say which recorded
// key a changed host key replaces. Guarantee: a line matches a host only if its first field names it plainly
// (a comma-separated list, "[host]:port" for a port other than 22) or holds a hashed name ("|1|salt|hash",
// HMAC-SHA1 of the name with the salt, as `HashKnownHosts yes` writes it) of exactly that name; comments,
// markers (@revoked, @cert-authority) and malformed lines never match.
struct KnownHostsLine {
    QByteArray keyType;   // e.g. "ssh-ed25519"
    QByteArray keyBase64; // the key itself
};

// host as known_hosts spells it: "name" on port 22, "[name]:port" otherwise.
QString knownHostsName(const QString& host, unsigned int port);

// The key of the line if it is an entry for that name; empty keyType otherwise.
KnownHostsLine matchKnownHostsLine(const QByteArray& line, const QString& name);

// The command that removes the recorded keys of a name from a known_hosts file, quoted for a shell.
QString knownHostsRemoveCommand(const QString& name, const QString& file);

} // namespace puw
