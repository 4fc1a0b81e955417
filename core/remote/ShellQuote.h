#pragma once

#include <QString>
#include <QStringList>

namespace puw {

// Quotes one argument for a POSIX shell: the shell on the remote host sees exactly this text as one word,
// whatever it contains (quotes, $(), backticks, ;, newlines, a leading -, non-ASCII, or nothing at all).
QString shellQuote(const QString& argument);

// Builds a remote command line from an argument list. Every command sent to a remote host is built here.
QString shellJoin(const QStringList& arguments);

} // namespace puw
