#include "PreviewPlan.h"

#include <QCoreApplication>
#include <QUrl>

namespace puw {

namespace {
class PreviewText {
    Q_DECLARE_TR_FUNCTIONS(puw::UpgradePlan)
};

// The port users reach through the public URL (80 or 443 when the URL names none); -1 when unknown.
int publicPort(const QString& publicUrl)
{
    const QUrl url(publicUrl);
    if (!url.isValid() || url.host().isEmpty())
        return -1;
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1);
}
} // namespace

QString previewFileProblem(const QString& path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return PreviewText::tr("is \"%1\", which is not an absolute path.").arg(path);
    for (const QChar c : path) {
        if (c.category() == QChar::Other_Control)
            return PreviewText::tr("holds a control character.");
    }
    const QStringList parts = path.mid(1).split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return PreviewText::tr("has an empty, \".\" or \"..\" part.");
    }
    return {};
}

PreviewSpec readPreview(JsonFieldReader& reader, const QJsonObject& route, const QString& parent,
                        const QString& publicUrl)
{
    PreviewSpec preview;
    const QJsonObject object = reader.optionalObject(route, QStringLiteral("preview"), parent);
    if (reader.failed() || route.value(QStringLiteral("preview")).isNull() ||
        route.value(QStringLiteral("preview")).isUndefined())
        return preview;
    const QString path = JsonFieldReader::join(parent, QStringLiteral("preview"));
    reader.rejectUnknownKeys(object, JsonFieldReader::keyList({"port", "file"}), path);
    if (reader.failed())
        return preview;
    const QString portField = JsonFieldReader::join(path, QStringLiteral("port"));
    if (!object.contains(QStringLiteral("port"))) {
        reader.fail(portField, PreviewText::tr("is missing."),
                    PreviewText::tr("Give the port on the proxy where testers reach the new installation, "
                                    "e.g. 8081."));
        return preview;
    }
    const int port = reader.optionalInt(object, QStringLiteral("port"), path, 0, 1, 65535);
    if (reader.failed())
        return preview;
    if (port == publicPort(publicUrl)) {
        reader.fail(portField,
                    PreviewText::tr("is %1, the public URL's port: users would be sent to the new "
                                    "installation before step 9.")
                        .arg(port),
                    PreviewText::tr("Choose a port no user opens, e.g. 8081."));
        return preview;
    }
    const QString file = reader.optionalString(object, QStringLiteral("file"), path);
    if (!file.isEmpty()) {
        if (const QString problem = previewFileProblem(file); !problem.isEmpty()) {
            reader.fail(JsonFieldReader::join(path, QStringLiteral("file")), problem,
                        PreviewText::tr("Give an absolute path that nginx's configuration includes, e.g. "
                                        "/etc/nginx/conf.d/puw-preview.conf, or leave it out."));
            return preview;
        }
    }
    preview.port = port;
    preview.file = file;
    return preview;
}

void refusePreviewOutsideNginx(JsonFieldReader& reader, const QJsonObject& route, const QString& path,
                               RouteKind kind)
{
    const QJsonValue value = route.value(QStringLiteral("preview"));
    if (value.isUndefined() || value.isNull())
        return;
    const QString field = JsonFieldReader::join(path, QStringLiteral("preview"));
    if (kind == RouteKind::Dns)
        reader.fail(field,
                    PreviewText::tr("needs an nginx route: with DNS, users and testers resolve the same "
                                    "name, so there is no proxy where the program could open a second way "
                                    "to the new installation."),
                    PreviewText::tr("Remove route.preview and give testers the new host's own address, or "
                                    "route through nginx."));
    else
        reader.fail(field, PreviewText::tr("needs an nginx route: this plan routes nothing."),
                    PreviewText::tr("Remove route.preview, or route through nginx."));
}

QJsonObject previewToJson(const PreviewSpec& preview)
{
    if (preview.isEmpty())
        return {};
    QJsonObject object{{QStringLiteral("port"), preview.port}};
    if (!preview.file.isEmpty())
        object.insert(QStringLiteral("file"), preview.file);
    return object;
}

} // namespace puw
