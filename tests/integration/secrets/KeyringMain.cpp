// Test main for the suites that talk to a real Secret Service: one private keyring per process.
#include "KeyringSession.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new puw::test::KeyringEnvironment);
    return RUN_ALL_TESTS();
}
