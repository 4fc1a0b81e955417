#pragma once

#include <QByteArray>
#include <QString>

namespace puw {

// Configuration files are bytes; people read characters. These turn bytes into text for showing and
// naming only (never for writing): UTF-8 when the bytes are valid UTF-8, Latin-1 otherwise, so that every
// byte becomes exactly one visible character and nothing is replaced or dropped.
bool isValidUtf8(const QByteArray& bytes);
QString readableText(const QByteArray& bytes, bool utf8);
QString readableText(const QByteArray& bytes); // decides per call

} // namespace puw
