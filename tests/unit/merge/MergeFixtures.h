#pragma once

#include "merge/ThreeWayMerge.h"

#include <QByteArray>

#include <gtest/gtest.h>

#include <ostream>

// Readable failures: gtest prints these as text rather than as bytes.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QByteArray& bytes, std::ostream* out)
{
    *out << '"' << bytes.toStdString() << '"';
}

namespace puw::test {

// A file of tests/unit/merge/fixtures, as bytes (a missing file fails the test that asks for it).
QByteArray fixture(const char* name);

// The same text with every "\n" written as "\r\n".
QByteArray crlf(QByteArray text);

// The merge of three fixtures (old's default, old's file, new's default); fails the test on an error.
MergeResult merged(const QByteArray& oldDefault, const QByteArray& oldFile, const QByteArray& newDefault);

// How many hunks of that kind the merge found.
qsizetype countKind(const MergeResult& result, ChangeKind kind);

} // namespace puw::test
