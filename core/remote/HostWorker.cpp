#include "HostWorker.h"

#include "SshConnector.h"
#include "SshLog.h"

#include <QSocketNotifier>

#include <libssh/server.h> // ssh_send_keepalive, usable from a client

#include <sys/socket.h>

namespace puw::detail {

namespace {

constexpr int pumpRounds = 64;   // then let the event loop breathe
constexpr int safetyPumpMs = 20; // catches data libssh buffered without a socket event

// How long a keepalive may stay unanswered: the limit of every control request on the session.
int replyTimeoutMs(const SshOptions& options)
{
    return std::max(1000, options.connectTimeoutMs);
}

} // namespace

void WakeHandle::wake()
{
    QMutexLocker lock(&m_mutex);
    if (!m_worker || m_pending.exchange(true))
        return;
    HostWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->pump(); }, Qt::QueuedConnection);
}

void WakeHandle::detach()
{
    QMutexLocker lock(&m_mutex);
    m_worker = nullptr;
}

void WakeHandle::attach(HostWorker* worker)
{
    QMutexLocker lock(&m_mutex);
    m_worker = worker;
}

HostWorker::HostWorker(const HostSpec& host, const SshOptions& options)
    : m_host(host), m_options(options), m_pumpTimer(this), m_keepaliveTimer(this),
      m_wake(std::make_shared<WakeHandle>())
{
    m_wake->attach(this);
    m_pumpTimer.setInterval(safetyPumpMs);
    connect(&m_pumpTimer, &QTimer::timeout, this, &HostWorker::pump);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, &HostWorker::sendKeepalive);
}

HostWorker::~HostWorker()
{
    m_wake->detach();
    close({RemoteError::Kind::Disconnected, tr("The connection to %1 was closed.").arg(displayName())});
}

QString HostWorker::displayName() const
{
    return m_host.port > 0 ? QStringLiteral("%1:%2").arg(m_host.address).arg(m_host.port) : m_host.address;
}

std::function<void()> HostWorker::waker() const
{
    return [wake = m_wake] {
        wake->wake();
    };
}

RemoteError HostWorker::open(HostKeyInfo* key)
{
    if (m_session)
        return {};
    m_session = ssh_new();
    SshConnector connector(m_session, m_host, m_options, m_abort);
    const RemoteError error = connector.run();
    if (key)
        *key = connector.hostKey();
    if (error.isError()) {
        ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
        return error;
    }
    m_notifier = new QSocketNotifier(ssh_get_fd(m_session), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        noteHeard();
        pump();
    });
    m_lastHeard.start();
    m_lastProbe.start();
    if (m_options.keepaliveIntervalMs > 0) {
        // Ticks often enough to notice the silence within a small part of the budget.
        const int budget = std::min(m_options.keepaliveIntervalMs, replyTimeoutMs(m_options));
        m_keepaliveTimer.setInterval(std::clamp(budget / 4, 100, 1000));
        m_keepaliveTimer.start();
    }
    qCDebug(lcSsh) << "connected to" << displayName();
    return {};
}

void HostWorker::addTask(std::unique_ptr<ChannelTask> task)
{
    ChannelTask* raw = task.get();
    m_tasks.push_back(std::move(task));
    if (!m_session) {
        raw->abort({RemoteError::Kind::Disconnected, tr("Not connected to %1.").arg(displayName())});
        return;
    }
    raw->start();
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start();
    m_wake->wake();
}

void HostWorker::pump()
{
    m_wake->clearPending();
    if (!m_session || m_pumping)
        return;
    m_pumping = true;
    for (int round = 0; round < pumpRounds; ++round) {
        bool progress = false;
        // Index loop: a task may add another (the kill command of a cancel) while we iterate.
        for (size_t i = 0; i < m_tasks.size(); ++i)
            progress = m_tasks[i]->pump() || progress;
        std::erase_if(m_tasks, [](const auto& task) { return task->isDone(); });
        if (!progress)
            break;
        if (round == pumpRounds - 1)
            m_wake->wake();
    }
    m_pumping = false;
    checkAlive();
    if (m_tasks.empty())
        m_pumpTimer.stop();
}

void HostWorker::checkAlive()
{
    if (!m_session)
        return;
    if (!ssh_is_connected(m_session) || (ssh_get_status(m_session) & (SSH_CLOSED | SSH_CLOSED_ERROR))) {
        lose({RemoteError::Kind::Disconnected,
              tr("The connection to %1 was lost: %2")
                  .arg(displayName(), QString::fromUtf8(ssh_get_error(m_session)))});
    }
}

void HostWorker::sendKeepalive()
{
    if (!m_session)
        return;
    // ssh_send_keepalive() always returns SSH_OK in 0.10 and, in blocking mode, waits for the reply for the
    // whole session timeout. So the probe is sent without blocking, and liveness is judged by silence: a
    // live server answers the probe (REQUEST_FAILURE), and any byte from it restarts m_lastHeard.
    const qint64 silentMs = m_lastHeard.elapsed();
    const qint64 budgetMs = qint64(m_options.keepaliveIntervalMs) + replyTimeoutMs(m_options);
    if (silentMs >= budgetMs) {
        qCWarning(lcSsh) << "no answer from" << displayName() << "for" << silentMs << "ms: connection lost";
        lose({RemoteError::Kind::Disconnected,
              tr("The connection to %1 was lost: no answer from the server for %2 s.")
                  .arg(displayName())
                  .arg(silentMs / 1000.0, 0, 'f', 1)});
        return;
    }
    if (silentMs < m_options.keepaliveIntervalMs ||
        m_lastProbe.elapsed() < std::min(m_options.keepaliveIntervalMs, replyTimeoutMs(m_options) / 2))
        return;
    m_lastProbe.restart();
    qCDebug(lcSsh) << "keepalive to" << displayName() << "after" << silentMs << "ms of silence";
    const int wasBlocking = ssh_is_blocking(m_session);
    ssh_set_blocking(m_session, 0);
    // With a reply already in, the first call only collects it (libssh's request state goes back to
    // none); the second then sends a new probe. With a probe still unanswered, both only poll.
    ssh_send_keepalive(m_session);
    ssh_send_keepalive(m_session);
    ssh_set_blocking(m_session, wasBlocking);
    checkAlive();
    m_wake->wake(); // data the probe's packet handling buffered for the channels
}

void HostWorker::lose(const RemoteError& error)
{
    if (!m_session)
        return;
    qCInfo(lcSsh) << "connection to" << displayName() << "lost";
    // Unblock anything libssh might still wait for on this socket, then fail every operation.
    ::shutdown(ssh_get_fd(m_session), SHUT_RDWR);
    close(error);
    emit connectionLost(error);
}

void HostWorker::close(const RemoteError& reason)
{
    m_pumpTimer.stop();
    m_keepaliveTimer.stop();
    delete m_notifier;
    m_notifier = nullptr;
    auto tasks = std::move(m_tasks);
    m_tasks.clear();
    for (auto& task : tasks)
        task->abort(reason);
    tasks.clear();
    if (m_session) {
        qCDebug(lcSsh) << "closing the connection to" << displayName();
        ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
}

} // namespace puw::detail
