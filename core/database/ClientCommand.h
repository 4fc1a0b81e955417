#pragma once

#include "DatabaseCommand.h"
#include "DatabaseTarget.h"

#include <QStringList>

namespace puw::detail {

// Turns a client's argument list into a DatabaseCommand for one access path:
// - Password: `sh -c 'IFS= read -r VAR && export VAR && exec "$@"' puw-db ARGV...`, the password as the
//   first stdin line (dash reads it byte by byte, so the rest of stdin stays for the client);
// - Local: `runuser -u OSUSER -- ARGV...` through sudo (just sudo when OSUSER is root);
// - compose: all of it inside `docker compose -f FILE exec -T [-u OSUSER] SERVICE ...`.
class ClientCommand {
public:
    ClientCommand(const DatabaseTarget& target, const DatabaseAccess& access, QString passwordVariable);

    // The shell words that run argv this way (quoted, ready to be part of a command line).
    QString words(const QStringList& argv) const;
    // The whole command: words(argv), with the password line and the sudo flag set.
    DatabaseCommand command(const QStringList& argv, const QByteArray& input = {}) const;

    bool readsPassword() const { return m_access.method == DatabaseAccess::Method::Password; }
    bool needsSudo() const;
    QByteArray passwordLine() const;

private:
    const DatabaseTarget& m_target;
    DatabaseAccess m_access;
    QString m_passwordVariable;
};

// Words that run a tool needing no login (pg_restore reading a file, mysql --version): inside the compose
// service when there is one, else as is.
QString toolWords(const DatabaseTarget& target, const QStringList& argv);

// `PRODUCER | CONSUMER` that fails when either side fails (POSIX sh has no pipefail): the consumer's
// exit status wins; if it succeeded but the producer did not, the pipeline exits 1 with a message.
QString pipelineWithStatus(const QString& producer, const QString& consumer, const QString& producerName);

// A guard that refuses a path ending in .partial before anything runs (exit status 3).
QString refusePartialGuard(const QString& path);

} // namespace puw::detail
