#include "NginxSwitch.h"

#include "NginxCommands.h"
#include "remote/ShellQuote.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

namespace puw {

namespace {

struct FileState {
    QString target; // the real path
    bool hasBackup = false;
    bool present = false;
    QString content;
};

QString withoutTrailingNewlines(QString text)
{
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

// Runs the switch's commands on the proxy and writes one action line per command.
class ProxySession {
public:
    ProxySession(HostShell& proxy, const NginxSetup& setup, RouteResult& result)
        : m_proxy(proxy), m_setup(setup), m_result(result)
    {
    }

    ShellOutcome run(const QString& what, const QString& commandLine, bool sudo, const QByteArray& input = {})
    {
        ShellRequest request;
        request.commandLine = commandLine;
        request.sudo = sudo;
        request.stdinData = input;
        request.timeoutMs = m_setup.commandTimeoutMs;
        const ShellOutcome outcome = m_proxy.run(request);
        //: one action of the nginx switch in the step's log: %1 what was done (e.g. "write FILE"), %2 how it
        //: ended
        m_result.actions << Routing::tr("%1: %2").arg(what, outcome.describe());
        return outcome;
    }

    // Empty error when fine.
    QString validate() const
    {
        const QString& file = m_setup.upstreamFile;
        if (!file.startsWith(QLatin1Char('/')))
            return Routing::tr("the upstream file must be an absolute path, not '%1'").arg(file);
        if (file.contains(QLatin1Char('\n')) || file.contains(QLatin1Char('\r')))
            return Routing::tr("the upstream file's path contains a line break");
        return {};
    }

    bool inspect(FileState* state, QString* error)
    {
        const ShellOutcome outcome = run(Routing::tr("inspect %1").arg(m_setup.upstreamFile),
                                         nginx_commands::inspect(m_setup.upstreamFile), m_setup.sudo);
        if (m_setup.dryRun) {
            *state = FileState{m_setup.upstreamFile, true, true, QString()};
            return true;
        }
        if (!outcome.ok()) {
            *error = Routing::tr("could not read %1 on %2: %3")
                         .arg(m_setup.upstreamFile, m_proxy.hostLabel(), outcome.describe());
            return false;
        }
        const QString& out = outcome.stdoutText;
        QStringList head;
        qsizetype position = 0;
        while (head.size() < 3 && position <= out.size()) {
            qsizetype end = out.indexOf(QLatin1Char('\n'), position);
            if (end < 0)
                end = out.size();
            head << out.mid(position, end - position);
            position = end + 1;
        }
        if (head.size() < 3 || head[0].isEmpty() ||
            (head[2] != QLatin1String("present") && head[2] != QLatin1String("absent"))) {
            *error = Routing::tr("could not read %1 on %2: unexpected answer '%3'")
                         .arg(m_setup.upstreamFile, m_proxy.hostLabel(), excerpt(out));
            return false;
        }
        state->target = head[0];
        state->hasBackup = head[1] == QLatin1String("backup");
        state->present = head[2] == QLatin1String("present");
        state->content = state->present ? out.mid(position) : QString();
        return true;
    }

    bool writeFile(const QString& file, const QString& content)
    {
        return run(Routing::tr("write %1").arg(file), nginx_commands::write(file), m_setup.sudo,
                   content.toUtf8())
            .ok();
    }

    bool restoreFile(const QString& file, bool hadPrevious)
    {
        return run(Routing::tr("restore %1").arg(file), nginx_commands::restore(file, hadPrevious),
                   m_setup.sudo)
            .ok();
    }

    ShellOutcome test()
    {
        return run(shellJoin(m_setup.testCommand), shellJoin(m_setup.testCommand), m_setup.testSudo);
    }
    ShellOutcome reload()
    {
        return run(shellJoin(m_setup.reloadCommand), shellJoin(m_setup.reloadCommand), m_setup.reloadSudo);
    }

    // Polls until the check passes verifyConsecutive times in a row (after a reload, old workers may still
    // answer for a moment) or the time is up.
    void verify(const HttpCheckRequest& check)
    {
        if (m_setup.dryRun) {
            m_result.verification = {
                check.name, QStringLiteral("http"), true, false, Routing::tr("dry run"), 0, {}};
            m_result.ok = true;
            return;
        }
        QElapsedTimer clock;
        clock.start();
        int attempts = 0;
        int inARow = 0;
        CheckResult last;
        const int needed = std::max(1, m_setup.verifyConsecutive);
        for (;;) {
            HttpCheckRequest attempt = check;
            const qint64 left = m_setup.verifyTimeoutMs - clock.elapsed();
            attempt.timeoutMs = attemptTimeoutMs(left, std::min(5000, std::max(1, check.timeoutMs)));
            last = runHttpCheck(attempt, m_setup.cancel);
            ++attempts;
            inARow = last.passed ? inARow + 1 : 0;
            if (inARow >= needed || last.cancelled || clock.elapsed() >= m_setup.verifyTimeoutMs)
                break;
            QDeadlineTimer pause(std::min<qint64>(
                m_setup.verifyIntervalMs, std::max<qint64>(0, m_setup.verifyTimeoutMs - clock.elapsed())));
            while (!pause.hasExpired() && !(m_setup.cancel && m_setup.cancel->load()))
                QThread::msleep(static_cast<unsigned long>(std::clamp<qint64>(pause.remainingTime(), 1, 20)));
        }
        CheckResult& verification = m_result.verification;
        verification = last;
        verification.elapsedMs = clock.elapsed();
        verification.passed = inARow >= needed;
        const QString took = formatDuration(clock.elapsed());
        if (verification.passed)
            verification.detail =
                Routing::tr("%1 (%n answer(s) in a row, %2 after the reload)", nullptr, needed)
                    .arg(last.detail, took);
        else if (last.cancelled)
            verification.detail = Routing::tr("verification cancelled after %1").arg(took);
        else
            verification.detail = Routing::tr("no stable expected answer within %1 (%n attempt(s)); last: %2",
                                              nullptr, attempts)
                                      .arg(formatDuration(m_setup.verifyTimeoutMs), last.detail);
        m_result.actions
            << Routing::tr("verify %1: %2").arg(check.url.toDisplayString(), verification.detail);
        m_result.ok = verification.passed;
    }

private:
    HostShell& m_proxy;
    const NginxSetup& m_setup;
    RouteResult& m_result;
};

QString restoredWords(bool restored, const QString& file)
{
    return restored ? Routing::tr("the previous file is back in place and nginx still routes as before")
                    : Routing::tr("the previous file could NOT be put back: restore %1 from %2 by hand")
                          .arg(file, nginx_commands::backupPath(file));
}

} // namespace

RouteResult switchNginx(HostShell& proxy, const NginxSetup& setup, const QString& newContent,
                        const HttpCheckRequest& verify)
{
    RouteResult result;
    ProxySession session(proxy, setup, result);
    if (const QString invalid = session.validate(); !invalid.isEmpty()) {
        result.detail = invalid;
        return result;
    }
    if (newContent.trimmed().isEmpty()) {
        result.detail = Routing::tr("the new upstream is empty");
        return result;
    }
    FileState state;
    if (!session.inspect(&state, &result.detail))
        return result;
    const QString& file = state.target;
    const bool alreadyNew =
        state.present && withoutTrailingNewlines(state.content) == withoutTrailingNewlines(newContent);
    if (!alreadyNew) {
        if (state.present &&
            !session.run(Routing::tr("back up %1").arg(file), nginx_commands::backup(file), setup.sudo)
                 .ok()) {
            result.detail = Routing::tr("could not keep a copy of %1; nothing was changed").arg(file);
            return result;
        }
        if (!session.writeFile(file, newContent)) {
            result.detail = Routing::tr("could not write %1; nothing was changed").arg(file);
            return result;
        }
    }
    const ShellOutcome tested = session.test();
    if (!tested.ok()) {
        const QString why =
            excerpt(tested.stderrText.trimmed().isEmpty() ? tested.describe() : tested.stderrText, 300);
        if (alreadyNew) {
            result.detail =
                Routing::tr("the nginx test fails with the new upstream already in place: %1").arg(why);
            return result;
        }
        result.restored = session.restoreFile(file, state.present);
        result.detail =
            Routing::tr("the nginx test rejected the new upstream, so nginx was not reloaded: %1; %2")
                .arg(why, restoredWords(result.restored, file));
        return result;
    }
    const ShellOutcome reloaded = session.reload();
    if (!reloaded.ok()) {
        if (!alreadyNew)
            result.restored = session.restoreFile(file, state.present);
        result.detail =
            Routing::tr("nginx could not be reloaded: %1; %2")
                .arg(reloaded.describe(), alreadyNew ? QString() : restoredWords(result.restored, file));
        return result;
    }
    result.reloaded = true;
    session.verify(verify);
    result.detail =
        result.ok
            ? Routing::tr("nginx routes %1 to the new installation: %2")
                  .arg(verify.url.toDisplayString(), result.verification.detail)
            : Routing::tr("nginx was reloaded with the new upstream, but %1 does not answer as expected: %2. "
                          "The previous file is kept as %3: revert to go back.")
                  .arg(verify.url.toDisplayString(), result.verification.detail,
                       nginx_commands::backupPath(file));
    return result;
}

RouteResult revertNginx(HostShell& proxy, const NginxSetup& setup, const HttpCheckRequest& verify)
{
    RouteResult result;
    ProxySession session(proxy, setup, result);
    if (const QString invalid = session.validate(); !invalid.isEmpty()) {
        result.detail = invalid;
        return result;
    }
    FileState current;
    if (!session.inspect(&current, &result.detail))
        return result;
    const QString& file = current.target;
    if (!current.hasBackup) {
        result.detail = Routing::tr("there is no previous upstream file (%1) to go back to")
                            .arg(nginx_commands::backupPath(file));
        return result;
    }
    auto putCurrentBack = [&] {
        return current.present ? session.writeFile(file, current.content) : session.restoreFile(file, false);
    };
    if (!session.restoreFile(file, true)) {
        result.detail =
            Routing::tr("could not put %1 back; nothing was changed").arg(nginx_commands::backupPath(file));
        return result;
    }
    const ShellOutcome tested = session.test();
    if (!tested.ok()) {
        const bool back = putCurrentBack();
        result.detail =
            Routing::tr("the nginx test rejected the previous upstream, so nginx was not reloaded: %1; %2")
                .arg(excerpt(tested.stderrText.trimmed().isEmpty() ? tested.describe() : tested.stderrText,
                             300),
                     back ? Routing::tr("the current file is back in place")
                          : Routing::tr("the current file could NOT be written back"));
        return result;
    }
    const ShellOutcome reloaded = session.reload();
    if (!reloaded.ok()) {
        const bool back = putCurrentBack();
        result.detail =
            Routing::tr("nginx could not be reloaded: %1; %2")
                .arg(reloaded.describe(), back ? Routing::tr("the current file is back in place")
                                               : Routing::tr("the current file could NOT be written back"));
        return result;
    }
    result.reloaded = true;
    session.verify(verify);
    result.detail = result.ok
                        ? Routing::tr("nginx routes %1 to the previous installation again: %2")
                              .arg(verify.url.toDisplayString(), result.verification.detail)
                        : Routing::tr("nginx was reloaded with the previous upstream, but %1 does not answer "
                                      "as expected: %2")
                              .arg(verify.url.toDisplayString(), result.verification.detail);
    return result;
}

Expected<bool, QString> nginxHolds(HostShell& proxy, const NginxSetup& setup, const QString& content)
{
    RouteResult ignored;
    ProxySession session(proxy, setup, ignored);
    if (const QString invalid = session.validate(); !invalid.isEmpty())
        return unexpected(invalid);
    FileState state;
    QString error;
    if (!session.inspect(&state, &error))
        return unexpected(error);
    return state.present && withoutTrailingNewlines(state.content) == withoutTrailingNewlines(content);
}

} // namespace puw
