#include "ReportModel.h"

#include "ReportText.h"
#include "journal/HostBackups.h"
#include "journal/Journal.h"
#include "journal/JournalTime.h"
#include "journal/SessionValues.h"
#include "plan/Procedure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace puw {

namespace {

QString valueOf(const Journal& journal, qint64 session, QLatin1String key)
{
    return journal.value(session, key).trimmed();
}

QString hostText(const QJsonObject& host)
{
    QString text = host.value(QStringLiteral("address")).toString();
    if (text.isEmpty())
        return {};
    const QString user = host.value(QStringLiteral("user")).toString();
    if (!user.isEmpty())
        text = user + QLatin1Char('@') + text;
    const int port = host.value(QStringLiteral("port")).toInt();
    if (port != 0)
        text += QLatin1Char(':') + QString::number(port);
    return text;
}

// A JSON value the engine wrote; a malformed one becomes a problem shown in the report, never a crash.
QJsonDocument parseValue(const QString& text, QLatin1String key, QStringList& problems)
{
    if (text.isEmpty())
        return {};
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        problems.append(Report::tr("The value \"%1\" in the journal is not valid JSON (%2).")
                            .arg(key, error.errorString()));
        return {};
    }
    return document;
}

QMap<QString, qint64> parseCounts(const QString& text, QLatin1String key, QStringList& problems)
{
    QMap<QString, qint64> counts;
    const QJsonObject object = parseValue(text, key, problems).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        counts.insert(it.key(), it.value().isDouble() ? static_cast<qint64>(it.value().toDouble())
                                                      : it.value().toString().toLongLong());
    return counts;
}

void readHeader(ReportModel& model, const Journal& journal, const SessionRecord& session)
{
    using namespace SessionKey;
    const qint64 id = session.id;
    model.planPath = session.planPath;
    model.recipeId = session.recipeId;
    model.startedAt = session.createdAt;
    model.finishedAt = session.finishedAt;

    const QJsonObject plan = QJsonDocument::fromJson(session.planJson).object();
    model.planName = plan.value(QStringLiteral("name")).toString();
    if (model.recipeId.isEmpty())
        model.recipeId = plan.value(QStringLiteral("recipe")).toString();
    const bool shared =
        plan.value(QStringLiteral("database")).toObject().value(QStringLiteral("shared")).toBool();
    model.procedure = procedureTitle(shared ? Procedure::SharedDatabase : Procedure::SeparateDatabase);
    const bool replication =
        plan.value(QStringLiteral("database")).toObject().value(QStringLiteral("sync")) ==
        QStringLiteral("replication");
    const QString syncReason = valueOf(journal, id, kSyncReason);
    const QString restartMs = valueOf(journal, id, kSyncWalRestartMs);
    if (shared)
        model.dataMove = Report::tr("none: old and new use one database server");
    else if (!replication)
        model.dataMove = Report::tr("dump and restore during the downtime");
    else if (!syncReason.isEmpty())
        model.dataMove = Report::tr("dump and restore during the downtime: the plan's replication did not "
                                    "start (%1)")
                             .arg(syncReason);
    else
        model.dataMove = Report::tr("logical replication from the rehearsal on; the cutover caught up");
    if (replication && !restartMs.isEmpty())
        model.dataMove += Report::tr("; old's PostgreSQL restarted for wal_level = logical (%1 s without its "
                                     "database)")
                              .arg(QLocale().toString(restartMs.toLongLong() / 1000.0, 'f', 1));
    model.hosts.append({QStringLiteral("old"), hostText(plan.value(QStringLiteral("old")).toObject()),
                        valueOf(journal, id, kHostKeyOld)});
    model.hosts.append({QStringLiteral("new"), hostText(plan.value(QStringLiteral("new")).toObject()),
                        valueOf(journal, id, kHostKeyNew)});
    const QJsonObject route = plan.value(QStringLiteral("route")).toObject();
    const QString proxy = hostText(route.value(QStringLiteral("proxy")).toObject());
    const QString proxyKey = valueOf(journal, id, kHostKeyProxy);
    if (!proxy.isEmpty() || !proxyKey.isEmpty())
        model.hosts.append({QStringLiteral("proxy"), proxy, proxyKey});

    model.versionOld = valueOf(journal, id, kVersionOld);
    model.versionNew = valueOf(journal, id, kVersionNew);
    model.runUser = valueOf(journal, id, kRunUser);
    model.runMachine = valueOf(journal, id, kRunMachine);
    model.programVersion = valueOf(journal, id, kProgramVersion);
    model.canaryStages = canaryStagesFromJson(valueOf(journal, id, kCanaryStages));
    model.previewUrl = valueOf(journal, id, kPreviewUrl);
    model.previewOpenedAt = QDateTime::fromString(valueOf(journal, id, kPreviewOpenedAt), Qt::ISODateWithMs);
    model.previewClosedAt = QDateTime::fromString(valueOf(journal, id, kPreviewClosedAt), Qt::ISODateWithMs);
}

