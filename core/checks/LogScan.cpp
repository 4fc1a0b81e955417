#include "LogScan.h"

#include "remote/ShellQuote.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace puw {

namespace {

const QString kSizeTag = QStringLiteral("puw-size ");
const QString kMissingTag = QStringLiteral("puw-missing");

QString sizeWords(qint64 bytes)
{
    if (bytes < 1024)
        return Checks::tr("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return Checks::tr("%1 KiB").arg(QString::number(double(bytes) / 1024.0, 'f', 1));
    return Checks::tr("%1 MiB").arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

} // namespace

QString logMarkCommand(const QStringList& files)
{
    QStringList parts;
    for (const QString& file : files) {
        const QString quoted = shellQuote(file);
        parts << QStringLiteral("if [ -f %1 ]; then wc -c < %1; else echo %2; fi").arg(quoted, kMissingTag);
    }
    return parts.join(QStringLiteral("; "));
}

QString logScanCommand(const LogMark& mark, qint64 maxBytes)
{
    const QString file = shellQuote(mark.file);
    return QStringLiteral("if [ ! -e %1 ]; then echo %2; exit 0; fi; size=$(wc -c < %1) || exit 1; "
                          "echo \"%3$size\"; if [ \"$size\" -lt %4 ]; then start=1; else start=%5; fi; "
                          "tail -c \"+$start\" -- %1 | head -c %6")
        .arg(file, kMissingTag, kSizeTag, shellQuote(QString::number(mark.offset)),
             shellQuote(QString::number(mark.offset + 1)), shellQuote(QString::number(maxBytes)));
}

Expected<QList<LogMark>, QString> markLogs(HostShell& shell, const QStringList& files, bool sudo,
                                           int timeoutMs)
{
    QList<LogMark> marks;
    if (files.isEmpty())
        return marks;
    ShellRequest request;
    request.commandLine = logMarkCommand(files);
    request.sudo = sudo;
    request.timeoutMs = timeoutMs;
    const ShellOutcome outcome = shell.run(request);
    if (!outcome.ok())
        return Checks::tr("could not measure the logs on %1: %2").arg(shell.hostLabel(), outcome.describe());
    const QStringList lines = outcome.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() != files.size())
        return Checks::tr("could not measure the logs on %1: unexpected answer '%2'")
            .arg(shell.hostLabel(), excerpt(outcome.stdoutText));
    for (qsizetype i = 0; i < files.size(); ++i) {
        bool isNumber = false;
        const qint64 size = lines[i].trimmed().toLongLong(&isNumber);
        marks.append({files[i], isNumber ? size : 0, lines[i].trimmed() == kMissingTag});
    }
    return marks;
}

CheckResult scanLogs(HostShell& shell, const LogScanRequest& request)
{
    CheckResult result;
    result.name = request.name;
    result.kind = QStringLiteral("log");
    result.checkedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    const QRegularExpression pattern(request.errorPattern);
    if (request.errorPattern.isEmpty() || !pattern.isValid()) {
        result.detail = Checks::tr("the log error pattern '%1' is not valid: %2")
                            .arg(request.errorPattern, pattern.errorString());
        return result;
    }
    qint64 bytesRead = 0;
    int matchCount = 0;
    QStringList shown, notes;
    QStringList filesWithMatches;
    for (const LogMark& mark : request.marks) {
        ShellRequest shellRequest;
        shellRequest.commandLine = logScanCommand(mark, request.maxBytesPerFile);
        shellRequest.sudo = request.sudo;
        shellRequest.timeoutMs = request.timeoutMs;
        const ShellOutcome outcome = shell.run(shellRequest);
        if (outcome.status == ShellOutcome::Status::Cancelled) {
            result.cancelled = true;
            result.detail = Checks::tr("cancelled while reading %1").arg(mark.file);
            return result;
        }
        if (!outcome.ok()) {
            result.detail = Checks::tr("could not read %1 on %2: %3")
                                .arg(mark.file, shell.hostLabel(), outcome.describe());
            return result;
        }
        QStringList lines = outcome.stdoutText.split(QLatin1Char('\n'));
        if (lines.value(0) == kMissingTag) {
            notes << Checks::tr("%1 does not exist").arg(mark.file);
            continue;
        }
        if (!lines.value(0).startsWith(kSizeTag)) {
            result.detail = Checks::tr("could not read %1 on %2: unexpected answer '%3'")
                                .arg(mark.file, shell.hostLabel(), excerpt(lines.value(0)));
            return result;
        }
        const qint64 size = lines.takeFirst().mid(kSizeTag.size()).toLongLong();
        if (size < mark.offset)
            notes << Checks::tr("%1 was rotated or truncated since the start: read from its beginning")
                         .arg(mark.file);
        const qint64 available = size < mark.offset ? size : size - mark.offset;
        if (available > request.maxBytesPerFile)
            notes << Checks::tr("only the first %1 of %2 were read")
                         .arg(sizeWords(request.maxBytesPerFile), mark.file);
        bytesRead += std::min(available, request.maxBytesPerFile);
        for (const QString& line : std::as_const(lines)) {
            if (line.isEmpty() || !pattern.match(line).hasMatch())
                continue;
            ++matchCount;
            if (!filesWithMatches.contains(mark.file))
                filesWithMatches << mark.file;
            if (shown.size() < request.maxShownLines)
                shown << excerpt(line, 160);
        }
    }
    result.elapsedMs = clock.elapsed();
    if (matchCount == 0) {
        result.passed = true;
        result.detail = Checks::tr("no line matches the error pattern in %n log(s) since the start (%1 read)",
                                   nullptr, int(request.marks.size()))
                            .arg(sizeWords(bytesRead));
    } else {
        result.detail =
            Checks::tr("%n line(s) match the error pattern in %1: %2", nullptr, matchCount)
                .arg(filesWithMatches.join(QStringLiteral(", ")), shown.join(QStringLiteral(" | ")));
    }
    if (!notes.isEmpty())
        result.detail += QStringLiteral(" (%1)").arg(notes.join(QStringLiteral("; ")));
    return result;
}

} // namespace puw
