#pragma once

#include "jobs/JobContext.h"
#include "journal/JournalRecords.h"

#include <QList>

namespace puw {

// Step 1: nothing else listens on new where the new application will, so that step 5's start cannot fail
// on a port that is taken. The ports are those of the recipe's HTTP checks (the URLs where the application
// answers on its host), expanded for new; the listeners come from `ss -Htlnp` on new, read-only and without
// sudo (the process is named where ss may tell it: the login user's own processes, all of them as root).
namespace AppPortsCheck {

// One listening TCP socket: its local address ("0.0.0.0", "::", "*", "127.0.0.11") and port, and the
// processes ss named ("nginx (pid 812)"), empty where it could not tell.
struct Listener {
    QString address;
    int port = 0;
    QStringList processes;
};
// `ss -Htln` or `ss -Htlnp` output (with or without its State column); the error: a line it cannot read.
Expected<QList<Listener>, QString> parseSs(const QString& output);

// Where the application will listen: a port and the host its check's URL names (as seen on new).
struct AppPort {
    int port = 0;
    QString host;
};
// Whether that listener takes the application's port. A wildcard listener always does; one bound to a
// single address only when the URL names that address, or names a host by name (which address it binds is
// not known then). A listener on another address of the host does not: machines that share one network
// (containers, the sandbox) each bind their own address to the same port. An application that binds every
// address would still fail on it; that is not told apart here.
bool takes(const Listener& listener, const AppPort& port);

// The ports of the recipe's HTTP checks for new, each once.
QList<AppPort> applicationPorts(JobContext& ctx);

// One record per port (kind "port"), in port order; none when the recipe has no HTTP check, or in a dry run
// (where ss is listed, not run). A port some other listener takes fails with the port, the process when
// known and the fix, unless the recipe's services all run on new already (a previous step 5): then the
// listener is taken to be the new application itself and the check passes, saying so.
QList<CheckRecord> checks(JobContext& ctx);

} // namespace AppPortsCheck

} // namespace puw
