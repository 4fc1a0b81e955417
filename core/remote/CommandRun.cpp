#include "CommandRun.h"

#include "ExecTask.h"

namespace puw {

namespace {
constexpr qint64 resumeBelow = 4 * 1024 * 1024;
} // namespace

CommandRun::CommandRun(const QString& description, QObject* parent)
    : QObject(parent), m_link(std::make_shared<detail::ExecLink>()), m_description(description)
{
    m_promise.start();
}

CommandRun::~CommandRun()
{
    if (!m_finished)
        cancel();
}

void CommandRun::cancel()
{
    m_link->cancel.store(true);
    QMutexLocker lock(&m_link->mutex);
    if (m_link->wake)
        m_link->wake();
}

void CommandRun::writeStdin(const QByteArray& data)
{
    QMutexLocker lock(&m_link->mutex);
    m_link->pendingStdin += data;
    if (m_link->wake)
        m_link->wake();
}

void CommandRun::closeStdin()
{
    QMutexLocker lock(&m_link->mutex);
    m_link->stdinClosed = true;
    if (m_link->wake)
        m_link->wake();
}

void CommandRun::handled(qint64 size)
{
    // The worker paused reading above 8 MiB of backlog; let it go on once we caught up.
    const qint64 before = m_link->inFlight.fetch_sub(size);
    if (before >= resumeBelow && before - size < resumeBelow) {
        QMutexLocker lock(&m_link->mutex);
        if (m_link->wake)
            m_link->wake();
    }
}

detail::ExecEvents* CommandRun::createEvents()
{
    auto* events = new detail::ExecEvents;
    connect(events, &detail::ExecEvents::started, this, &CommandRun::started, Qt::QueuedConnection);
    connect(
        events, &detail::ExecEvents::stdoutLines, this,
        [this](const QStringList& lines) {
            qint64 size = 0;
            for (const QString& line : lines)
                size += line.size();
            emit stdoutLines(lines);
            handled(size);
        },
        Qt::QueuedConnection);
    connect(
        events, &detail::ExecEvents::stderrLines, this,
        [this](const QStringList& lines) {
            qint64 size = 0;
            for (const QString& line : lines)
                size += line.size();
            emit stderrLines(lines);
            handled(size);
        },
        Qt::QueuedConnection);
    connect(
        events, &detail::ExecEvents::stdoutData, this,
        [this](const QByteArray& data) {
            emit stdoutData(data);
            handled(data.size());
        },
        Qt::QueuedConnection);
    connect(
        events, &detail::ExecEvents::finished, this,
        [this](const CommandResult& result) {
            m_finished = true;
            m_result = result;
            m_promise.addResult(result);
            m_promise.finish();
            emit finished(result);
        },
        Qt::QueuedConnection);
    return events;
}

} // namespace puw
