#include <QCoreApplication>

#include <gtest/gtest.h>

// Results come back through queued signals: the tests need a QCoreApplication in the main thread.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
