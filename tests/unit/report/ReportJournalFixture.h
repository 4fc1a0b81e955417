#pragma once

#include "journal/Journal.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>

namespace puw::test {

// A journal holding one realistic, finished upgrade: rehearsal one day, cutover the next, step 10
// skipped, a downtime clock, a complete and a partial backup, checks that pass and one that fails, row
// counts, copied files, migrations, and commands whose output is as hostile as output gets.
struct ReportJournal {
    static inline const QString kSecret = QStringLiteral("Tr0ub4dour&3<pw>");
    static inline const QString kSudoSecret = QStringLiteral("sud0-p4ss-9f2c");
    static inline const QString kBackupSha =
        QStringLiteral("3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea");
    static inline const QString kConfigSha =
        QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    static constexpr qint64 kMeasuredDowntimeMs = (22 * 60 + 15) * 1000; // 22 min 15 s
    static constexpr qint64 kPredictedDowntimeMs = 20 * 60 * 1000;

    QTemporaryDir dir;
    std::unique_ptr<Journal> journal;
    qint64 session = 0;
    QDateTime rehearsalDay;

    // journalKnowsSecrets false: the journal stores the secrets (an engine that forgot to register them),
    // so only the exporter's own redaction stands between them and the report.
    explicit ReportJournal(bool journalKnowsSecrets = true);
    bool ok() const { return journal && session > 0 && m_error.isEmpty(); }
    QString error() const { return m_error; }

    static QString hostileOutput(); // every kind of trouble in one command output
    QString path(const QString& name) const { return dir.filePath(name); }

private:
    void fillSteps();
    void fillResults();
    void rewrite(const QString& sql, const QVariantList& values);
    void setTimes(int step, const QDateTime& start, const QDateTime& end);
    QString m_error;
};

} // namespace puw::test
