// TeeWriter: hash and file written in a thread of their own, bounded, exact, and never a half file.
#include "remote/TeeWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <thread>

using namespace puw;

namespace {

QStringList entries(const QString& path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

bool waitDone(TeeWriter& writer)
{
    QFuture<bool> future = writer.future();
    future.waitForFinished();
    return future.resultCount() > 0 && future.result();
}

TEST(TeeWriter, WritesHashesAndRenamesIntoPlaceWithTheMode)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.bin"));
    TeeWriter writer(path, 1024 * 1024);
    ASSERT_TRUE(writer.open());
    EXPECT_FALSE(QFile::exists(path)) << "the name appears only once complete";
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray all;
    for (int i = 0; i < 200; ++i) {
        const QByteArray chunk(1000 + i, static_cast<char>(i));
        while (!writer.hasRoom())
            QThread::msleep(1);
        ASSERT_TRUE(writer.push(chunk));
        hash.addData(chunk);
        all += chunk;
    }
    bool called = false;
    writer.setDoneCallback([&](bool ok, const QString&) { called = ok; });
    writer.finish(0640);
    ASSERT_TRUE(waitDone(writer)) << writer.failure().toStdString();
    EXPECT_TRUE(called);
    EXPECT_EQ(writer.sha256Hex().toLatin1(), hash.result().toHex());
    EXPECT_EQ(writer.bytesWritten(), all.size());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), all);
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0640u);
    EXPECT_EQ(entries(dir.path()), QStringList({QStringLiteral("copy.bin")}));
}

TEST(TeeWriter, HashOnlyWithoutAPath)
{
    TeeWriter writer;
    ASSERT_TRUE(writer.open());
    writer.push("hello ");
    writer.push("world\n");
    writer.finish();
    ASSERT_TRUE(waitDone(writer));
    EXPECT_EQ(writer.sha256Hex(),
              QStringLiteral("a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447"));
}

TEST(TeeWriter, DiskFullFailsNamingTheFile)
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        GTEST_SKIP() << "no /dev/full";
    TeeWriter writer(QStringLiteral("/dev/full"), 64 * 1024);
    ASSERT_TRUE(writer.open());
    int roomWakes = 0;
    writer.setRoomWaker([&] { ++roomWakes; });
    QString reported;
    writer.setDoneCallback([&](bool ok, const QString& failure) { reported = ok ? QString() : failure; });
    writer.push(QByteArray(100000, 'x'));
    EXPECT_FALSE(waitDone(writer));
    EXPECT_TRUE(writer.failed());
    EXPECT_TRUE(writer.failure().contains(QStringLiteral("/dev/full"))) << writer.failure().toStdString();
    EXPECT_EQ(reported, writer.failure());
    EXPECT_GE(roomWakes, 1) << "a producer waiting for room must learn about the failure";
    EXPECT_TRUE(writer.hasRoom());
    EXPECT_FALSE(writer.push("more"));
}

TEST(TeeWriter, UnwritableFolderFailsAtOpen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/copy.bin"));
    TeeWriter writer(path);
    EXPECT_FALSE(writer.open());
    EXPECT_TRUE(writer.failure().contains(path)) << writer.failure().toStdString();
}

TEST(TeeWriter, AbortLeavesNothingAndKeepsAnOldFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.bin"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("previous complete copy");
    }
    TeeWriter writer(path);
    ASSERT_TRUE(writer.open());
    writer.push(QByteArray(500000, 'y'));
    writer.abort(QStringLiteral("sender died"));
    EXPECT_FALSE(waitDone(writer));
    EXPECT_FALSE(writer.failed()) << "an abort is not the tee's own failure";
    EXPECT_EQ(entries(dir.path()), QStringList({QStringLiteral("copy.bin")}));
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), "previous complete copy");
}

TEST(TeeWriter, DestroyedUnfinishedRemovesItsTemporaryFile)
{
    QTemporaryDir dir;
    {
        TeeWriter writer(dir.filePath(QStringLiteral("copy.bin")));
        ASSERT_TRUE(writer.open());
        writer.push("some");
    }
    EXPECT_TRUE(entries(dir.path()).isEmpty());
}

TEST(TeeWriter, QueueIsBounded)
{
    QTemporaryDir dir;
    TeeWriter writer(dir.filePath(QStringLiteral("copy.bin")), 256 * 1024);
    ASSERT_TRUE(writer.open());
    const QByteArray chunk(64 * 1024, 'z');
    for (int i = 0; i < 2000; ++i) {
        while (!writer.hasRoom())
            std::this_thread::yield();
        ASSERT_TRUE(writer.push(chunk));
    }
    writer.finish();
    ASSERT_TRUE(waitDone(writer));
    EXPECT_LE(writer.peakQueuedBytes(), 256 * 1024 + chunk.size());
    EXPECT_EQ(writer.bytesWritten(), 2000 * chunk.size());
}

} // namespace
