#pragma once

#include <QString>

namespace puw {

// A part of a file name made from a name the program does not control (a database called "a/b", "-rf",
// "../x" or holding a newline). Guarantee: the result is never empty, holds only ASCII letters, digits, '.',
// '_' and '-', does not begin with '-' or '.', and is at most 80 characters long; every other character
// becomes '_'. Two different names may give the same part: callers add what makes a file unique.
QString safeFileNamePart(const QString& name);

} // namespace puw
