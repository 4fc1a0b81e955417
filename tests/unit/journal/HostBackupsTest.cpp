// What the summary page and the report say is still on the hosts: every dump recorded there, less what a
// removal record names after it; a dump recorded again after its removal is there again.
#include "journal/HostBackups.h"

#include <gtest/gtest.h>

using namespace puw;

namespace {
ArtefactRecord record(const QString& kind, const QString& path)
{
    ArtefactRecord artefact;
    artefact.kind = kind;
    artefact.path = path;
    return artefact;
}

QStringList paths(const QList<ArtefactRecord>& records)
{
    QStringList result;
    for (const ArtefactRecord& r : records)
        result.append(r.path);
    return result;
}
} // namespace

TEST(HostBackups, LeftListsTheDumpsOnHostsLessThoseRemovedSince)
{
    const QList<ArtefactRecord> artefacts{
        record(QStringLiteral("backup"), QStringLiteral("/home/admin/session/backups/a.dump")), // local copy
        record(QStringLiteral("host-backup"), QStringLiteral("new:/var/tmp/p/a.dump")),
        record(QStringLiteral("config-copy"), QStringLiteral("new:/etc/demo/demo.conf")),
        record(QStringLiteral("host-backup"), QStringLiteral("new:/var/tmp/p/b.dump")),
        record(QStringLiteral("backup"), QStringLiteral("new:/var/tmp/p/rollback.dump")), // the rollback's
        record(QString(HostBackups::kRemovedKind), QStringLiteral("new:/var/tmp/p/a.dump")),
        record(QString(HostBackups::kRemovedKind), QStringLiteral("new:/var/tmp/p/b.dump")),
        record(QStringLiteral("host-backup"), QStringLiteral("new:/var/tmp/p/b.dump")), // made again later
    };
    EXPECT_EQ(paths(HostBackups::left(artefacts)),
              (QStringList{QStringLiteral("new:/var/tmp/p/rollback.dump"),
                           QStringLiteral("new:/var/tmp/p/b.dump")}));
    EXPECT_EQ(paths(HostBackups::removed(artefacts)), (QStringList{QStringLiteral("new:/var/tmp/p/a.dump"),
                                                                   QStringLiteral("new:/var/tmp/p/b.dump")}));
}

TEST(HostBackups, ADumpRecordedTwiceIsListedOnce)
{
    const QList<ArtefactRecord> artefacts{
        record(QStringLiteral("host-backup"), QStringLiteral("new:/var/tmp/p/a.dump")),
        record(QStringLiteral("host-backup"), QStringLiteral("new:/var/tmp/p/a.dump")),
    };
    EXPECT_EQ(HostBackups::left(artefacts).size(), 1);
}
