#include "KnownHostsLine.h"

#include "ShellQuote.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace puw {

namespace {
bool hashedNameMatches(const QByteArray& field, const QByteArray& name)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, name))
    const QList<QByteArray> parts = field.split('|');
    if (parts.size() != 4 || !parts[0].isEmpty() || parts[1] != "1")
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2]);
    const QByteArray hash = QByteArray::fromBase64(parts[3]);
    if (salt.isEmpty() || hash.isEmpty())
        return false;
    return QMessageAuthenticationCode::hash(name, salt, QCryptographicHash::Sha1) == hash;
}
} // namespace

QString knownHostsName(const QString& host, unsigned int port)
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

KnownHostsLine matchKnownHostsLine(const QByteArray& line, const QString& name)
{
    const QList<QByteArray> fields = line.simplified().split(' ');
    if (fields.size() < 3 || fields[0].startsWith('#') || fields[0].startsWith('@'))
        return {};
    const QByteArray wanted = name.toUtf8();
    const bool matches = fields[0].startsWith('|') ? hashedNameMatches(fields[0], wanted)
                                                   : fields[0].split(',').contains(wanted);
    if (!matches)
        return {};
    return {fields[1], fields[2]};
}

namespace {
// As a person would type it: plain words bare, anything a shell would read otherwise quoted.
QString readableWord(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    return plain.match(word).hasMatch() ? word : shellQuote(word);
}
} // namespace

QString knownHostsRemoveCommand(const QString& name, const QString& file)
{
    return QStringList{QStringLiteral("ssh-keygen"), QStringLiteral("-R"), readableWord(name),
                       QStringLiteral("-f"), readableWord(file)}
        .join(QLatin1Char(' '));
}

} // namespace puw
