#pragma once

#include "jobs/JobContext.h"

#include <QString>
#include <QStringList>

namespace puw {

// One configuration file (or folder) as found on a host, without following a symbolic link.
struct ConfigFileState {
    enum class Kind { Missing, File, Folder, Link, Other };
    Kind kind = Kind::Missing;
    QString mode; // octal, e.g. "640"
    QString owner;
    QString group;
    qint64 size = 0;
    QString sha256;     // a file's content
    QString linkTarget; // Kind::Link: where the link points (never followed)
    bool exists() const { return kind != Kind::Missing; }
};

// Step 2's reads on the hosts. Every read goes through JobContext (recorded, cancellable, dry-run aware);
// the bytes of a file go through its data door, so neither the journal nor the report holds them.
//
// Guarantee: nothing is read through a symbolic link: a file or folder that is one is reported as a
// Link with its target, and the bytes are read with O_NOFOLLOW (dd iflag=nofollow) after the check; what
// is returned is checked against the SHA-256 and size the inspection found, so the metadata and the size
// limit belong to the bytes that were read.
namespace ConfigRead {

// The paths a pattern (a path or a shell glob, expanded for the old host) names on the old host, each
// checked against the pattern (ConfigPaths): a path the host gives that the pattern does not name is an
// error naming it. Folders: `folders` true.
QStringList find(JobContext& ctx, const QString& pattern, bool folders, QString* error);

ConfigFileState inspect(JobContext& ctx, HostRole role, const QString& path, QString* error);

// The bytes of a regular file whose inspection gave `state` (at most maxBytes).
QByteArray readFile(JobContext& ctx, HostRole role, const QString& path, const ConfigFileState& state,
                    qint64 maxBytes, QString* error);

// A folder as a tar archive (owners by name, modes, links kept as links), at most maxBytes.
QByteArray readFolder(JobContext& ctx, HostRole role, const QString& path, qint64 maxBytes, QString* error);

// A sentence for a path that is a link: it is refused, with its target.
QString refusedLink(HostRole role, const QString& path, const QString& target);

} // namespace ConfigRead

} // namespace puw
