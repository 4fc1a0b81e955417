// What a backup leaves on the new host is recorded with that host and its path, beside the local copy, so
// that the report can list it for removal: the promoted dump (complete, with its size and SHA-256), or the
// .partial where the stream stopped. Local shells; a stand-in pg_restore verifies the dump.
#include "JobFlowWorld.h"

#include "database/DatabaseAdapter.h"
#include "jobs/HostPool.h"
#include "jobs/shared/DatabaseSteps.h"

#include <QCryptographicHash>
#include <QFile>

#include <gtest/gtest.h>

#include <atomic>

using namespace puw;
using namespace puw::test;
using DatabaseSteps::BackupKind;

namespace {

// The database password the adapter asks for; never used here (nothing logs in).
struct FixedPassword : SecretProvider {
    std::optional<QString> secret(const QString&, const QString&) override { return QStringLiteral("pw"); }
};

class HostBackupRecord : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(world.isValid()) << world.setupError().toStdString();
        hosts = std::make_unique<HostPool>(world.plan(), HostPool::localConnector());
        context = std::make_unique<JobContext>(
            StepId::RehearsalBackup, world.plan(), world.binding(), *hosts,
            [this](const JobEvent& event) {
                if (const ArtefactRecord* artefact = event.as<ArtefactRecord>())
                    artefacts.append(*artefact);
            },
            cancelled, world.path(QStringLiteral("backups")), false);
        context->setSecretProvider(&password);
    }

    // A dump the new host keeps, at its final path.
    QString writeDump(const QByteArray& bytes) const
    {
        const QString path = world.path(QStringLiteral("app-rehearsal-20261204-101500.dump"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        return path;
    }

    JobFlowWorld world;
    FixedPassword password;
    std::unique_ptr<HostPool> hosts;
    std::atomic<bool> cancelled{false};
    std::unique_ptr<JobContext> context;
    QList<ArtefactRecord> artefacts;
};

TEST_F(HostBackupRecord, APromotedDumpIsRecordedOnTheNewHostWithItsSizeAndHash)
{
    const QByteArray bytes("a complete dump");
    const QString path = writeDump(bytes);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    // The verification reads the whole dump with pg_restore: here a stand-in that accepts it.
    QFile standIn(world.path(QStringLiteral("bin/pg_restore")));
    ASSERT_TRUE(standIn.open(QIODevice::WriteOnly) && standIn.write("#!/bin/sh\nexit 0\n") > 0);
    standIn.close();
    standIn.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
    const QByteArray path0 = qgetenv("PATH");
    qputenv("PATH", world.path(QStringLiteral("bin")).toUtf8() + ':' + path0);
    auto newDb = DatabaseSteps::adapterFor(*context, HostRole::New);
    ASSERT_TRUE(newDb.ok()) << newDb.error().toStdString();
    auto promoted = newDb.value()->verifyExisting(context->recordedShell(HostRole::New), path, sha);
    qputenv("PATH", path0);
    ASSERT_TRUE(promoted.ok()) << promoted.error().toStdString();

    DatabaseSteps::detail::RelayRun run;
    run.result.ok = true;
    run.result.bytes = bytes.size();
    run.result.sha256 = sha;
    const QString localCopy = world.path(QStringLiteral("backups/app-rehearsal-20261204-101500.dump"));
    DatabaseSteps::detail::recordBackup(*context, BackupKind::Rehearsal, localCopy, run,
                                        PartialDump::forFinalPath(path).value(), &promoted.value());

    ASSERT_EQ(artefacts.size(), 2);
    EXPECT_EQ(artefacts.at(0).kind, QStringLiteral("backup"));
    EXPECT_EQ(artefacts.at(0).path, localCopy);
    EXPECT_TRUE(artefacts.at(0).hostRole().isEmpty()) << "the local copy is on this machine";
    const ArtefactRecord& onHost = artefacts.at(1);
    EXPECT_EQ(onHost.kind, QStringLiteral("host-backup"));
    EXPECT_EQ(onHost.step, StepId::RehearsalBackup);
    EXPECT_EQ(onHost.path, QStringLiteral("new:") + path);
    EXPECT_EQ(onHost.hostRole(), QStringLiteral("new"));
    EXPECT_EQ(onHost.hostPath(), path);
    EXPECT_EQ(onHost.sizeBytes, bytes.size());
    EXPECT_EQ(onHost.sha256, sha);
    EXPECT_TRUE(onHost.complete);
}

TEST_F(HostBackupRecord, AStreamThatStoppedLeavesItsPartialFileOnRecord)
{
    const QString finalPath = world.path(QStringLiteral("app-final-20261204-101500.dump"));
    DatabaseSteps::detail::RelayRun run;
    run.result.ok = false;
    run.result.bytes = 4096;
    DatabaseSteps::detail::recordBackup(*context, BackupKind::Final, world.path(QStringLiteral("local.dump")),
                                        run, PartialDump::forFinalPath(finalPath).value(), nullptr);

    ASSERT_EQ(artefacts.size(), 2);
    EXPECT_FALSE(artefacts.at(0).complete);
    const ArtefactRecord& onHost = artefacts.at(1);
    EXPECT_EQ(onHost.hostRole(), QStringLiteral("new"));
    EXPECT_EQ(onHost.hostPath(), finalPath + QStringLiteral(".partial"));
    EXPECT_FALSE(onHost.complete);
    EXPECT_EQ(onHost.sizeBytes, -1) << "what reached the host is not known here";
}

} // namespace
