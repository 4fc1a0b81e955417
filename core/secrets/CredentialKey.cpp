#include "CredentialKey.h"

namespace puw {

namespace {

const QChar kSeparator = QLatin1Char(':');

bool isPurposeValid(const QString& purpose)
{
    if (purpose.isEmpty() || purpose.size() > 64)
        return false;
    for (const QChar c : purpose) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
        if (!allowed)
            return false;
    }
    return true;
}

bool isHostValid(const QString& host)
{
    // A lone surrogate would become U+FFFD in UTF-8: two different hosts, one key.
    if (host.trimmed().isEmpty() || host.size() > 1024 || !host.isValidUtf16())
        return false;
    for (const QChar c : host) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

QString CredentialKey::hostId(const QString& user, const QString& address, int port)
{
    QString host = address;
    if (host.contains(kSeparator) && !host.startsWith(QLatin1Char('[')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    QString id;
    if (!user.isEmpty())
        id = user + QLatin1Char('@');
    return id + host + kSeparator + QString::number(port > 0 ? port : 22);
}

CredentialKey CredentialKey::forHost(const QString& user, const QString& address, int port,
                                     const QString& purpose)
{
    return CredentialKey{hostId(user, address, port), purpose};
}

bool CredentialKey::isValid() const
{
    return isPurposeValid(purpose) && isHostValid(host);
}

QString CredentialKey::toString() const
{
    // The purpose never holds ':', so the first ':' always ends it, whatever the host holds.
    return purpose + kSeparator + host;
}

std::optional<CredentialKey> CredentialKey::fromString(const QString& text)
{
    const qsizetype separator = text.indexOf(kSeparator);
    if (separator <= 0)
        return std::nullopt;
    CredentialKey key{text.mid(separator + 1), text.left(separator)};
    if (!key.isValid())
        return std::nullopt;
    return key;
}

} // namespace puw
