#include "Redactor.h"

#include <QMutexLocker>

#include <algorithm>

namespace puw {

void Redactor::addSecret(const QString& secret)
{
    // Very short values would mask ordinary words everywhere; such secrets are refused earlier.
    if (secret.size() < 3)
        return;
    QMutexLocker lock(&m_mutex);
    if (m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

QString Redactor::redact(const QString& text) const
{
    QMutexLocker lock(&m_mutex);
    QString result = text;
    for (const QString& secret : m_secrets)
        result.replace(secret, mask());
    return result;
}

QByteArray Redactor::redact(const QByteArray& text) const
{
    QMutexLocker lock(&m_mutex);
    QByteArray result = text;
    const QByteArray masked = mask().toUtf8();
    for (const QString& secret : m_secrets)
        result.replace(secret.toUtf8(), masked);
    return result;
}

bool Redactor::isEmpty() const
{
    QMutexLocker lock(&m_mutex);
    return m_secrets.isEmpty();
}

} // namespace puw
