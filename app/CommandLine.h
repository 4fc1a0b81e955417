#pragma once

#include <QString>
#include <QStringList>

namespace puw {

// What the admin asked for on the command line. Parsed before any window exists, so that --version,
// --help and a broken --plan answer on a machine without a display.
struct CommandLine {
    enum class Outcome { Run, ShowVersion, ShowHelp, Error };

    Outcome outcome = Outcome::Run;
    QString errorText;  // for Outcome::Error
    QString helpText;   // for Outcome::ShowHelp
    QString planPath;   // absolute, empty when not given
    QString sessionDir; // absolute, empty: the default in the user's data folder
    bool headless = false;
    QString through; // a step number or key, for --headless
    bool assumeYes = false;
    bool dryRun = false;
    bool rollback = false;
    bool removeHostBackups = false;
    bool createMissingRoles = false;
    bool allowOldDatabaseRestart = false;
    QString preview; // --preview open|close: the testers' preview, empty when not given
    QString reportPath;
    QString exportAnsibleDir;      // --export-ansible DIR (absolute), empty when not given
    QString inventoryPath;         // --inventory FILE (absolute): the plans of a fleet, with --export-ansible
    int ansibleSerial = 1;         // --ansible-serial N: installations per cutover batch
    int ansibleMaxFailPercent = 0; // --ansible-max-fail-percent P
    QStringList importAnsibleLogs; // --import-ansible LOG [LOG...] (absolute), in the order the runs ran
    QString language;              // --lang, one of availableLanguages(); empty: the system's language

    static CommandLine parse(const QStringList& arguments);
};

} // namespace puw
