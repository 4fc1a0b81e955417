#pragma once

#include "ConfigRead.h"
#include "jobs/JobContext.h"

#include <QByteArray>
#include <QString>

namespace puw {

// Step 2's writes on the new host.
//
// Guarantee: nothing is written through a symbolic link. A file is written under `umask 077` to a name
// `mktemp` makes in the target's own folder, given its owner (`chown -h`) and mode, then renamed over
// the target (`mv -T`): a link planted at the target is replaced by the file, never followed. The
// target's original (a file or a link) is kept once as FILE.puw-original, by a hard link, so the
// original's bytes are not read or copied. A folder is unpacked the same way into a fresh `mktemp -d`
// folder beside the target, then renamed into place; the original folder (or link) becomes
// FOLDER.puw-original the first time, and a later copy replaces the earlier copy.
//
// Links inside a folder are recreated as links, with the same target text (not refused, not followed).
// Why: certificate folders (certbot's live/ pointing into archive/, Parsec's tls/) are laid out with
// links, so refusing them would make those folders uncopyable, and following them on old would copy
// whatever they point at, possibly outside the folder (/etc/shadow). tar stores a link as a link; on new
// the archive is unpacked into a fresh folder nothing else writes, and GNU tar creates a link that
// points outside it only after every other member, so no member of the archive is written through one.
// A link keeps its target text: an absolute one names the same path on new.
namespace ConfigInstall {

// Writes `content` at `path` with the owner, group and mode of `source` (checked: an octal mode, names
// without spaces). Returns the SHA-256 the new host computed of the written file, or empty and *error.
QString writeFile(JobContext& ctx, const QString& path, const ConfigFileState& source,
                  const QByteArray& content, QString* error);

// Unpacks a folder's tar archive (ConfigRead::readFolder) at `path`: owners, modes and links inside as
// the archive has them. Returns false and *error on failure.
bool writeFolder(JobContext& ctx, const QString& path, const QByteArray& archive, QString* error);

} // namespace ConfigInstall

} // namespace puw
