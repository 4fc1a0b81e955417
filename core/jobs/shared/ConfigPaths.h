#pragma once

#include <QString>
#include <QStringList>

namespace puw {

// Which paths step 2 may read on old and write on new. The old host names the files a pattern matches;
// a host that lies (a compromised one) must not make the program write anywhere else on new, nor outside
// the session's folder on the admin's machine.
//
// Guarantee: a path passes only when it is absolute, has no ".", ".." or empty part, holds no control
// character, and matches one of the recipe's patterns (expanded for the old host) as the shell's glob
// would: "*", "?" and "[...]" never match a "/", nor a leading "." of a name.
namespace ConfigPaths {

// Empty when the path is safe to name on a host, else why not (for people).
QString unsafeReason(const QString& path);

// True when the path is one the (expanded) pattern names.
bool matches(const QString& path, const QString& pattern);
bool matchesAny(const QString& path, const QStringList& patterns);

// True when `path` is `folder` or inside it (both safe paths).
bool isInside(const QString& path, const QString& folder);

} // namespace ConfigPaths

} // namespace puw
