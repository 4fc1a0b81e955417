#include "HostRole.h"

namespace puw {

QString hostRoleLabel(HostRole role)
{
    switch (role) {
    case HostRole::Old:
        return QStringLiteral("old");
    case HostRole::New:
        return QStringLiteral("new");
    case HostRole::Proxy:
        return QStringLiteral("proxy");
    }
    return {};
}

} // namespace puw
