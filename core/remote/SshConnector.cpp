#include "SshConnector.h"

#include "SshLog.h"
#include "SshPrompter.h"
#include "util/Redactor.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

namespace puw::detail {

namespace {

class SshText {
    Q_DECLARE_TR_FUNCTIONS(puw::SshConnector)
};

QString takeString(char* text)
{
    const QString result = QString::fromUtf8(text ? text : "");
    ssh_string_free_char(text);
    return result;
}

QString optionString(ssh_session session, ssh_options_e option)
{
    char* value = nullptr;
    if (ssh_options_get(session, option, &value) != SSH_OK)
        return {};
    return takeString(value);
}

} // namespace

QString authMethodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi-with-mic");
    return names.isEmpty() ? SshText::tr("none") : names.join(QLatin1String(", "));
}

SshConnector::SshConnector(ssh_session session, const HostSpec& host, const SshOptions& options,
                           const std::atomic<bool>& abort)
    : m_session(session), m_host(host), m_options(options), m_abort(abort)
{
}

QString SshConnector::target() const
{
    unsigned int port = 0;
    ssh_options_get_port(m_session, &port);
    return QStringLiteral("%1@%2:%3")
        .arg(optionString(m_session, SSH_OPTIONS_USER), optionString(m_session, SSH_OPTIONS_HOST))
        .arg(port);
}

RemoteError SshConnector::run()
{
    if (RemoteError error = configure(); error.isError())
        return error;
    qCDebug(lcSsh) << "connecting to" << target();
    if (ssh_connect(m_session) != SSH_OK) {
        qCInfo(lcSsh) << "cannot connect to" << target() << ssh_get_error(m_session);
        return {RemoteError::Kind::Connect, SshText::tr("Cannot connect to %1: %2")
                                                .arg(target(), QString::fromUtf8(ssh_get_error(m_session)))};
    }
    const RemoteError keyError = verifyHostKey();
    qCDebug(lcSsh) << "host key of" << target() << m_key.keyType << m_key.fingerprint << "state"
                   << static_cast<int>(m_key.state);
    if (keyError.isError())
        return keyError;
    const RemoteError authError = authenticate(); // messages name methods, never secrets
    if (authError.isError())
        qCInfo(lcSsh) << "authentication to" << target() << "failed:" << authError.message;
    else
        qCDebug(lcSsh) << "authenticated to" << target();
    return authError;
}

RemoteError SshConnector::configure()
{
    const QByteArray address = m_host.address.toUtf8();
    ssh_options_set(m_session, SSH_OPTIONS_HOST, address.constData());
    // Like ssh: the config file first, then what the plan says explicitly.
    const QByteArray config = QFile::encodeName(m_options.sshConfigFile);
    if (ssh_options_parse_config(m_session, config.isEmpty() ? nullptr : config.constData()) != SSH_OK) {
        return {RemoteError::Kind::Connect, SshText::tr("Cannot read the ssh configuration: %1")
                                                .arg(QString::fromUtf8(ssh_get_error(m_session)))};
    }
    if (m_host.port > 0) {
        const unsigned int port = static_cast<unsigned int>(m_host.port);
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    }
    if (!m_host.user.isEmpty()) {
        const QByteArray user = m_host.user.toUtf8();
        ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    }
    if (!m_options.knownHostsFile.isEmpty()) {
        const QByteArray file = QFile::encodeName(m_options.knownHostsFile);
        ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, file.constData());
        ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    }
    if (!m_options.agentSocket.isEmpty()) {
        const QByteArray socket = QFile::encodeName(m_options.agentSocket);
        ssh_options_set(m_session, SSH_OPTIONS_IDENTITY_AGENT, socket.constData());
    }
    const int noDelay = 1; // without it request/response traffic stalls
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &noDelay);
    const long seconds = std::max(1, m_options.connectTimeoutMs / 1000);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &seconds);
    return {};
}

bool SshConnector::askHostKey(const HostKeyInfo& key)
{
    if (!m_options.prompter)
        return false;
    QFuture<bool> answer = m_options.prompter->confirmHostKey(key);
    // The answer may take a person's time: poll so that close() can interrupt the wait.
    while (!answer.isFinished() && !m_abort.load())
        QThread::msleep(20);
    return answer.isFinished() && !answer.isCanceled() && answer.resultCount() > 0 && answer.result();
}

std::optional<QString> SshConnector::askSecret(const SecretRequest& request)
{
    if (!m_options.prompter)
        return std::nullopt;
    QFuture<std::optional<QString>> answer = m_options.prompter->secret(request);
    while (!answer.isFinished() && !m_abort.load())
        QThread::msleep(20);
    if (!answer.isFinished() || answer.isCanceled() || answer.resultCount() == 0)
        return std::nullopt;
    std::optional<QString> secret = answer.result();
    if (secret && m_options.redactor)
        m_options.redactor->addSecret(*secret);
    return secret;
}

} // namespace puw::detail
