#pragma once

#include "SecretProvider.h"
#include "plan/UpgradePlan.h"
#include "remote/SshPrompter.h"

#include <QMutex>
#include <QStringList>

#include <memory>

namespace puw {

class Redactor;
class SecretSources;

// Secrets and host keys for a run nobody watches (--headless): a host key must already be in
// known_hosts (an unknown one is refused, never accepted silently); a secret comes from the environment
// variable the plan names for its purpose, else from the keychain. What was missing is remembered so
// that the run can end with a message that says how to provide it.
class UnattendedSecrets : public SshPrompter, public SecretProvider {
public:
    UnattendedSecrets(UpgradePlan plan, std::shared_ptr<SecretSources> sources);

    QFuture<bool> confirmHostKey(const HostKeyInfo& key) override;
    QFuture<std::optional<QString>> secret(const SecretRequest& request) override;
    std::optional<QString> secret(const QString& purpose, const QString& hostLabel) override;

    QStringList problems() const; // one sentence each, for the end of the run

private:
    std::optional<QString> lookUp(const QString& purpose, const HostSpec& host);
    const HostSpec* hostByLabel(const QString& label) const;
    const HostSpec* hostByAddress(const QString& address) const;
    void note(const QString& problem);

    UpgradePlan m_plan;
    std::shared_ptr<SecretSources> m_sources;
    mutable QMutex m_mutex;
    QStringList m_problems;
};

} // namespace puw
