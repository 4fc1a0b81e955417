#include "DatabaseCommand.h"

#include "remote/ShellQuote.h"

namespace puw {

ShellRequest DatabaseCommand::request(int timeoutMs, const QByteArray& moreInput) const
{
    ShellRequest request;
    request.commandLine = commandLine;
    request.stdinData = secretInput + input + moreInput;
    request.stdinIsSecret = !secretInput.isEmpty();
    request.sudo = sudo;
    request.timeoutMs = timeoutMs;
    return request;
}

CommandSpec DatabaseCommand::relaySpec(int timeoutMs, const QByteArray& sudoPasswordLine) const
{
    CommandSpec spec;
    const bool password = sudo && !sudoPasswordLine.isEmpty();
    const QString inner = shellJoin({QStringLiteral("sh"), QStringLiteral("-c"), commandLine});
    spec.shellCommand = !sudo      ? commandLine
                        : password ? QStringLiteral("sudo -k -S -p '' -- ") + inner
                                   : QStringLiteral("sudo -n -- ") + inner;
    spec.stdinData = (password ? sudoPasswordLine : QByteArray()) + secretInput + input;
    spec.stdinIsSecret = password || !secretInput.isEmpty();
    spec.timeoutMs = timeoutMs;
    return spec;
}

QString DatabaseCommand::display() const
{
    QString text = sudo ? QStringLiteral("[sudo] ") + commandLine : commandLine;
    if (!secretInput.isEmpty())
        text += QStringLiteral("  <<< [password on stdin]");
    if (!input.isEmpty())
        text += QStringLiteral("\n") + QString::fromUtf8(input);
    return text;
}

} // namespace puw
