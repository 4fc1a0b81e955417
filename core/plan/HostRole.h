#pragma once

#include <QString>

namespace puw {

// Which of the plan's hosts: the one running the old version, the one receiving the new version, and
// the reverse proxy that routes users to one of them.
enum class HostRole { Old, New, Proxy };

// "old", "new", "proxy": the label of the host in the journal, the logs and the session values.
QString hostRoleLabel(HostRole role);

} // namespace puw
