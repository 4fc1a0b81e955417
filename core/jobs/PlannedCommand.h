#pragma once

#include "plan/HostRole.h"

#include <QByteArray>
#include <QString>

namespace puw {

// How a command of a dry run would run, beyond the line its record shows: for tools that run the same
// commands elsewhere (the Ansible export). Known only in a dry run, where no secret is known either: a
// password a command reads first on its standard input is the dry run's placeholder there, and
// secretPurpose names the secret it stands for.
struct PlannedCommand {
    enum class Kind {
        Line,        // a command line run on the host
        DataRead,    // the same; its standard output is data the program reads and decides on
        RelaySource, // its standard output streams through this program into the RelaySink after it
        RelaySink,   // reads on its standard input what the RelaySource before it printed
    };
    Kind kind = Kind::Line;
    HostRole role = HostRole::Old;
    QString commandLine;   // as the host's shell runs it, without sudo
    bool sudo = false;     // runs as root
    QString secretPurpose; // not empty: stdin starts with that secret's line ("db-password")
    QByteArray input;      // what stdin carries after the secret's line (an SQL script); never a secret
    int timeoutMs = -1;    // 0: none; -1: the recipe's command timeout
    // Changes nothing on its host (a probe, a read of data, a check): a data read always, any other
    // command only where the job says so (JobContext::ReadOnlyCommands). Ansible's check mode runs it.
    bool readOnly = false;
};

// The placeholder a dry run reads a password as: it never asks for one.
inline const QString kDryRunSecret = QStringLiteral("dry-run");
// The SHA-256 a dry run gives a relayed stream it did not run (commands after it name it).
inline const QString kDryRunSha256 = QStringLiteral("<sha256>");

} // namespace puw
