#pragma once

#include <QLoggingCategory>

namespace puw {

// Connection events of the SSH layer: connect, host key, authentication method, channels, keepalives, loss.
// Never secrets, never stdin, never command lines (they may hold values the caller did not mark secret).
// Info and above are on by default; enable debug with QT_LOGGING_RULES="puw.ssh.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSsh)

} // namespace puw
