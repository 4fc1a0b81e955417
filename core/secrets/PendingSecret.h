#pragma once

// Internal to core/secrets.

#include "SecretResult.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPromise>

#include <atomic>

namespace puw {

// Completes a future exactly once; if nobody did, completes it saying the store went away.
class PendingSecret {
public:
    PendingSecret() { m_promise.start(); }
    ~PendingSecret()
    {
        finish(SecretResult::failure(QCoreApplication::translate(
            "puw::CredentialStore", "The credential store closed before the operation ended.")));
    }
    PendingSecret(const PendingSecret&) = delete;
    PendingSecret& operator=(const PendingSecret&) = delete;

    QFuture<SecretResult> future() { return m_promise.future(); }
    void finish(const SecretResult& result)
    {
        if (m_finished.exchange(true))
            return;
        m_promise.addResult(result);
        m_promise.finish();
    }

private:
    QPromise<SecretResult> m_promise;
    std::atomic_bool m_finished{false};
};

} // namespace puw
