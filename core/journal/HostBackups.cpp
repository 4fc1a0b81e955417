#include "HostBackups.h"

namespace puw::HostBackups {

bool isOnHost(const ArtefactRecord& artefact)
{
    const bool dump =
        artefact.kind == QLatin1String("backup") || artefact.kind == QLatin1String("host-backup");
    return dump && !artefact.hostRole().isEmpty();
}

QList<ArtefactRecord> left(const QList<ArtefactRecord>& artefacts)
{
    QList<ArtefactRecord> result;
    for (const ArtefactRecord& artefact : artefacts) {
        const auto samePath = [&artefact](const ArtefactRecord& listed) {
            return listed.path == artefact.path;
        };
        if (artefact.kind == kRemovedKind) {
            result.removeIf(samePath);
        } else if (isOnHost(artefact)) {
            // A later record of the same file (a retried step) replaces the earlier one.
            result.removeIf(samePath);
            result.append(artefact);
        }
    }
    return result;
}

QList<ArtefactRecord> removed(const QList<ArtefactRecord>& artefacts)
{
    QList<ArtefactRecord> result;
    for (const ArtefactRecord& artefact : artefacts) {
        if (artefact.kind == kRemovedKind)
            result.append(artefact);
    }
    return result;
}

} // namespace puw::HostBackups
