#pragma once

#include "util/Expected.h"

#include <QString>

namespace puw {

class DatabaseAdapter;

// Where a dump is being written on the new host: FINAL.partial. It has not been verified, so no
// restore accepts it: restoreCommand() takes a DumpFile, and only DatabaseAdapter makes those.
class PartialDump {
public:
    // finalPath must be absolute and must not itself end in ".partial".
    static Expected<PartialDump, QString> forFinalPath(const QString& finalPath);

    QString path() const { return m_finalPath + QStringLiteral(".partial"); }
    QString finalPath() const { return m_finalPath; }
    // The shell words that give the verified file its final name durably: its bytes reach the disk before
    // the rename, and the folder after it, so that a crash never leaves a complete-looking dump whose end
    // was lost (GNU sync takes files and folders).
    QString durableRenameWords() const;

private:
    explicit PartialDump(QString finalPath) : m_finalPath(std::move(finalPath)) {}
    QString m_finalPath;
};

// A dump file that was verified complete on its host (a full read by pg_restore, or the mysqldump
// trailer, and the SHA-256 when one was given) and is at its final path. Only DatabaseAdapter creates
// these: after promote() or verifyExisting() succeeded.
class DumpFile {
public:
    QString path() const { return m_path; }
    QString sha256() const { return m_sha256; } // hex; empty when none was checked

private:
    friend class DatabaseAdapter;
    DumpFile(QString path, QString sha256) : m_path(std::move(path)), m_sha256(std::move(sha256)) {}
    QString m_path;
    QString m_sha256;
};

namespace detail {
// Empty when the path may hold a verified dump; else why not.
QString checkDumpPath(const QString& path);
} // namespace detail

} // namespace puw
