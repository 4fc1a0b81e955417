#include "PrivateMounts.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace {
bool g_privateMounts = false;
}

bool puw::test::havePrivateMounts()
{
    return g_privateMounts;
}

int main(int argc, char** argv)
{
    // Before any thread starts: a mount namespace of our own, with nothing propagated back to the machine.
    g_privateMounts = geteuid() == 0 && unshare(CLONE_NEWNS) == 0 &&
                      mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
