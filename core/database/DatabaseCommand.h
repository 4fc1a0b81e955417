#pragma once

#include "remote/HostShell.h"
#include "remote/SshTypes.h"

#include <QByteArray>
#include <QString>

namespace puw {

// A command line built by a database adapter, ready for a HostShell or a StreamRelay. Every value in
// commandLine went through shellQuote/shellJoin. A password never appears in commandLine: it is the
// first line of secretInput, which the command reads before anything else.
struct DatabaseCommand {
    QString commandLine;
    QByteArray secretInput; // written first on stdin (a password line); never logged
    QByteArray input;       // written next: an SQL script the command reads, if any
    bool sudo = false;      // runs as root (the local administrator's path)

    // For HostShell::run. moreInput follows secretInput and input on stdin.
    ShellRequest request(int timeoutMs = 0, const QByteArray& moreInput = {}) const;

    // For one side of a StreamRelay (remote/StreamRelay.h). A sudo command goes through `sudo -n` when
    // sudoPasswordLine is empty (the host needs none), else through `sudo -k -S -p ''` with that line
    // first on stdin: sudo reads it byte by byte, so the password lines and data after it stay whole.
    CommandSpec relaySpec(int timeoutMs = 0, const QByteArray& sudoPasswordLine = {}) const;

    // The command for logs and dry runs: the command line, plus what stdin carries (never the secret).
    QString display() const;
};

} // namespace puw
