#pragma once

#include "database/DatabaseCommand.h"
#include "jobs/JobContext.h"

#include <QDateTime>

#include <memory>

namespace puw {

class CommandRun;
class SshHost;

// A read-only query on the old host that runs while the job does something else on another host (the
// cutover's stream, new's counts): its own channel of old's SSH session, started at construction. Only for
// a host whose answer cannot change meanwhile (old, stopped). wait() returns how it ended, and journals the
// command like any other.
class QueryAlongside {
public:
    QueryAlongside(JobContext& ctx, SshHost* host, const DatabaseCommand& command, int timeoutMs,
                   const QByteArray& sudoLine);
    ~QueryAlongside();
    QueryAlongside(const QueryAlongside&) = delete;
    QueryAlongside& operator=(const QueryAlongside&) = delete;

    ShellOutcome wait();

private:
    JobContext& m_ctx;
    DatabaseCommand m_command;
    QDateTime m_started;
    std::unique_ptr<CommandRun> m_run;
    ShellOutcome m_outcome;
};

} // namespace puw
