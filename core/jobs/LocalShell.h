#pragma once

#include "HostShell.h"

namespace puw {

// Runs command lines with /bin/sh on this machine: for the admin's own machine ("local") and for tests
// of the code that builds command lines. sudo is not supported here (the request fails clearly).
class LocalShell : public HostShell {
public:
    explicit LocalShell(QString label = QStringLiteral("local")) : m_label(std::move(label)) {}
    QString hostLabel() const override { return m_label; }
    ShellOutcome run(const ShellRequest& request, const LineHandler& onLine = {}) override;

private:
    QString m_label;
};

} // namespace puw
