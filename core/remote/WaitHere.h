#pragma once

#include "SshTypes.h"

#include <QFuture>

namespace puw {

// Waits for an SSH operation (a connection, a tunnel) in a local event loop of the calling thread, so that
// the objects of that thread go on working meanwhile; for the engine's thread, never the GUI thread.
RemoteError waitHere(QFuture<RemoteError> future);

} // namespace puw
