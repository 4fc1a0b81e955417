#pragma once

#include "ReportModel.h"

#include <QString>

#include <optional>

namespace puw {

class Journal;
class Redactor;

// Writes a report file; the format follows the extension:
//   .md / .markdown   Markdown, with the timeline as "<name>-timeline.png" beside it (relative link)
//   .html / .htm      one self-contained HTML file (timeline embedded as a data: URI)
//   .pdf              PDF (QTextDocument + QPdfWriter), page numbers, the checklist on page one
// Every text passes through the redactor again before it is written, and every file is written
// atomically (QSaveFile): a failed export leaves no half-written report behind. Every file (the timeline
// picture too) is written owner-only (0600), whatever the umask, also over an existing report.
//
// Drawing needs fonts, so a QGuiApplication must exist (headless: QT_QPA_PLATFORM=offscreen).
// Call from any one thread; the model holds plain values.
class ReportExporter {
public:
    enum class Format { Markdown, Html, Pdf };

    explicit ReportExporter(const Redactor& redactor) : m_redactor(redactor) {}

    static std::optional<Format> formatFor(const QString& path);
    // Where the Markdown report's timeline picture goes: "/x/report.md" -> "/x/report-timeline.png".
    static QString timelinePathFor(const QString& markdownPath);

    // Returns an empty string, or a sentence naming the path and what to do about it.
    QString exportTo(const ReportModel& model, const QString& path) const;

private:
    QString writeMarkdown(const ReportModel& model, const QString& path) const;
    QString writeHtml(const ReportModel& model, const QString& path) const;
    QString writePdf(const ReportModel& model, const QString& path) const;

    const Redactor& m_redactor;
};

// The one call for the wizard's summary page and for `--headless --report FILE`: reads the session
// from the journal and exports it. Returns an empty string or the reason (naming the file and the fix).
QString exportReport(const Journal& journal, qint64 sessionId, const QString& path, const Redactor& redactor);

} // namespace puw
