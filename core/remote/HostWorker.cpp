#include "HostWorker.h"

#include "SshConnector.h"

#include <QSocketNotifier>

#include <libssh/server.h> // ssh_send_keepalive, usable from a client

#include <sys/socket.h>

namespace puw::detail {

namespace {

constexpr int pumpRounds = 64;   // then let the event loop breathe
constexpr int safetyPumpMs = 20; // catches data libssh buffered without a socket event

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
        m_lastActivity.restart();
        pump();
    });
    m_lastActivity.start();
    if (m_options.keepaliveIntervalMs > 0) {
        m_keepaliveTimer.setInterval(std::max(100, m_options.keepaliveIntervalMs / 2));
        m_keepaliveTimer.start();
    }
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
        m_lastActivity.restart();
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
    if (!m_session || m_lastActivity.elapsed() < m_options.keepaliveIntervalMs)
        return;
    // A global request with a reply: bounded by the session timeout, fails when the server is gone.
    if (ssh_send_keepalive(m_session) != SSH_OK) {
        lose({RemoteError::Kind::Disconnected,
              tr("The connection to %1 was lost: no answer to a keepalive.").arg(displayName())});
        return;
    }
    m_lastActivity.restart();
    checkAlive();
}

void HostWorker::lose(const RemoteError& error)
{
    if (!m_session)
        return;
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
        ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
}

} // namespace puw::detail
