#include "ReadableText.h"

#include <QStringDecoder>

namespace puw {

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

QString readableText(const QByteArray& bytes, bool utf8)
{
    if (!utf8)
        return QString::fromLatin1(bytes);
    // A byte order mark stays a character, so that positions in the text match the file's lines.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

QString readableText(const QByteArray& bytes)
{
    return readableText(bytes, isValidUtf8(bytes));
}

} // namespace puw
