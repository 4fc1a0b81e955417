#include "SecretSources.h"

#include "CredentialStore.h"
#include "util/Redactor.h"

#include <QCoreApplication>

namespace puw {

namespace {

class SecretText {
    Q_DECLARE_TR_FUNCTIONS(puw::SecretSources)
};

} // namespace

SecretSources::SecretSources(QMap<QString, QString> secretEnvironment, CredentialStore* store,
                             std::shared_ptr<Redactor> redactor)
    : m_secretEnvironment(std::move(secretEnvironment)), m_store(store), m_redactor(std::move(redactor))
{
    Q_ASSERT(m_redactor);
    if (!m_redactor)
        m_redactor = std::make_shared<Redactor>();
}

SecretResult SecretSources::fromEnvironment(const QString& purpose) const
{
    const QString variable = m_secretEnvironment.value(purpose);
    if (variable.isEmpty())
        return SecretResult::notFoundResult(
            SecretText::tr("The plan names no environment variable for \"%1\".").arg(purpose));
    const QString value = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (value.isEmpty()) {
        return SecretResult::notFoundResult(
            SecretText::tr("The environment variable %1, named in the plan for \"%2\", is not set.")
                .arg(variable, purpose));
    }
    if (value.size() < CredentialStore::kMinimumSecretLength) {
        return SecretResult::failure(
            SecretText::tr("The environment variable %1 holds fewer than 3 characters: too "
                           "short to be kept out of the logs.")
                .arg(variable));
    }
    m_redactor->addSecret(value);
    return SecretResult::success(value);
}

QFuture<SecretResult> SecretSources::find(const CredentialKey& key) const
{
    SecretResult fromPlan = fromEnvironment(key.purpose);
    if (!fromPlan.notFound() || !m_store)
        return QtFuture::makeReadyFuture(fromPlan);
    return m_store->read(key);
}

} // namespace puw
