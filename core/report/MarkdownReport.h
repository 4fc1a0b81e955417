#pragma once

#include "ReportDocument.h"

#include <QByteArray>
#include <QString>

namespace puw {

// GitHub-flavoured Markdown that renders the same on any forge: the checklist as task-list items,
// tables for tables, fenced code blocks for commands and outputs (each fence longer than any backtick
// run inside), and every inline text escaped so that it stays text.
namespace MarkdownReport {

// imageFileName: the timeline PNG beside the .md file, referenced by relative path.
QByteArray render(const ReportDocument& document, const QString& imageFileName);

// Inline text with every character that Markdown (or a forge's extensions) could read as syntax escaped.
QString escapeInline(const QString& text);

// escapeInline(), and a first character that would start a list, quote or heading escaped too.
QString escapeLineStart(const QString& text);

// A fence of backticks longer than the longest run of backticks in text, and at least three.
QString fenceFor(const QString& text);

} // namespace MarkdownReport

} // namespace puw
