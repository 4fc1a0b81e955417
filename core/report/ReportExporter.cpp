#include "ReportExporter.h"

#include "HtmlReport.h"
#include "MarkdownReport.h"
#include "PdfReport.h"
#include "ReportDocument.h"
#include "ReportText.h"
#include "ReportTimeline.h"
#include "journal/Journal.h"
#include "util/Redactor.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>

namespace puw {

namespace {

QString cannotWrite(const QString& path, const QString& reason)
{
    return Report::tr("Cannot write the report to %1: %2. Choose a folder that exists and that you can "
                      "write to, or free some space.")
        .arg(QDir::toNativeSeparators(path), reason);
}

// A report names hosts, paths and what ran on them: it is the admin's to share, owner-only until then.
bool openOwnerOnly(QSaveFile& file)
{
    return file.open(QIODevice::WriteOnly) &&
           file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// Writes the whole file or nothing, owner-only.
QString saveAtomically(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    if (!openOwnerOnly(file))
        return cannotWrite(path, file.errorString());
    if (file.write(content) != content.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return cannotWrite(path, reason);
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

QByteArray pngOf(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

std::optional<ReportExporter::Format> ReportExporter::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString ReportExporter::timelinePathFor(const QString& markdownPath)
{
    const QFileInfo info(markdownPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-timeline.png"));
}

QString ReportExporter::exportTo(const ReportModel& model, const QString& path) const
{
    const std::optional<Format> format = formatFor(path);
    if (!format)
        return Report::tr("Cannot export the report to %1: the format follows the file name, which must end "
                          "in .md, .html or .pdf.")
            .arg(QDir::toNativeSeparators(path));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Report::tr("Cannot export the report to %1: drawing the timeline needs fonts, which this "
                          "program only has with its graphical part; run it with QT_QPA_PLATFORM=offscreen "
                          "instead of without a display.")
            .arg(QDir::toNativeSeparators(path));

    const ReportModel redacted = model.redacted(m_redactor);
    switch (*format) {
    case Format::Markdown:
        return writeMarkdown(redacted, path);
    case Format::Html:
        return writeHtml(redacted, path);
    case Format::Pdf:
        return writePdf(redacted, path);
    }
    return {};
}

QString ReportExporter::writeMarkdown(const ReportModel& model, const QString& path) const
{
    const QString imagePath = timelinePathFor(path);
    if (QString error = saveAtomically(imagePath, pngOf(renderReportTimeline(model))); !error.isEmpty())
        return Report::tr("%1 (The timeline picture of %2 goes beside it.)")
            .arg(error, QDir::toNativeSeparators(path));
    const QByteArray markdown =
        MarkdownReport::render(buildReportDocument(model), QFileInfo(imagePath).fileName());
    return saveAtomically(path, m_redactor.redact(markdown));
}

QString ReportExporter::writeHtml(const ReportModel& model, const QString& path) const
{
    const QString image = QStringLiteral("data:image/png;base64,") +
                          QString::fromLatin1(pngOf(renderReportTimeline(model)).toBase64());
    const QString html = HtmlReport::render(buildReportDocument(model), HtmlReport::Flavour::Browser, image);
    return saveAtomically(path, m_redactor.redact(html).toUtf8());
}

QString ReportExporter::writePdf(const ReportModel& model, const QString& path) const
{
    QSaveFile file(path);
    if (!openOwnerOnly(file))
        return cannotWrite(path, file.errorString());
    const QString error = PdfReport::write(buildReportDocument(model), renderReportTimeline(model), &file);
    if (!error.isEmpty()) {
        file.cancelWriting();
        return cannotWrite(path, error);
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

QString exportReport(const Journal& journal, qint64 sessionId, const QString& path, const Redactor& redactor)
{
    if (!ReportExporter::formatFor(path))
        return ReportExporter(redactor).exportTo({}, path);
    auto model = ReportModel::fromJournal(journal, sessionId);
    if (!model.ok())
        return model.error();
    return ReportExporter(redactor).exportTo(model.value(), path);
}

} // namespace puw
