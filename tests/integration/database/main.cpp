#include <QCoreApplication>

#include <gtest/gtest.h>

// LocalShell uses QProcess: the tests run inside a QCoreApplication, as the program does.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
