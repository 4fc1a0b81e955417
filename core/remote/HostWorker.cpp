#include "HostWorker.h"

#include "SshConnector.h"
#include "SshLog.h"

#include <QSocketNotifier>

#include <libssh/server.h> // ssh_send_keepalive, usable from a client

#include <linux/tcp.h> // tcp_info with tcpi_bytes_received
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstddef>

namespace puw::detail {

namespace {

constexpr int pumpRounds = 64;   // then let the event loop breathe
constexpr int safetyPumpMs = 20; // catches data libssh buffered without a socket event

// Bytes the kernel received on the session's socket, whoever read them (libssh may take a keepalive's reply
// in while it sends the next probe, unseen by the socket notifier); -1 when it is not a TCP socket.
qint64 receivedBytes(int fd)
{
    tcp_info info{};
    socklen_t length = sizeof(info);
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &length) != 0 ||
        length < offsetof(tcp_info, tcpi_bytes_received) + sizeof(info.tcpi_bytes_received))
        return -1;
    return static_cast<qint64>(info.tcpi_bytes_received);
}

// How long a keepalive may stay unanswered.
int replyTimeoutMs(const SshOptions& options)
{
    return std::max(1000, options.keepaliveReplyMs);
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
        // Data no task read (a keepalive reply, or a channel paused by backpressure) would keep the socket
        // readable and this notifier firing: let libssh take it in (bounded by the channels' windows).
        if (!pump() && m_session)
            pollKeepalive(1);
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

bool HostWorker::pump()
{
    m_wake->clearPending();
    if (!m_session || m_pumping)
        return false;
    m_pumping = true;
    bool moved = false;
    for (int round = 0; round < pumpRounds; ++round) {
        bool progress = false;
        // Index loop: a task may add another (the kill command of a cancel) while we iterate.
        for (size_t i = 0; i < m_tasks.size(); ++i)
            progress = m_tasks[i]->pump() || progress;
        std::erase_if(m_tasks, [](const auto& task) { return task->isDone(); });
        if (!progress)
            break;
        moved = true;
        if (round == pumpRounds - 1)
            m_wake->wake();
    }
    m_pumping = false;
    checkAlive();
    if (m_tasks.empty())
        m_pumpTimer.stop();
    return moved;
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
    // whole session timeout (forever for SSH_TIMEOUT_DEFAULT). So the probe is sent without blocking, and
    // liveness is judged by silence: a live server answers the probe (REQUEST_FAILURE), and any byte from it
    // restarts m_lastHeard (counted by the kernel, so a reply libssh takes in unseen still counts).
    const qint64 received = receivedBytes(ssh_get_fd(m_session));
    if (received >= 0 && received != m_receivedBytes) {
        m_receivedBytes = received;
        noteHeard();
    }
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
    // With a reply already in, the first call only collects it (libssh's request state goes back to
    // none); the second then sends a new probe. With a probe still unanswered, both only poll.
    pollKeepalive(2);
}

bool HostWorker::controlRequest(const std::function<bool()>& request, bool* lost)
{
    *lost = false;
    if (!m_session)
        return false;
    const int limitMs = m_options.keepaliveIntervalMs + replyTimeoutMs(m_options);
    const bool limited = m_options.keepaliveIntervalMs > 0 && limitMs < m_options.connectTimeoutMs;
    const auto setTimeout = [this](int ms) {
        const long seconds = ms / 1000;
        const long usec = (ms % 1000) * 1000L;
        ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &seconds);
        ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT_USEC, &usec);
    };
    if (limited)
        setTimeout(limitMs);
    QElapsedTimer clock;
    clock.start();
    const bool ok = request();
    if (limited)
        setTimeout(std::max(1000, m_options.connectTimeoutMs));
    if (!ok && limited && clock.elapsed() >= limitMs - 50) {
        qCWarning(lcSsh) << "no answer from" << displayName() << "to a control request for" << clock.elapsed()
                         << "ms: connection lost";
        const RemoteError error{RemoteError::Kind::Disconnected,
                                tr("The connection to %1 was lost: no answer from the server for %2 s.")
                                    .arg(displayName())
                                    .arg(clock.elapsed() / 1000.0, 0, 'f', 1)};
        *lost = true;
        m_lostReason = error.message;
        // Not here: the task asking is still running its start(), and losing the connection ends every task.
        QTimer::singleShot(0, this, [this, error] { lose(error); });
    }
    return ok;
}

void HostWorker::pollKeepalive(int calls)
{
    const int wasBlocking = ssh_is_blocking(m_session);
    ssh_set_blocking(m_session, 0); // never wait here for the reply: silence is measured instead
    for (int i = 0; i < calls; ++i)
        ssh_send_keepalive(m_session);
    ssh_set_blocking(m_session, wasBlocking);
    checkAlive();
    if (m_session)
        m_wake->wake(); // data the packet handling buffered for the channels
}

void HostWorker::lose(const RemoteError& error)
{
    if (!m_session)
        return;
    qCInfo(lcSsh) << "connection to" << displayName() << "lost";
    // Unblock anything libssh might still wait for on this socket, then fail every operation.
    ::shutdown(ssh_get_fd(m_session), SHUT_RDWR);
    // Announced first: whoever learns that an operation failed finds the host already Closed.
    emit connectionLost(error);
    close(error);
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
