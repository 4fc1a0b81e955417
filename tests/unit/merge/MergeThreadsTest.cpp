// Step 2 may merge files while another thread does too: libgit2's set-up is shared and counted.
#include "MergeFixtures.h"
#include "merge/MergeResolution.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace puw;
using namespace puw::test;

TEST(MergeThreads, MergesInSeveralThreadsAtOnceAllGiveTheSameFile)
{
    const QByteArray base = fixture("demo-v1.default.conf");
    const QByteArray old = fixture("demo-old.conf");
    const QByteArray fresh = fixture("demo-v2.default.conf");
    const QByteArray expected = fixture("demo-merged.conf");
    std::atomic<int> right = 0;
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            // Each merge sets libgit2 up and tears it down; the threads overlap in every order.
            for (int i = 0; i < 50; ++i) {
                const auto result = mergeThreeWay(base, old, fresh);
                const auto file = result.ok()
                                      ? resolveHeadless(result.value(), ConflictPolicy::Fail)
                                      : Expected<ResolvedFile, UnresolvedConflicts>(UnresolvedConflicts{});
                ++(file.ok() && file.value().text == expected ? right : wrong);
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(wrong.load(), 0);
    EXPECT_EQ(right.load(), 200);
}
