#include "SshHost.h"

#include "ByteStreams.h"
#include "ExecTask.h"
#include "FileTransfer.h"
#include "HostWorker.h"
#include "ShellQuote.h"

#include <QCoreApplication>
#include <QPromise>

namespace puw {

SshHost::SshHost(const HostSpec& host, const SshOptions& options, QObject* parent)
    : QObject(parent), m_host(host), m_options(options)
{
    qRegisterMetaType<puw::RemoteError>();
    qRegisterMetaType<puw::HostKeyInfo>();
    qRegisterMetaType<puw::CommandResult>();
    m_worker = new detail::HostWorker(m_host, m_options);
    m_worker->moveToThread(&m_thread);
    // The worker dies in its own thread, after closing its session there.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &detail::HostWorker::connectionLost, this, [this](const RemoteError& error) {
        m_lastError = error;
        setState(State::Closed);
        emit connectionLost(error);
    });
    m_thread.setObjectName(QStringLiteral("ssh %1").arg(host.address));
    m_thread.start();
}

SshHost::~SshHost()
{
    close();
    m_thread.quit();
    m_thread.wait();
}

void SshHost::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QFuture<RemoteError> SshHost::open()
{
    auto promise = std::make_shared<QPromise<RemoteError>>();
    promise->start();
    QFuture<RemoteError> future = promise->future();
    setState(State::Connecting);
    detail::HostWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, promise] {
            HostKeyInfo key;
            const RemoteError error = worker->open(&key);
            // Report to this object in its own thread, then complete the future: whoever awaits it sees
            // state() and hostKey() already updated.
            QMetaObject::invokeMethod(
                this,
                [this, error, key, promise] {
                    m_hostKey = key;
                    m_lastError = error;
                    setState(error.isError() ? State::Closed : State::Connected);
                    promise->addResult(error);
                    promise->finish();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return future;
}

void SshHost::close()
{
    if (m_state == State::Closed && !m_worker)
        return;
    m_worker->abortFlag().store(true); // stops a wait for a prompt's answer
    detail::HostWorker* worker = m_worker;
    const QString name = m_host.address;
    QMetaObject::invokeMethod(
        worker,
        [worker, name] {
            worker->close(
                {RemoteError::Kind::Disconnected, tr("The connection to %1 was closed.").arg(name)});
        },
        Qt::QueuedConnection);
    setState(State::Closed);
}

CommandRun* SshHost::run(const CommandSpec& spec, QObject* parent)
{
    return run(spec, nullptr, nullptr, parent);
}

CommandRun* SshHost::run(const QStringList& arguments, int timeoutMs, QObject* parent)
{
    CommandSpec spec;
    spec.arguments = arguments;
    spec.timeoutMs = timeoutMs;
    return run(spec, parent);
}

CommandRun* SshHost::run(const CommandSpec& spec, std::shared_ptr<ByteSource> stdinSource,
                         std::shared_ptr<ByteSink> stdoutSink, QObject* parent)
{
    const QString description = spec.arguments.isEmpty() ? spec.shellCommand : shellJoin(spec.arguments);
    auto* run = new CommandRun(description, parent);
    detail::ExecEvents* events = run->createEvents();
    events->moveToThread(&m_thread);
    detail::HostWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, spec, link = run->m_link, events, stdinSource, stdoutSink] {
            worker->addTask(
                std::make_unique<detail::ExecTask>(worker, spec, link, events, stdinSource, stdoutSink));
        },
        Qt::QueuedConnection);
    return run;
}

FileTransfer* SshHost::upload(const QString& localPath, const QString& remotePath,
                              const TransferOptions& options, QObject* parent)
{
    auto* transfer =
        new FileTransfer(this, FileTransfer::Direction::Upload, localPath, remotePath, options, parent);
    transfer->start();
    return transfer;
}

FileTransfer* SshHost::upload(const QString& localPath, const QString& remotePath, QObject* parent)
{
    return upload(localPath, remotePath, TransferOptions{}, parent);
}

FileTransfer* SshHost::download(const QString& remotePath, const QString& localPath,
                                const TransferOptions& options, QObject* parent)
{
    auto* transfer =
        new FileTransfer(this, FileTransfer::Direction::Download, localPath, remotePath, options, parent);
    transfer->start();
    return transfer;
}

FileTransfer* SshHost::download(const QString& remotePath, const QString& localPath, QObject* parent)
{
    return download(remotePath, localPath, TransferOptions{}, parent);
}

} // namespace puw
