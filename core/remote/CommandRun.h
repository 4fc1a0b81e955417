#pragma once

#include "SshTypes.h"

#include <QFuture>
#include <QObject>
#include <QPromise>

#include <memory>

namespace puw {

namespace detail {
struct ExecLink;
class ExecEvents;
} // namespace detail

// One command running on a host, seen from the caller's thread. Created by SshHost::run().
// Output arrives in batches of lines (or raw bytes) through queued signals; the worker stops reading
// the channel while a backlog of 8 MiB is not handled yet, so a slow receiver never grows memory.
// Deleting the object cancels the command.
class CommandRun : public QObject {
    Q_OBJECT
public:
    ~CommandRun() override;

    // Cooperative cancel: kills the remote process (its process group), finishes as Cancelled.
    void cancel();
    // Only with CommandSpec::keepStdinOpen.
    void writeStdin(const QByteArray& data);
    void closeStdin();

    bool isFinished() const { return m_finished; }
    const CommandResult& result() const { return m_result; }
    QFuture<CommandResult> future() { return m_promise.future(); }
    QString description() const { return m_description; } // the command, for logs (never its stdin)

signals:
    void started();
    void stdoutLines(const QStringList& lines);
    void stderrLines(const QStringList& lines);
    void stdoutData(const QByteArray& data);
    void finished(const puw::CommandResult& result);

private:
    friend class SshHost;
    CommandRun(const QString& description, QObject* parent);
    detail::ExecEvents* createEvents(); // connected to this, to be moved to the worker thread
    void handled(qint64 size);

    std::shared_ptr<detail::ExecLink> m_link;
    QPromise<CommandResult> m_promise;
    CommandResult m_result;
    QString m_description;
    bool m_finished = false;
};

} // namespace puw
