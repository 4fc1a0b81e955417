#include "StepStateDisplay.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPalette>
#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace puw::StepStateDisplay {

// QCoreApplication::translate with a literal context, so that lupdate finds every string.

namespace {
// The style has no "not started" icon: a hollow circle, so that every state has one and texts line up.
QIcon pendingIcon(const QWidget* source)
{
    const int side = source->style()->pixelMetric(QStyle::PM_SmallIconSize);
    const qreal ratio = source->devicePixelRatioF();
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(source->palette().color(QPalette::PlaceholderText), 1.5));
    painter.drawEllipse(QRectF(2.5, 2.5, side - 5, side - 5));
    return QIcon(pixmap);
}
} // namespace
QIcon icon(StepState state, const QWidget* styleSource)
{
    const QStyle* style = styleSource->style();
    switch (state) {
    case StepState::Pending:
        return pendingIcon(styleSource);
    case StepState::Running:
        return style->standardIcon(QStyle::SP_MediaPlay);
    case StepState::Done:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case StepState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case StepState::Skipped:
        return style->standardIcon(QStyle::SP_MediaSkipForward);
    case StepState::Cancelled:
        return style->standardIcon(QStyle::SP_MediaStop);
    case StepState::Interrupted:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    return {};
}

namespace {
// WCAG's relative luminance and contrast ratio.
double luminance(const QColor& colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The shade readable (contrast 4.5, WCAG AA) on both of the palette's backgrounds: darker on light
// ones, lighter on dark ones, so that a theme's own greys never wash the state out.
QColor readable(QColor colour, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const bool darkBackground = base.lightness() < 128;
    for (int i = 0; i < 20 && std::min(contrast(colour, base), contrast(colour, window)) < 4.5; ++i)
        colour = darkBackground ? colour.lighter(112) : colour.darker(112);
    return colour;
}

QColor paletteColour(StepState state, const QWidget* paletteSource)
{
    const bool dark = paletteSource->palette().color(QPalette::Base).lightness() < 128;
    switch (state) {
    case StepState::Pending:
        return {};
    case StepState::Running:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
    case StepState::Done:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32);
    case StepState::Failed:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case StepState::Skipped:
        return paletteSource->palette().color(QPalette::PlaceholderText);
    case StepState::Cancelled:
    case StepState::Interrupted:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0xb2, 0x4a, 0x00);
    }
    return {};
}
} // namespace

QColor colour(StepState state, const QWidget* paletteSource)
{
    const QColor chosen = paletteColour(state, paletteSource);
    return chosen.isValid() ? readable(chosen, paletteSource->palette()) : chosen;
}

QString formatDuration(qint64 milliseconds)
{
    if (milliseconds < 1000)
        //: a step that took less than one second
        return QCoreApplication::translate("puw::StepStateDisplay", "< 1 s");
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 60)
        return QCoreApplication::translate("puw::StepStateDisplay", "%1 s").arg(seconds);
    if (seconds < 3600)
        //: minutes and seconds, e.g. "2 min 05 s"
        return QCoreApplication::translate("puw::StepStateDisplay", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    //: hours and minutes, e.g. "1 h 07 min"
    return QCoreApplication::translate("puw::StepStateDisplay", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString durationText(const StepRecord& record)
{
    // The journal stamps a skip as starting and ending at once: a skipped step took no time worth showing.
    if (record.state == StepState::Skipped)
        return {};
    const qint64 ms = record.durationMs();
    if (ms >= 0)
        return formatDuration(ms);
    if (record.state == StepState::Running && record.startedAt.isValid())
        //: a step still running, with the local time it started, e.g. "since 14:02"
        return QCoreApplication::translate("puw::StepStateDisplay", "since %1")
            .arg(record.startedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    return {};
}

QString stateAndDuration(const StepRecord& record)
{
    const QString duration = durationText(record);
    if (duration.isEmpty())
        return stepStateLabel(record.state);
    //: a step's state and how long it took, e.g. "Done, 2 min 05 s"
    return QCoreApplication::translate("puw::StepStateDisplay", "%1, %2")
        .arg(stepStateLabel(record.state), duration);
}

} // namespace puw::StepStateDisplay
