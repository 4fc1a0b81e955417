#pragma once

#include "HostShell.h"

#include <atomic>

namespace puw {

// Runs command lines with /bin/sh on this machine: for the admin's own machine ("local") and for tests
// of the code that builds command lines and of the job flow. sudo is not supported here (the request
// fails clearly) unless this program runs as root. cancel() kills the running command.
class LocalShell : public HostShell {
public:
    explicit LocalShell(QString label = QStringLiteral("local")) : m_label(std::move(label)) {}
    QString hostLabel() const override { return m_label; }
    ShellOutcome run(const ShellRequest& request, const LineHandler& onLine = {}) override;
    void cancel() override { m_cancelled = true; }
    void resume() override { m_cancelled = false; }

private:
    QString m_label;
    std::atomic<bool> m_cancelled{false};
};

} // namespace puw
