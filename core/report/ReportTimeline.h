#pragma once

#include <QImage>

namespace puw {

struct ReportModel;

// Draws the timeline: one bar per step on a time axis (rehearsal, cutover and aftermath in their own
// colours, failures hatched), the downtime window shaded with its length written on it, and long idle
// gaps shown as breaks. Text needs fonts: call with a QGuiApplication (QT_QPA_PLATFORM=offscreen is
// enough without a display).
QImage renderReportTimeline(const ReportModel& model, int width = 1400);

} // namespace puw
