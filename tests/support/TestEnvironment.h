#pragma once

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace puw::test {

// True when CI=true: there, a missing prerequisite is a failure, never a skip.
bool runningInCi();

// Absolute path of a program found in PATH or the usual sbin folders, or empty.
QString findProgram(const QString& name);

// Runs a local command to completion; returns its exit code (-1 if it could not start).
int runLocal(const QString& program, const QStringList& arguments, QString* output = nullptr,
             int timeoutMs = 60000);

} // namespace puw::test

// Use at the top of a test that needs something from the machine (a server binary, root, a display).
// Outside CI the test is skipped with the reason; in CI it fails, because CI must have everything.
#define PUW_REQUIRE(condition, reason)                                                                       \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            if (::puw::test::runningInCi())                                                                  \
                FAIL() << "missing prerequisite in CI: " << (reason);                                        \
            else                                                                                             \
                GTEST_SKIP() << "missing prerequisite: " << (reason);                                        \
        }                                                                                                    \
    } while (false)
