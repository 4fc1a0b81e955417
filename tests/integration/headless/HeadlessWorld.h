#pragma once

#include "SshdServer.h"

#include "journal/JournalRecords.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace puw::test {

// Two real sshd (old on 127.0.0.61, new on 127.0.0.62, both this machine, logged in as root with a key whose
// host keys are in the plan's known_hosts), a user recipe whose version command on the new host waits
// until the file "ready" exists (with "stubborn" present it also ignores SIGTERM), and the plan that binds
// them, for running the program itself with --headless.
class HeadlessWorld {
public:
    HeadlessWorld();

    bool isValid() const { return m_error.isEmpty(); }
    QString setupError() const { return m_error; }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void touch(const QString& name) const;

    // Starts `parallel-upgrade --headless --plan PLAN --session-dir SESSION --through 1`, English output.
    void start(QProcess& program) const;
    // Waits until the version command waits on the new host.
    bool waitUntilWaiting(int timeoutMs = 30000) const;
    // The state of step 1 in the journal (opened once the program has ended).
    std::optional<StepRecord> installStep() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SshdServer> m_old;
    std::unique_ptr<SshdServer> m_new;
    QString m_error;
};

} // namespace puw::test
