#pragma once

#include "CheckResult.h"
#include "remote/HostShell.h"

#include <QStringList>

namespace puw {

class Redactor;

struct CommandCheckRequest {
    QString name;
    QStringList argv; // expanded recipe command; quoted word by word here
    bool sudo = false;
    QString outputContains; // empty: exit code 0 is enough
    int timeoutMs = 60000;
};

// Runs the command on the host and passes when it exits 0 and its standard output contains the text.
// Details: "exit code 0 on new, output contains 'active'", "exit code 3 on new: inactive",
// "output does not contain 'active', got: inactive". redactor (optional) masks secrets in the detail.
CheckResult runCommandCheck(HostShell& shell, const CommandCheckRequest& request,
                            const Redactor* redactor = nullptr);

// The command line runCommandCheck sends (for the dry run and for tests).
QString commandCheckLine(const CommandCheckRequest& request);

} // namespace puw
