#pragma once

#include <QByteArray>
#include <QString>

namespace puw {

// The copies of configuration files step 2 keeps on the admin's machine (for the side-by-side view and
// the report). They hold the application's own secrets (database passwords), so:
//
// Guarantee: a copy lands at <backupDir>/config/<side>/<host path>, and only there: the host path must be
// safe (ConfigPaths::unsafeReason), every folder on the way is made (or found) as a real folder, never
// followed through a symbolic link, and left 0700; the file is written under a temporary name, 0600, then
// renamed over the target, so a link planted at the target is replaced, not written through.
namespace LocalConfigCopy {

// The local path of the copy, or an empty string and the reason in *error.
QString write(const QString& backupDir, const QString& side, const QString& hostPath,
              const QByteArray& content, QString* error);

} // namespace LocalConfigCopy

} // namespace puw
