// SshConnector: checking the server's host key against known_hosts.
#include "SshConnector.h"

#include "KnownHostsLine.h"

#include <QCoreApplication>
#include <QFile>

namespace puw::detail {

namespace {

class SshText {
    Q_DECLARE_TR_FUNCTIONS(puw::SshConnector)
};

QString fingerprintOf(ssh_key key)
{
    unsigned char* hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char* text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    const QString result = QString::fromUtf8(text);
    ssh_string_free_char(text);
    ssh_clean_pubkey_hash(&hash);
    return result;
}

QString keyTypeOf(ssh_key key)
{
    return QString::fromUtf8(ssh_key_type_to_char(ssh_key_type(key)));
}

} // namespace

RemoteError SshConnector::verifyHostKey()
{
    ssh_key serverKey = nullptr;
    if (ssh_get_server_publickey(m_session, &serverKey) != SSH_OK) {
        return {RemoteError::Kind::HostKey, SshText::tr("%1 presented no host key: %2")
                                                .arg(target(), QString::fromUtf8(ssh_get_error(m_session)))};
    }
    m_key.keyType = keyTypeOf(serverKey);
    m_key.fingerprint = fingerprintOf(serverKey);
    ssh_key_free(serverKey);

    char* file = nullptr;
    if (ssh_options_get(m_session, SSH_OPTIONS_KNOWNHOSTS, &file) == SSH_OK) {
        m_key.knownHostsFile = QFile::decodeName(file);
        ssh_string_free_char(file);
    }
    char* host = nullptr;
    ssh_options_get(m_session, SSH_OPTIONS_HOST, &host);
    unsigned int port = 22;
    ssh_options_get_port(m_session, &port);
    m_key.host = knownHostsName(QString::fromUtf8(host), port);
    ssh_string_free_char(host);

    switch (ssh_session_is_known_server(m_session)) {
    case SSH_KNOWN_HOSTS_OK:
        m_key.state = HostKeyInfo::State::Known;
        return {};
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        m_key.state = HostKeyInfo::State::Unknown;
        if (!askHostKey(m_key)) {
            return {RemoteError::Kind::HostKey,
                    SshText::tr("The host key of %1 (%2 %3) is not known and was not accepted.")
                        .arg(m_key.host, m_key.keyType, m_key.fingerprint)};
        }
        // Saved only now, after the caller accepted it.
        if (ssh_session_update_known_hosts(m_session) != SSH_OK) {
            return {RemoteError::Kind::HostKey,
                    SshText::tr("Cannot save the host key of %1 in %2: %3")
                        .arg(m_key.host, m_key.knownHostsFile, QString::fromUtf8(ssh_get_error(m_session)))};
        }
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        findRecordedKey();
        const bool otherType = m_key.recordedKeyType != m_key.keyType;
        m_key.state = otherType ? HostKeyInfo::State::OtherType : HostKeyInfo::State::Changed;
        const QString where = m_key.recordedLine > 0
                                  ? QStringLiteral("%1:%2").arg(m_key.knownHostsFile).arg(m_key.recordedLine)
                                  : m_key.knownHostsFile;
        return {
            RemoteError::Kind::HostKey,
            SshText::tr(
                "The host key of %1 has CHANGED: known_hosts records %2 %3, the server now presents %4 %5. "
                "This may be an attack; the connection is refused. If the change is expected (the host "
                "was reinstalled), remove the old key at %6 (%7) and connect again.")
                .arg(m_key.host, m_key.recordedKeyType,
                     m_key.recordedFingerprint.isEmpty() ? SshText::tr("a key") : m_key.recordedFingerprint,
                     m_key.keyType, m_key.fingerprint, where,
                     knownHostsRemoveCommand(m_key.host, m_key.knownHostsFile))};
    }
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    m_key.state = HostKeyInfo::State::Error;
    return {RemoteError::Kind::HostKey,
            SshText::tr("Cannot check the host key of %1 against %2: %3")
                .arg(m_key.host, m_key.knownHostsFile, QString::fromUtf8(ssh_get_error(m_session)))};
}

// Fills the recorded key's type, fingerprint and line from known_hosts: the first entry for this host, plain
// or hashed (KnownHostsLine), so that a hashed file names the key it holds too.
void SshConnector::findRecordedKey()
{
    QFile file(m_key.knownHostsFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    int number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(64 * 1024).trimmed();
        ++number;
        const KnownHostsLine entry = matchKnownHostsLine(line, m_key.host);
        if (entry.keyType.isEmpty())
            continue;
        ssh_key recorded = nullptr;
        if (ssh_pki_import_pubkey_base64(entry.keyBase64.constData(),
                                         ssh_key_type_from_name(entry.keyType.constData()),
                                         &recorded) == SSH_OK) {
            m_key.recordedKeyType = keyTypeOf(recorded);
            m_key.recordedFingerprint = fingerprintOf(recorded);
            ssh_key_free(recorded);
        } else {
            m_key.recordedKeyType = QString::fromUtf8(entry.keyType);
        }
        m_key.recordedLine = number;
        return;
    }
}

} // namespace puw::detail
