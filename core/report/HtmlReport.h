#pragma once

#include "ReportDocument.h"

#include <QString>

namespace puw {

// HTML for the report. Browser: one self-contained file (inline style, the timeline as a data: URI, a
// Content-Security-Policy that forbids scripts and every external load) that prints well. Paged: the
// subset QTextDocument understands, for the PDF. Every text is escaped.
namespace HtmlReport {

enum class Flavour { Browser, Paged };

// imageSource: what <img src> names for the timeline (a data: URI, or a QTextDocument resource name).
// imageWidth: the picture's width in CSS pixels for the Paged flavour.
QString render(const ReportDocument& document, Flavour flavour, const QString& imageSource,
               int imageWidth = 0);

} // namespace HtmlReport

} // namespace puw
