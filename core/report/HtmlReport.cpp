#include "HtmlReport.h"

#include "ReportText.h"

namespace puw::HtmlReport {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

const char* const kStyle = R"(
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 14px;
       color: #111; max-width: 62rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: .5rem; } h2 { font-size: 1.25rem; margin-top: 1.6rem;
  border-bottom: 1px solid #ccc; } h3 { font-size: 1.05rem; margin-top: 1.1rem; }
table { border-collapse: collapse; margin: .4rem 0 .8rem; }
th, td { border: 1px solid #bbb; padding: .2rem .45rem; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
table.fields th { background: #f3f3f3; white-space: nowrap; }
thead th { background: #e8e8e8; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li { margin: .35rem 0; padding-left: 1.8rem; text-indent: -1.8rem; }
.mark { font-family: "DejaVu Sans Mono", monospace; font-weight: bold; }
.detail { display: block; text-indent: 0; color: #333; font-size: .92em; }
.warning { color: #8a1010; font-weight: bold; }
pre { background: #f6f6f6; border: 1px solid #ddd; padding: .4rem .6rem; font-size: 12px;
  white-space: pre-wrap; overflow-wrap: anywhere; }
img.timeline { max-width: 100%; height: auto; border: 1px solid #ddd; }
.caption { margin: .3rem 0 0; font-size: .9em; color: #444; }
@media print { body { max-width: none; margin: 0; font-size: 11px; } pre { font-size: 9px; }
  .page-break { break-before: page; } h2, h3 { break-after: avoid; } pre, tr { break-inside: avoid; } }
)";

struct Writer {
    Flavour flavour;
    QString imageSource;
    int imageWidth;
    QString out;
    bool breakPending = false;

    bool paged() const { return flavour == Flavour::Paged; }

    QString tableOpen() const
    {
        return paged()
                   ? QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">")
                   : QStringLiteral("<table>");
    }

    void heading(const QString& tag, const QString& text)
    {
        const QString style =
            breakPending && paged() ? QStringLiteral(" style=\"page-break-before: always\"") : QString();
        if (breakPending && !paged())
            out += QStringLiteral("<div class=\"page-break\"></div>\n");
        breakPending = false;
        out += QStringLiteral("<%1%2>%3</%1>\n").arg(tag, style, esc(text));
    }

    void checklist(const ReportBlock& block)
    {
        if (paged()) { // QTextDocument: paragraphs, so that no bullet sits beside the mark
            for (const ReportChecklistItem& item : block.items)
                out +=
                    QStringLiteral("<p style=\"margin-top: 5px; margin-bottom: 0px\">%1 <b>%2</b>: %3</p>\n"
                                   "<p style=\"margin-top: 0px; margin-left: 24px\">%4</p>\n")
                        .arg(item.checked ? QStringLiteral("[x]") : QStringLiteral("[ ]"), esc(item.title),
                             esc(item.state), esc(item.detail));
            return;
        }
        out += QStringLiteral("<ul class=\"checklist\">\n");
        for (const ReportChecklistItem& item : block.items)
            out += QStringLiteral("<li class=\"%1\"><span class=\"mark\">%2</span> <strong>%3</strong>: %4"
                                  "<span class=\"detail\">%5</span></li>\n")
                       .arg(item.checked ? QStringLiteral("done") : QStringLiteral("open"),
                            item.checked ? QStringLiteral("☑") : QStringLiteral("☐"), esc(item.title),
                            esc(item.state), esc(item.detail));
        out += QStringLiteral("</ul>\n");
    }

    void table(const QStringList& columns, const QList<QStringList>& rows, bool fields)
    {
        out += fields && !paged() ? QStringLiteral("<table class=\"fields\">") : tableOpen();
        out += QLatin1Char('\n');
        if (!columns.isEmpty()) {
            out += QStringLiteral("<thead><tr>");
            for (const QString& column : columns)
                out += QStringLiteral("<th>") + esc(column) + QStringLiteral("</th>");
            out += QStringLiteral("</tr></thead>\n");
        }
        out += QStringLiteral("<tbody>\n");
        for (const QStringList& row : rows) {
            out += QStringLiteral("<tr>");
            for (qsizetype i = 0; i < row.size(); ++i) {
                const bool label = fields && i == 0;
                out += (label ? QStringLiteral("<th>") : QStringLiteral("<td>")) + esc(row.at(i)) +
                       (label ? QStringLiteral("</th>") : QStringLiteral("</td>"));
            }
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody></table>\n");
    }

    void block(const ReportBlock& block)
    {
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            heading(QStringLiteral("h1"), block.text);
            break;
        case ReportBlock::Kind::Heading:
            heading(block.level <= 2 ? QStringLiteral("h2") : QStringLiteral("h3"), block.text);
            break;
        case ReportBlock::Kind::Paragraph:
            out += block.emphasis ? QStringLiteral("<p class=\"warning\"><strong>") + esc(block.text) +
                                        QStringLiteral("</strong></p>\n")
                                  : QStringLiteral("<p>") + esc(block.text) + QStringLiteral("</p>\n");
            break;
        case ReportBlock::Kind::Fields:
            table({}, block.rows, true);
            break;
        case ReportBlock::Kind::Checklist:
            checklist(block);
            break;
        case ReportBlock::Kind::Table:
            table(block.columns, block.rows, false);
            break;
        case ReportBlock::Kind::Bullets:
            out += QStringLiteral("<ul>\n");
            for (const QStringList& row : block.rows)
                out += QStringLiteral("<li>") + esc(row.value(0)) + QStringLiteral("</li>\n");
            out += QStringLiteral("</ul>\n");
            break;
        case ReportBlock::Kind::Code:
            if (!block.caption.isEmpty())
                out +=
                    QStringLiteral("<p class=\"caption\">") + esc(block.caption) + QStringLiteral("</p>\n");
            out += (paged() ? QStringLiteral("<pre style=\"font-size: 7pt\">") : QStringLiteral("<pre>")) +
                   esc(block.text) + QStringLiteral("</pre>\n");
            break;
        case ReportBlock::Kind::Timeline:
            if (paged())
                out += QStringLiteral("<p><img src=\"%1\" width=\"%2\" alt=\"%3\"/></p>\n")
                           .arg(esc(imageSource))
                           .arg(imageWidth)
                           .arg(esc(block.text));
            else
                out += QStringLiteral("<p><img class=\"timeline\" src=\"%1\" alt=\"%2\"/></p>\n")
                           .arg(esc(imageSource), esc(block.text));
            break;
        case ReportBlock::Kind::PageBreak:
            breakPending = true;
            break;
        }
    }
};

} // namespace

QString render(const ReportDocument& document, Flavour flavour, const QString& imageSource, int imageWidth)
{
    Writer writer{flavour, imageSource, imageWidth, {}, false};
    QString title;
    for (const ReportBlock& block : document) {
        if (block.kind == ReportBlock::Kind::Title && title.isEmpty())
            title = block.text;
    }
    writer.out += QStringLiteral("<!DOCTYPE html>\n<html><head>\n<meta charset=\"utf-8\"/>\n");
    if (flavour == Flavour::Browser) {
        // Nothing may run and nothing may load from elsewhere: the file is the whole report.
        writer.out +=
            QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "img-src data:; style-src 'unsafe-inline'\"/>\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                           "<style>") +
            QString::fromUtf8(kStyle) + QStringLiteral("</style>\n");
    }
    writer.out += QStringLiteral("<title>") + esc(title) + QStringLiteral("</title>\n</head><body>\n");
    for (const ReportBlock& block : document)
        writer.block(block);
    writer.out += QStringLiteral("</body></html>\n");
    return writer.out;
}

} // namespace puw::HtmlReport
