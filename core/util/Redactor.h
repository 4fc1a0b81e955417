#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>

namespace puw {

// Replaces every known secret in a text before it reaches a log, the journal or a report.
// Secrets are added as soon as they are known (typed, read from the keychain or the environment).
// Thread-safe: workers and the GUI thread share one instance.
class Redactor {
public:
    static QString mask() { return QStringLiteral("[redacted]"); }

    void addSecret(const QString& secret);
    QString redact(const QString& text) const;
    QByteArray redact(const QByteArray& text) const;
    bool isEmpty() const;

private:
    mutable QMutex m_mutex;
    QStringList m_secrets; // longest first, so that a secret containing another is masked whole
};

} // namespace puw
