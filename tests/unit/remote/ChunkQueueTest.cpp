// ChunkQueue: the bounded queue between two hosts' workers (capacity, backpressure, wakers, failure).
#include "remote/ByteStreams.h"

#include <gtest/gtest.h>

#include <thread>

using namespace puw;

namespace {

TEST(ChunkQueue, RoomUntilCapacityThenBackpressure)
{
    ChunkQueue queue(1000);
    int roomWakes = 0, dataWakes = 0;
    queue.setRoomWaker([&] { ++roomWakes; });
    queue.setDataWaker([&] { ++dataWakes; });
    EXPECT_TRUE(queue.hasRoom());
    EXPECT_TRUE(queue.write(QByteArray(600, 'a')));
    EXPECT_TRUE(queue.hasRoom());
    EXPECT_TRUE(queue.write(QByteArray(600, 'b'))); // a chunk may overshoot the capacity once
    EXPECT_FALSE(queue.hasRoom()) << "the producer must stop reading";
    EXPECT_EQ(dataWakes, 2);
    EXPECT_EQ(queue.peakBytes(), 1200);

    QByteArray chunk;
    ASSERT_EQ(queue.take(&chunk), ByteSource::Pull::Data);
    EXPECT_EQ(chunk, QByteArray(600, 'a'));
    EXPECT_EQ(roomWakes, 1);
    EXPECT_TRUE(queue.hasRoom());
    ASSERT_EQ(queue.take(&chunk), ByteSource::Pull::Data);
    EXPECT_EQ(chunk, QByteArray(600, 'b'));
    EXPECT_EQ(queue.take(&chunk), ByteSource::Pull::Wait);
    queue.finish();
    EXPECT_EQ(queue.take(&chunk), ByteSource::Pull::End);
    EXPECT_EQ(dataWakes, 3);
}

TEST(ChunkQueue, OrderKeptAndEndOnlyAfterTheLastChunk)
{
    ChunkQueue queue(100);
    queue.write("one");
    queue.write("two");
    queue.finish();
    QByteArray chunk;
    ASSERT_EQ(queue.take(&chunk), ByteSource::Pull::Data);
    EXPECT_EQ(chunk, "one");
    ASSERT_EQ(queue.take(&chunk), ByteSource::Pull::Data);
    EXPECT_EQ(chunk, "two");
    EXPECT_EQ(queue.take(&chunk), ByteSource::Pull::End);
}

TEST(ChunkQueue, ProducerFailureDropsTheRestAndIsNeverAnEnd)
{
    ChunkQueue queue(100);
    queue.write("partial");
    queue.fail(QStringLiteral("sender died"));
    queue.finish(); // even a later finish cannot turn it into a complete stream
    QByteArray chunk;
    EXPECT_EQ(queue.take(&chunk), ByteSource::Pull::Failed);
    EXPECT_EQ(queue.failure(), QStringLiteral("sender died"));
}

TEST(ChunkQueue, ConsumerAbandonStopsTheProducer)
{
    ChunkQueue queue(10);
    int roomWakes = 0;
    queue.setRoomWaker([&] { ++roomWakes; });
    queue.write(QByteArray(20, 'x'));
    EXPECT_FALSE(queue.hasRoom());
    queue.abandon(QStringLiteral("receiver exited"));
    EXPECT_TRUE(queue.abandoned());
    EXPECT_EQ(roomWakes, 1) << "a producer waiting for room must wake up to see the abandon";
    EXPECT_TRUE(queue.hasRoom()) << "so that it does not wait for room forever";
    EXPECT_FALSE(queue.write("more"));
    EXPECT_EQ(queue.failure(), QStringLiteral("receiver exited"));
}

TEST(ChunkQueue, ConcurrentProducerNeverExceedsCapacityPlusOneChunk)
{
    constexpr qsizetype capacity = 64 * 1024;
    constexpr qsizetype chunkSize = 4096;
    constexpr int chunks = 5000;
    ChunkQueue queue(capacity);
    std::thread producer([&] {
        for (int i = 0; i < chunks; ++i) {
            while (!queue.hasRoom())
                std::this_thread::yield();
            queue.write(QByteArray(chunkSize, static_cast<char>(i % 251)));
        }
        queue.finish();
    });
    qint64 received = 0;
    int index = 0;
    bool inOrder = true;
    for (;;) {
        QByteArray chunk;
        const ByteSource::Pull pull = queue.take(&chunk);
        if (pull == ByteSource::Pull::End)
            break;
        if (pull == ByteSource::Pull::Wait) {
            std::this_thread::yield();
            continue;
        }
        inOrder = inOrder && chunk.at(0) == static_cast<char>(index++ % 251);
        received += chunk.size();
    }
    producer.join();
    EXPECT_TRUE(inOrder);
    EXPECT_EQ(received, qint64(chunks) * chunkSize);
    EXPECT_LE(queue.peakBytes(), capacity + chunkSize);
}

} // namespace
