#pragma once

#include "util/Expected.h"

#include <QByteArray>
#include <QList>
#include <QMultiMap>
#include <QString>
#include <QStringList>

namespace puw {

// PostgreSQL logical replication that keeps a second database on new in step with old's application
// database, from the rehearsal's import to the cutover. This class only writes the SQL scripts and reads
// what they print ("puw-sync ..." lines); jobs/sync/ runs them, each as the host's admin login:
//
//   old: readinessScript        what old allows (wal_level, free slots, keys, large objects)
//   old: publishScript          a login role that may only replicate and read the tables, a publication
//   new: subscribeScript        in the sync database, restored from the rehearsal's dump without rows:
//                               a subscription that copies every table, then applies old's changes
//   old: lagScript / new: progressScript    how far new is behind, read as often as wanted
//   old: sequencesScript        setval() of each sequence, run on new at cutover (not replicated)
//   new: unsubscribeScript, old: unpublishScript, old: leftoversScript   the teardown and its proof
//
// Every object has a fixed name (kName), so that a teardown after a crash finds what an earlier run left.
class PostgresReplication {
public:
    // The publication, the subscription, its slot on old and the replication role are all named this.
    static constexpr const char* kName = "puw_sync";

    explicit PostgresReplication(QStringList excludedTables = {}) : m_excluded(std::move(excludedTables)) {}

    // The database on new that follows old: "<application's database>_puw_sync", shortened to fit
    // PostgreSQL's 63 bytes.
    static QString syncDatabaseName(const QString& appDatabase);

    struct Readiness {
        QString walLevel;             // "replica" on Debian until changed
        QString clusterName;          // "15/main" on Debian (its systemd unit is postgresql@15-main)
        int freeSlots = 0;            // max_replication_slots minus the slots in use (ours not counted)
        int freeSenders = 0;          // max_wal_senders minus those running
        qint64 largeObjects = 0;      // not replicated
        QStringList tablesWithoutKey; // schema.table: UPDATE and DELETE would not replicate
        int tables = 0;
        bool needsLogicalWal() const { return walLevel != QStringLiteral("logical"); }
        // What stops replication other than wal_level, each with its fix, for the page and the journal.
        QStringList blockers() const;
    };
    QByteArray readinessScript() const;
    static Expected<Readiness, QString> parseReadiness(const QString& output);

    // ALTER SYSTEM SET wal_level = logical: takes effect only when old's PostgreSQL restarts.
    static QByteArray enableLogicalWalScript();
    // The systemd unit of a Debian cluster ("15/main" -> "postgresql@15-main"); empty when the name is
    // not one of Debian's (then the admin restarts the server).
    static QString debianClusterUnit(const QString& clusterName);

    // Holds the role's password: run it as secret input.
    QByteArray publishScript(const QString& password) const;
    // Holds the password too. oldHost/oldPort: old's server as new reaches it.
    static QByteArray subscribeScript(const QString& oldHost, const QString& oldPort, const QString& database,
                                      const QString& password);

    struct Progress {
        int tablesReady = 0; // tables whose initial copy is done
        int tables = 0;
        bool workerRunning = false;
        qint64 applyErrors = 0;
        qint64 copyErrors = 0;
        bool copied() const { return tables > 0 && tablesReady == tables; }
    };
    static QByteArray progressScript();
    static Expected<Progress, QString> parseProgress(const QString& output);

    struct Lag {
        quint64 currentLsn = 0; // old's pg_current_wal_lsn()
        quint64 flushedLsn = 0; // what new confirmed it has applied and flushed
        bool slotActive = false;
        qint64 bytesBehind() const { return flushedLsn >= currentLsn ? 0 : qint64(currentLsn - flushedLsn); }
    };
    static QByteArray lagScript();
    static Expected<Lag, QString> parseLag(const QString& output);
    static Expected<quint64, QString> parseLsn(const QString& text); // "16/B374D848"

    // Prints one "SELECT setval(...);" line per sequence of the application's schemas.
    QByteArray sequencesScript() const;
    // The sequences script's output, checked: only setval lines go on to new.
    static Expected<QByteArray, QString> setvalStatements(const QString& output);

    // New, in the sync database: the subscription and its slot on old (when old is reachable; the slot
    // is dropped on old by unpublishScript otherwise).
    static QByteArray unsubscribeScript();
    // New, in the sync database, when old cannot be reached: the subscription forgets its slot first.
    static QByteArray detachScript();
    // Old: ends the slot's sender and drops the slot, the copy slots of a subscriber whose
    // system_identifier is given (left when the subscription was dropped while it copied), the
    // publication and the role with what it was granted.
    static QByteArray unpublishScript(const QString& subscriberSystemId = {});
    // Old: "puw-sync left slot|publication|role" for each object of the mode still there.
    static QByteArray leftoversScript();
    static QStringList parseLeftovers(const QString& output);

    // New, as admin outside both databases: the application's database (the rehearsal's copy) replaced
    // by the sync database, renamed.
    static QByteArray promoteScript(const QString& appDatabase);

private:
    // The fields of the "puw-sync <what> ..." lines of a script's output, by <what>, in output order per
    // key (values() returns them last first); false without the script's closing "puw-end".
    static bool syncLines(const QString& output, QMultiMap<QString, QStringList>* lines);
    // A WHERE condition on pg_class c / pg_namespace n: the application's ordinary tables.
    QString applicationTables() const;
    QStringList m_excluded;
};

} // namespace puw
