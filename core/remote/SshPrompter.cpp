#include "SshPrompter.h"

#include <QCoreApplication>

namespace puw {

namespace {
class ResultText {
    Q_DECLARE_TR_FUNCTIONS(puw::CommandResult)
};
} // namespace

QFuture<bool> FixedPrompter::confirmHostKey(const HostKeyInfo& key)
{
    QMutexLocker lock(&m_mutex);
    m_askedHostKeys << key;
    return QtFuture::makeReadyFuture(acceptUnknownHostKeys);
}

QFuture<std::optional<QString>> FixedPrompter::secret(const SecretRequest& request)
{
    QMutexLocker lock(&m_mutex);
    m_askedSecrets << request;
    switch (request.kind) {
    case SecretRequest::Kind::KeyPassphrase:
        return QtFuture::makeReadyFuture(passphrase);
    case SecretRequest::Kind::Password:
        return QtFuture::makeReadyFuture(password);
    case SecretRequest::Kind::KeyboardInteractive:
        return QtFuture::makeReadyFuture(request.echo ? std::optional<QString>() : password);
    }
    return QtFuture::makeReadyFuture(std::optional<QString>());
}

QList<HostKeyInfo> FixedPrompter::askedHostKeys() const
{
    QMutexLocker lock(&m_mutex);
    return m_askedHostKeys;
}

QList<SecretRequest> FixedPrompter::askedSecrets() const
{
    QMutexLocker lock(&m_mutex);
    return m_askedSecrets;
}

QString CommandResult::describe() const
{
    switch (status) {
    case Status::Exited:
        return exitCode == 0 ? ResultText::tr("finished")
                             : ResultText::tr("exited with code %1").arg(exitCode);
    case Status::Signalled:
        return ResultText::tr("killed by signal %1").arg(exitSignal);
    case Status::Cancelled:
    case Status::TimedOut:
    case Status::Failed:
        return error.message;
    }
    return {};
}

} // namespace puw
