#pragma once

// Internal to core/remote: includes libssh. The object that lives in a host's worker thread and owns its
// session. SshHost (in the caller's thread) talks to it only through queued calls.

#include "SshTypes.h"
#include "plan/HostSpec.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <QTimer>
#include <functional>

#include <libssh/libssh.h>

#include <atomic>
#include <memory>
#include <vector>

class QSocketNotifier;

namespace puw::detail {

// One piece of work on the session (a command, a tunnel connection), pumped without blocking.
class ChannelTask {
public:
    virtual ~ChannelTask() = default;
    virtual void start() = 0;
    virtual bool pump() = 0; // true when it moved data or changed state
    virtual bool isDone() const = 0;
    virtual void abort(const RemoteError& error) = 0; // the session is going away: finish now
};

// Thread-safe handle to schedule a pump of a worker from any thread; outlives the worker safely.
class WakeHandle {
public:
    void wake();
    void detach();
    void attach(class HostWorker* worker);
    void clearPending() { m_pending.store(false); }

private:
    QMutex m_mutex;
    class HostWorker* m_worker = nullptr;
    std::atomic<bool> m_pending{false};
};

class HostWorker : public QObject {
    Q_OBJECT
public:
    HostWorker(const HostSpec& host, const SshOptions& options);
    ~HostWorker() override;

    std::atomic<bool>& abortFlag() { return m_abort; } // set from any thread to stop waiting for prompts

    // In the worker thread only:
    RemoteError open(HostKeyInfo* key);
    void addTask(std::unique_ptr<ChannelTask> task);
    void close(const RemoteError& reason);
    bool isOpen() const { return m_session != nullptr; }
    ssh_session session() const { return m_session; }
    const SshOptions& options() const { return m_options; }
    std::function<void()> waker() const;
    QString displayName() const;
    // A task read data from the server: it is alive (the keepalive measures silence from here).
    void noteHeard() { m_lastHeard.restart(); }

    // Runs a blocking control request (opening a channel, asking it to run a command) with the session's
    // wait limited to the keepalive's (interval + reply, 7 s by default) instead of connectTimeoutMs: a
    // server that stops answering mid-step is given up as fast as a silent channel. False when the request
    // failed; *lost then says whether it failed because the server did not answer within that limit, in
    // which case the connection is closed as lost (the next step reconnects).
    bool controlRequest(const std::function<bool()>& request, bool* lost);
    // Why the last control request counted the connection as lost (for the task's own message).
    QString lostReason() const { return m_lostReason; }

    bool pump(); // true when a task moved data or changed state

signals:
    void connectionLost(const puw::RemoteError& error);

private:
    void checkAlive();
    void sendKeepalive();
    void pollKeepalive(int calls);
    void lose(const RemoteError& error);

    HostSpec m_host;
    SshOptions m_options;
    std::atomic<bool> m_abort{false};
    ssh_session m_session = nullptr;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_pumpTimer;
    QTimer m_keepaliveTimer;
    QElapsedTimer m_lastHeard; // since the server last sent anything
    QElapsedTimer m_lastProbe;
    qint64 m_receivedBytes = -1; // TCP bytes received, as of the last keepalive tick
    std::vector<std::unique_ptr<ChannelTask>> m_tasks;
    std::shared_ptr<WakeHandle> m_wake;
    bool m_pumping = false;
    QString m_lostReason;
};

} // namespace puw::detail