void readDowntime(ReportModel& model, const Journal& journal, qint64 id)
{
    model.downtime =
        Downtime::read(journal.values(id), model.step(downtimeStartStep()), model.step(downtimeEndStep()));
}

void readResults(ReportModel& model, const Journal& journal, qint64 id)
{
    using namespace SessionKey;
    const QList<ArtefactRecord> artefacts = journal.artefacts(id);
    model.hostBackups = HostBackups::left(artefacts);
    model.removedHostBackups = HostBackups::removed(artefacts);
    for (const ArtefactRecord& artefact : artefacts) {
        if (HostBackups::isOnHost(artefact))
            continue;
        if (artefact.kind == QLatin1String("backup"))
            model.backups.append(artefact);
        else if (artefact.kind == QLatin1String("config-copy"))
            model.configFiles.append({artefact.path, artefact.sha256, {}});
    }
    model.checks = journal.checks(id);
    model.commands = journal.commands(id);

    const QMap<QString, qint64> before =
        parseCounts(valueOf(journal, id, kRowCountsOld), kRowCountsOld, model.problems);
    const QMap<QString, qint64> after =
        parseCounts(valueOf(journal, id, kRowCountsNew), kRowCountsNew, model.problems);
    QStringList tables = before.keys() + after.keys();
    tables.removeDuplicates();
    tables.sort();
    const QJsonObject sumsBefore =
        parseValue(valueOf(journal, id, kChecksumsOld), kChecksumsOld, model.problems).object();
    const QJsonObject sumsAfter =
        parseValue(valueOf(journal, id, kChecksumsNew), kChecksumsNew, model.problems).object();
    for (const QString& table : tables)
        model.rowCounts.append({table, before.value(table, -1), after.value(table, -1),
                                sumsBefore.value(table).toString(), sumsAfter.value(table).toString()});

    const QJsonArray migrations =
        parseValue(valueOf(journal, id, kMigrationsApplied), kMigrationsApplied, model.problems).array();
    for (const QJsonValue& name : migrations)
        model.migrations.append(name.toString());

    for (const QJsonValue& log :
         parseValue(valueOf(journal, id, kImportedFrom), kImportedFrom, model.problems).array())
        model.importedFrom.append(log.toString());
    for (const QJsonValue& note :
         parseValue(valueOf(journal, id, kImportNotes), kImportNotes, model.problems).array())
        model.importNotes.append(note.toString());

    const QJsonArray copied =
        parseValue(valueOf(journal, id, kConfigCopied), kConfigCopied, model.problems).array();
    for (const QJsonValue& entry : copied) {
        const QJsonObject file = entry.toObject();
        QStringList merge;
        for (const QJsonValue& line : file.value(QStringLiteral("summary")).toArray())
            merge.append(line.toString());
        const ReportConfigFile item{file.value(QStringLiteral("path")).toString(),
                                    file.value(QStringLiteral("sha256")).toString(),
                                    merge.join(QLatin1Char(' '))};
        const auto known = std::find_if(
            model.configFiles.begin(), model.configFiles.end(), [&](const ReportConfigFile& other) {
                return other.path == item.path || other.path == QStringLiteral("new:") + item.path;
            });
        if (known == model.configFiles.end())
            model.configFiles.append(item);
        else
            known->merge = item.merge;
    }
}

} // namespace

Expected<ReportModel, QString> ReportModel::fromJournal(const Journal& journal, qint64 sessionId)
{
    const std::optional<SessionRecord> session = journal.session(sessionId);
    if (!session)
        return Report::tr("Session %1 is not in the journal %2; pick a session that exists.")
            .arg(sessionId)
            .arg(journal.databasePath());

    ReportModel model;
    model.sessionId = sessionId;
    model.generatedAt = QDateTime::currentDateTimeUtc();
    readHeader(model, journal, *session);
    model.steps = journal.steps(sessionId);
    readDowntime(model, journal, sessionId);
    readResults(model, journal, sessionId);
    return model;
}

} // namespace puw
