#include "PortForward.h"

#include "ForwardTask.h"
#include "SshHost.h"

namespace puw {

PortForward::PortForward(SshHost* host, const QString& targetHost, int targetPort, QObject* parent)
    : QObject(parent), m_host(host), m_targetHost(targetHost), m_targetPort(targetPort)
{
    m_promise.start();
}

PortForward::~PortForward()
{
    close();
}

void PortForward::listening(QObject* listener, quint16 port, const RemoteError& error)
{
    m_listener = listener;
    m_localPort = port;
    m_promise.addResult(error);
    m_promise.finish();
}

void PortForward::close()
{
    // The worker outlives its SshHost's QObject only during destruction; m_host guards that.
    if (!m_host || !m_listener)
        return;
    detail::HostWorker* worker = m_host->worker();
    QObject* listener = std::exchange(m_listener, nullptr);
    QMetaObject::invokeMethod(
        worker,
        [worker, listener] {
            if (worker->children().contains(listener))
                delete listener;
        },
        Qt::QueuedConnection);
}

PortForward* SshHost::forward(const QString& targetHost, int targetPort, QObject* parent)
{
    auto* forward = new PortForward(this, targetHost, targetPort, parent);
    QPointer<PortForward> guard(forward);
    detail::HostWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [host = this, worker, targetHost, targetPort, guard] {
            auto* listener = new detail::ForwardListener(worker, targetHost, targetPort);
            QString message;
            RemoteError error;
            if (!worker->isOpen())
                error = {RemoteError::Kind::Disconnected,
                         PortForward::tr("Not connected to %1.").arg(worker->displayName())};
            else if (!listener->listen(&message))
                error = {RemoteError::Kind::Local,
                         PortForward::tr("Cannot listen on 127.0.0.1: %1").arg(message)};
            const quint16 port = error.isError() ? 0 : listener->port();
            if (error.isError()) {
                delete listener;
                listener = nullptr;
            }
            // Back to the caller's thread through the SshHost, which outlives this worker thread.
            QMetaObject::invokeMethod(
                host,
                [worker, guard, listener, port, error] {
                    if (!guard) {
                        QMetaObject::invokeMethod(
                            worker, [listener] { delete listener; }, Qt::QueuedConnection);
                        return;
                    }
                    if (listener) {
                        QObject::connect(static_cast<detail::ForwardListener*>(listener),
                                         &detail::ForwardListener::connectionFailed, guard.data(),
                                         &PortForward::connectionFailed, Qt::QueuedConnection);
                    }
                    guard->listening(listener, port, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return forward;
}

} // namespace puw
