// Test main for a keychain that exists but cannot keep secrets: PUW_KEYRING_MODE names the
// KeyringSession::Mode of the binary (one mode per process: libsecret keeps its bus connection).
#include "KeyringSession.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(
        new puw::test::KeyringEnvironment(puw::test::KeyringSession::Mode::PUW_KEYRING_MODE));
    return RUN_ALL_TESTS();
}
