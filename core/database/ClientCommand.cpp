#include "ClientCommand.h"

#include "remote/ShellQuote.h"

namespace puw::detail {

ClientCommand::ClientCommand(const DatabaseTarget& target, const DatabaseAccess& access,
                             QString passwordVariable)
    : m_target(target), m_access(access), m_passwordVariable(std::move(passwordVariable))
{
}

bool ClientCommand::needsSudo() const
{
    if (m_target.usesCompose())
        return m_target.composeSudo;
    return m_access.method == DatabaseAccess::Method::Local;
}

QByteArray ClientCommand::passwordLine() const
{
    return readsPassword() ? m_access.password.toUtf8() + '\n' : QByteArray();
}

QString ClientCommand::words(const QStringList& argv) const
{
    QStringList words;
    const bool local = m_access.method == DatabaseAccess::Method::Local;
    const bool otherOsUser = local && !m_access.osUser.isEmpty() && m_access.osUser != QLatin1String("root");
    if (m_target.usesCompose()) {
        words << m_target.composeCommand;
        if (!m_target.composeFile.isEmpty())
            words << QStringLiteral("-f") << m_target.composeFile;
        words << QStringLiteral("exec") << QStringLiteral("-T");
        if (otherOsUser)
            words << QStringLiteral("-u") << m_access.osUser;
        words << m_target.composeService;
    } else if (otherOsUser) {
        words << QStringLiteral("runuser") << QStringLiteral("-u") << m_access.osUser << QStringLiteral("--");
    }
    if (readsPassword()) {
        // The script is constant; the program and its arguments arrive as "$@", never re-parsed.
        words << QStringLiteral("sh") << QStringLiteral("-c")
              << QStringLiteral("IFS= read -r %1 && export %1 && exec \"$@\"").arg(m_passwordVariable)
              << QStringLiteral("puw-db");
    }
    words << argv;
    return shellJoin(words);
}

DatabaseCommand ClientCommand::command(const QStringList& argv, const QByteArray& input) const
{
    DatabaseCommand command;
    command.commandLine = words(argv);
    command.secretInput = passwordLine();
    command.input = input;
    command.sudo = needsSudo();
    return command;
}

QString toolWords(const DatabaseTarget& target, const QStringList& argv)
{
    if (!target.usesCompose())
        return shellJoin(argv);
    QStringList words = target.composeCommand;
    if (!target.composeFile.isEmpty())
        words << QStringLiteral("-f") << target.composeFile;
    words << QStringLiteral("exec") << QStringLiteral("-T") << target.composeService << argv;
    return shellJoin(words);
}

QString pipelineWithStatus(const QString& producer, const QString& consumer, const QString& producerName)
{
    // The shell waits for every member of a pipeline, so the status file is written when it returns.
    return QStringLiteral("puw_st=$(mktemp) || exit 1; "
                          "{ %1; echo $? >\"$puw_st\"; } | { %2; }; puw_rc=$?; "
                          "puw_prc=$(cat \"$puw_st\"); rm -f \"$puw_st\"; "
                          "if [ \"$puw_rc\" -ne 0 ]; then exit \"$puw_rc\"; fi; "
                          "if [ \"$puw_prc\" != 0 ]; then echo %3\" failed (exit status $puw_prc)\" >&2; "
                          "exit 1; fi; exit 0")
        .arg(producer, consumer, shellQuote(QStringLiteral("puw: ") + producerName));
}

QString refusePartialGuard(const QString& path)
{
    return QStringLiteral("case %1 in *.partial) echo %2 >&2; exit 3;; esac; ")
        .arg(shellQuote(path),
             shellQuote(QStringLiteral("puw: refusing to restore an unverified partial dump: ") + path));
}

} // namespace puw::detail
