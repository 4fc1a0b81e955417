#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace puw {

struct ReportModel;

// The report as a list of plain-text blocks, built once from the model (ReportContent.cpp) and written
// by each format. Every text here is plain and already sanitised; writers only escape.
struct ReportChecklistItem {
    bool checked = false;
    QString title;  // "3. Back up the old database"
    QString state;  // "done", "skipped", "failed", ...
    QString detail; // start, end, duration and the one-line result
};

struct ReportBlock {
    enum class Kind {
        Title,     // text
        Heading,   // text, level 2 or 3
        Paragraph, // text
        Fields,    // rows of {label, value}
        Checklist, // items
        Table,     // columns, rows
        Bullets,   // rows of {text}
        Code,      // text (a command or its output), caption
        Timeline,  // the picture; text is its description
        PageBreak, // before the appendix in paged formats
    };
    explicit ReportBlock(Kind kind = Kind::Paragraph, QString text = {}) : kind(kind), text(std::move(text))
    {
    }
    ReportBlock&& setLevel(int value) &&
    {
        level = value;
        return std::move(*this);
    }
    ReportBlock&& setCaption(QString value) &&
    {
        caption = std::move(value);
        return std::move(*this);
    }
    ReportBlock&& setColumns(QStringList value) &&
    {
        columns = std::move(value);
        return std::move(*this);
    }
    ReportBlock&& setEmphasis(bool value) &&
    {
        emphasis = value;
        return std::move(*this);
    }

    Kind kind = Kind::Paragraph;
    int level = 2;
    QString text;
    QString caption;
    QStringList columns;
    QList<QStringList> rows;
    QList<ReportChecklistItem> items;
    bool emphasis = false; // a paragraph that warns (failed checks, partial backups, unfinished upgrade)
};

using ReportDocument = QList<ReportBlock>;

// Builds the document. The model should already be redacted.
ReportDocument buildReportDocument(const ReportModel& model);

// Parts of buildReportDocument, one per section (ReportContentSections.cpp).
namespace ReportSections {
void appendBackups(ReportDocument& doc, const ReportModel& model);
void appendHostBackups(ReportDocument& doc, const ReportModel& model);
void appendChecks(ReportDocument& doc, const ReportModel& model);
void appendData(ReportDocument& doc, const ReportModel& model);
void appendCommands(ReportDocument& doc, const ReportModel& model);
void appendCanary(ReportDocument& doc, const ReportModel& model);  // ReportCanary.cpp
void appendPreview(ReportDocument& doc, const ReportModel& model); // ReportCanary.cpp
} // namespace ReportSections

} // namespace puw
