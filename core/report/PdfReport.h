#pragma once

#include "ReportDocument.h"

#include <QImage>
#include <QString>

class QIODevice;

namespace puw {

// The report as a PDF: A4, the document laid out by QTextDocument from the paged HTML, the timeline
// embedded, "Page n of m" at the foot of every page. The header and the checklist come first, so the
// checklist is on page one. Returns an empty string or the reason it failed.
namespace PdfReport {

QString write(const ReportDocument& document, const QImage& timeline, QIODevice* device);

} // namespace PdfReport

} // namespace puw
