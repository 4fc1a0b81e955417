// SshConnector: authentication in the order ssh uses (agent, key files, keyboard-interactive, password).
#include "SshConnector.h"

#include "SshPrompter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace puw::detail {

namespace {

class SshText {
    Q_DECLARE_TR_FUNCTIONS(puw::SshConnector)
};

QString expandHome(QString path)
{
    if (path.startsWith(QLatin1String("~/")))
        path.replace(0, 1, QDir::homePath());
    path.replace(QLatin1String("%d"), QDir::homePath() + QLatin1String("/.ssh"));
    return path;
}

struct KeyDeleter {
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyPtr = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyDeleter>;

} // namespace

RemoteError SshConnector::authenticate()
{
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    if (rc == SSH_AUTH_ERROR) {
        return {RemoteError::Kind::Auth, SshText::tr("Authentication with %1 failed: %2")
                                             .arg(target(), QString::fromUtf8(ssh_get_error(m_session)))};
    }
    const int offered = ssh_userauth_list(m_session, nullptr);
    int methods = offered;
    QStringList tried;
    // Each step returns an ssh_auth_e; PARTIAL means "more is needed": refresh the list and go on.
    auto step = [&](int method, const auto& attempt) -> bool {
        if (m_abort.load() || !(methods & method))
            return false;
        const int result = attempt();
        if (result == SSH_AUTH_PARTIAL)
            methods = ssh_userauth_list(m_session, nullptr);
        return result == SSH_AUTH_SUCCESS;
    };
    if (m_options.useAgent && step(SSH_AUTH_METHOD_PUBLICKEY, [&] {
            tried << SshText::tr("agent");
            return tryAgent();
        }))
        return {};
    if (step(SSH_AUTH_METHOD_PUBLICKEY, [&] { return tryKeyFiles(&tried); }))
        return {};
    if (step(SSH_AUTH_METHOD_INTERACTIVE, [&] {
            tried << QStringLiteral("keyboard-interactive");
            return tryKeyboardInteractive();
        }))
        return {};
    if (step(SSH_AUTH_METHOD_PASSWORD, [&] {
            tried << SshText::tr("password");
            return tryPassword();
        }))
        return {};
    if (m_abort.load())
        return {RemoteError::Kind::Cancelled,
                SshText::tr("Connection to %1 closed during authentication.").arg(target())};
    return {RemoteError::Kind::Auth,
            //: %1 the host, %2 what was tried ("agent", "password", "key FILE (refused)"...), %3 the methods
            //: the server accepts, in ssh's own words (publickey, password...)
            SshText::tr("Authentication to %1 failed. Tried: %2. The server offers: %3.")
                .arg(target(),
                     tried.isEmpty() ? SshText::tr("nothing usable") : tried.join(QLatin1String(", ")),
                     authMethodNames(offered))};
}

int SshConnector::tryAgent()
{
    const int rc = ssh_userauth_agent(m_session, nullptr);
    return rc == SSH_AUTH_ERROR ? SSH_AUTH_DENIED : rc; // no agent is not fatal: go on with key files
}

int SshConnector::tryKeyFiles(QStringList* tried)
{
    QStringList candidates;
    if (!m_host.identityFile.isEmpty()) {
        candidates << expandHome(m_host.identityFile);
    } else {
        char* configured = nullptr;
        if (ssh_options_get(m_session, SSH_OPTIONS_IDENTITY, &configured) == SSH_OK) {
            candidates << expandHome(QFile::decodeName(configured));
            ssh_string_free_char(configured);
        }
        for (const char* name : {"id_ed25519", "id_ecdsa", "id_rsa"})
            candidates << QDir::homePath() + QLatin1String("/.ssh/") + QLatin1String(name);
        candidates.removeDuplicates();
    }
    for (const QString& path : std::as_const(candidates)) {
        if (!QFileInfo::exists(path) || m_abort.load())
            continue;
        const QByteArray file = QFile::encodeName(path);
        // Offer the public key first, so that a passphrase is asked only for a key the server accepts.
        ssh_key publicKey = nullptr;
        if (ssh_pki_import_pubkey_file((file + ".pub").constData(), &publicKey) == SSH_OK) {
            const KeyPtr owner(publicKey);
            const int rc = ssh_userauth_try_publickey(m_session, nullptr, publicKey);
            if (rc != SSH_AUTH_SUCCESS) {
                *tried << SshText::tr("key %1 (not accepted)").arg(path);
                continue;
            }
        }
        ssh_key privateKey = nullptr;
        if (ssh_pki_import_privkey_file(file.constData(), nullptr, nullptr, nullptr, &privateKey) != SSH_OK) {
            SecretRequest request;
            request.kind = SecretRequest::Kind::KeyPassphrase;
            request.host = m_host.address;
            request.user = m_host.user;
            request.keyFile = path;
            const std::optional<QString> passphrase = askSecret(request);
            const QByteArray secret = passphrase ? passphrase->toUtf8() : QByteArray();
            if (!passphrase || ssh_pki_import_privkey_file(file.constData(), secret.constData(), nullptr,
                                                           nullptr, &privateKey) != SSH_OK) {
                *tried << SshText::tr("key %1 (cannot be read: missing or wrong passphrase)").arg(path);
                continue;
            }
        }
        const KeyPtr owner(privateKey);
        const int rc = ssh_userauth_publickey(m_session, nullptr, privateKey);
        if (rc == SSH_AUTH_SUCCESS || rc == SSH_AUTH_PARTIAL)
            return rc;
        *tried << SshText::tr("key %1 (refused)").arg(path);
    }
    return SSH_AUTH_DENIED;
}

int SshConnector::tryKeyboardInteractive()
{
    int rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    while (rc == SSH_AUTH_INFO && !m_abort.load()) {
        const int count = ssh_userauth_kbdint_getnprompts(m_session);
        for (int i = 0; i < count; ++i) {
            char echo = 0;
            SecretRequest request;
            request.kind = SecretRequest::Kind::KeyboardInteractive;
            request.host = m_host.address;
            request.user = m_host.user;
            request.prompt =
                QString::fromUtf8(ssh_userauth_kbdint_getprompt(m_session, static_cast<unsigned>(i), &echo));
            request.echo = echo != 0;
            const std::optional<QString> answer = askSecret(request);
            if (!answer)
                return SSH_AUTH_DENIED;
            ssh_userauth_kbdint_setanswer(m_session, static_cast<unsigned>(i), answer->toUtf8().constData());
        }
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    }
    return rc;
}

int SshConnector::tryPassword()
{
    SecretRequest request;
    request.kind = SecretRequest::Kind::Password;
    request.host = m_host.address;
    request.user = m_host.user;
    const std::optional<QString> password = askSecret(request);
    if (!password)
        return SSH_AUTH_DENIED;
    return ssh_userauth_password(m_session, nullptr, password->toUtf8().constData());
}

} // namespace puw::detail
