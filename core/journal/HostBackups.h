#pragma once

#include "JournalRecords.h"

#include <QList>

// The dumps the steps left on the hosts, as the journal's artefacts record them: what is still there to
// remove, and what the program removed since (a record of kind kRemovedKind names the same ROLE:PATH).
namespace puw::HostBackups {

// The kind of the record the removal writes, with the removed file's ROLE:PATH.
inline constexpr QLatin1String kRemovedKind{"host-backup-removed"};

// A dump on a host: kind backup or host-backup with a ROLE:PATH (ArtefactRecord::hostRole).
bool isOnHost(const ArtefactRecord& artefact);

// The dumps still on the hosts, in the order recorded: each one a removal record written after it does
// not name. The same ROLE:PATH recorded twice is listed once.
QList<ArtefactRecord> left(const QList<ArtefactRecord>& artefacts);

// The removal records, in the order written.
QList<ArtefactRecord> removed(const QList<ArtefactRecord>& artefacts);

} // namespace puw::HostBackups
