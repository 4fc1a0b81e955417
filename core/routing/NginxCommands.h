#pragma once

#include <QString>
#include <QStringList>

namespace puw {

// The shell command lines of the nginx switch, one function each, so that the dry run can list them and
// tests can run them against hostile paths. Every path goes through shellQuote.
namespace nginx_commands {

// Beside the upstream file: the previous version (kept for the revert) and the temporary new one.
QString backupPath(const QString& file);
QString temporaryPath(const QString& file);

// Prints the file's real path (symbolic links resolved), then "backup" or "no-backup", then "present" and
// the file's content, or "absent".
QString inspect(const QString& file);
// Copies the file to its backup, keeping owner and mode.
QString backup(const QString& file);
// Writes standard input to the temporary file (with the current file's owner and mode), then renames it
// over the file: there is never a half-written upstream file.
QString write(const QString& file);
// Puts the backup back the same way (or removes the file when there was none before the switch).
QString restore(const QString& file, bool hadPrevious);

// The rehearsal's test of a new upstream, which touches nothing nginx serves from: copies nginx's whole
// configuration folder (that of the test command's -c, else `nginx -V`'s --conf-path; links followed) into a
// temporary folder, points the copy's absolute paths at the copy, writes standard input over the copy of the
// upstream file, and runs the test command with `-c` on the copy's main file; the folder is removed whatever
// happens. Exit status and output are the test command's (2 when the copy could not be made).
QString testCopy(const QString& file, const QStringList& testCommand);

} // namespace nginx_commands

} // namespace puw
