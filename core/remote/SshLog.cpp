#include "SshLog.h"

namespace puw {

Q_LOGGING_CATEGORY(lcSsh, "puw.ssh", QtInfoMsg)

} // namespace puw
