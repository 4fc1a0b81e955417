#include "ProgressPanel.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace puw {

namespace {
QString amount(qint64 value, bool isBytes)
{
    return isBytes ? QLocale().formattedDataSize(value) : QLocale().toString(value);
}

QString timeLeft(qint64 seconds)
{
    if (seconds < 60)
        //: time left of a transfer, in seconds
        return ProgressPanel::tr("about %n s left", nullptr, int(seconds));
    if (seconds < 3600)
        //: time left of a transfer, in minutes
        return ProgressPanel::tr("about %n min left", nullptr, int((seconds + 59) / 60));
    //: time left of a transfer, hours and minutes
    return ProgressPanel::tr("about %1 h %2 min left").arg(seconds / 3600).arg((seconds % 3600) / 60);
}
} // namespace

ProgressPanel::ProgressPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setAccessibleName(tr("Progress of the step"));
    m_bar = new QProgressBar(this);
    m_bar->setAccessibleName(tr("Progress bar"));
    m_bar->setTextVisible(false);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    setVisible(false);
}

void ProgressPanel::showBusy(const QString& what)
{
    m_bar->setRange(0, 0); // a busy indicator
    m_label->setText(what);
    setVisible(true);
}

void ProgressPanel::showProgress(const StepProgress& progress)
{
    if (progress.total > 0) {
        constexpr int kSteps = 1000;
        m_bar->setRange(0, kSteps);
        m_bar->setValue(int(qBound(qint64(0), progress.done * kSteps / progress.total, qint64(kSteps))));
    } else {
        m_bar->setRange(0, 0);
    }
    m_label->setText(describe(progress));
    setVisible(true);
}

void ProgressPanel::stop()
{
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    setVisible(false);
}

QString ProgressPanel::describe(const StepProgress& progress)
{
    QStringList parts;
    if (progress.total > 0)
        //: %1: amount done, %2: total amount (e.g. "12.5 MB of 40.0 MB")
        parts.append(
            tr("%1 of %2")
                .arg(amount(progress.done, progress.isBytes), amount(progress.total, progress.isBytes)));
    else
        parts.append(amount(progress.done, progress.isBytes));
    if (progress.ratePerSecond > 0) {
        const auto rate = static_cast<qint64>(progress.ratePerSecond);
        //: a transfer rate, e.g. "3.2 MB/s" or "120 items/s"
        parts.append(progress.isBytes ? tr("%1/s").arg(amount(rate, true))
                                      : tr("%1 per second").arg(amount(rate, false)));
    }
    const qint64 left = progress.secondsLeft();
    if (left >= 0)
        parts.append(timeLeft(left));
    const QString figures = parts.join(QLatin1String(", "));
    return progress.what.isEmpty() ? figures : tr("%1: %2").arg(progress.what, figures);
}

} // namespace puw
