#pragma once

#include <QByteArray>

#include <optional>

namespace puw {

// The line a remote command's wrapper prints before the command's own output: "puw-pid N". Lines a login
// script prints come before it and are not the pid.
inline constexpr const char* remotePidPrefix = "puw-pid ";

// The pid of a "puw-pid N" line. Guarantee: only a plain decimal number above 1 is ever returned, so that the
// kill sent on cancel can only name one real process (never "-1", "0", init, an empty word or other text).
std::optional<qint64> parseRemotePid(const QByteArray& line);

} // namespace puw
