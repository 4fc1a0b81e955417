#include "PdfReport.h"

#include "HtmlReport.h"
#include "ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace puw::PdfReport {

namespace {

constexpr int kResolution = 300;
constexpr double kMarginMm = 15;
constexpr double kFooterMm = 8;
constexpr double kCssDpi = 96;

QString titleOf(const ReportDocument& document)
{
    for (const ReportBlock& block : document) {
        if (block.kind == ReportBlock::Kind::Title)
            return block.text;
    }
    return Report::tr("Parallel upgrade report");
}

} // namespace

QString write(const ReportDocument& document, const QImage& timeline, QIODevice* device)
{
    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    const QString title = titleOf(document);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Parallel Upgrade Wizard"));

    const QRect page = writer.pageLayout().paintRectPixels(kResolution);
    const int footer = qRound(kFooterMm / 25.4 * kResolution);
    const QSizeF body(page.width(), page.height() - footer);

    QTextDocument text;
    text.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    // Any letter spacing makes Qt shape without ligatures, so "fi" stays two letters that a search or
    // pdftotext finds; the spacing itself (1/64 px) is invisible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    text.setDefaultFont(font);
    text.setDocumentMargin(0);
    const QString imageName = QStringLiteral("puw-timeline.png");
    text.addResource(QTextDocument::ImageResource, QUrl(imageName), timeline);
    const int imageWidth = static_cast<int>(body.width() * kCssDpi / kResolution);
    text.setHtml(HtmlReport::render(document, HtmlReport::Flavour::Paged, imageName, imageWidth));
    text.setPageSize(body);

    QPainter painter;
    if (!painter.begin(&writer))
        return Report::tr("the PDF writer could not start");
    QFont small = font;
    small.setPointSizeF(7.5);
    const int pages = text.pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !writer.newPage())
            return Report::tr("the PDF writer could not add page %1").arg(index + 1);
        painter.save();
        painter.translate(0, -index * body.height());
        text.drawContents(&painter, QRectF(QPointF(0, index * body.height()), body));
        painter.restore();

        painter.save();
        painter.setFont(small);
        painter.setPen(QColor(80, 80, 80));
        const QRectF foot(0, body.height(), body.width(), footer);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, title);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                         Report::tr("Page %1 of %2").arg(index + 1).arg(pages));
        painter.restore();
    }
    if (!painter.end())
        return Report::tr("the PDF writer could not finish the file");
    return {};
}

} // namespace puw::PdfReport
