#include "StepCatalogue.h"

#include <QCoreApplication>

namespace puw {

namespace {

// QT_TRANSLATE_NOOP marks the strings for lupdate; stepTitle()/stepPurpose() translate them at run time.
constexpr std::array<StepInfo, kStepCount> kCatalogue{{
    {StepId::InstallNew, "install-new", QT_TRANSLATE_NOOP("puw::Steps", "Install the new version"),
     QT_TRANSLATE_NOOP("puw::Steps",
                       "Check the new host and install or verify the new version of the application there."),
     StepPhase::Rehearsal, false, false, false, false, false},
    {StepId::CopyConfig, "copy-config", QT_TRANSLATE_NOOP("puw::Steps", "Copy custom configuration"),
     QT_TRANSLATE_NOOP(
         "puw::Steps",
         "Compare configuration files on both hosts and copy the customisations to the new one."),
     StepPhase::Rehearsal, false, false, false, false, true},
    {StepId::RehearsalBackup, "rehearsal-backup", QT_TRANSLATE_NOOP("puw::Steps", "Back up the old database"),
     QT_TRANSLATE_NOOP("puw::Steps",
                       "Stream a backup of the live database to the new host to rehearse the migration."),
     StepPhase::Rehearsal, false, false, false, false, false},
    {StepId::ImportBackup, "import-backup", QT_TRANSLATE_NOOP("puw::Steps", "Import it on the new host"),
     QT_TRANSLATE_NOOP("puw::Steps",
                       "Restore the backup on the new host and compare row counts with the old."),
     StepPhase::Rehearsal, false, false, false, false, false},
    {StepId::StartNew, "start-new", QT_TRANSLATE_NOOP("puw::Steps", "Start the new server"),
     QT_TRANSLATE_NOOP("puw::Steps",
                       "Apply the new version's migrations, start it and wait until it is healthy."),
     StepPhase::Rehearsal, false, false, false, false, false},
    {StepId::RunChecks, "run-checks", QT_TRANSLATE_NOOP("puw::Steps", "Run checks"),
     QT_TRANSLATE_NOOP("puw::Steps", "Verify the new installation over HTTP, in its database and by hand."),
     StepPhase::Rehearsal, false, false, false, false, false},
    {StepId::StopBoth, "stop-both", QT_TRANSLATE_NOOP("puw::Steps", "Stop both servers"),
     QT_TRANSLATE_NOOP("puw::Steps",
                       "Stop the application on both hosts so that no new data is written. Downtime begins."),
     StepPhase::Cutover, true, false, true, false, false},
    {StepId::FinalSync, "final-sync", QT_TRANSLATE_NOOP("puw::Steps", "Fresh backup, import and re-test"),
     QT_TRANSLATE_NOOP("puw::Steps", "Repeat the backup, import, start and checks with the up-to-date data."),
     StepPhase::Cutover, false, false, false, false, false},
    {StepId::RouteTraffic, "route-traffic",
     QT_TRANSLATE_NOOP("puw::Steps", "Route requests to the new installation"),
     QT_TRANSLATE_NOOP("puw::Steps",
                       "Switch the proxy or DNS to the new host and verify it answers. Downtime ends."),
     StepPhase::Cutover, false, true, false, true, false},
    {StepId::Deprovision, "deprovision", QT_TRANSLATE_NOOP("puw::Steps", "Deprovision the old instance"),
     QT_TRANSLATE_NOOP("puw::Steps",
                       "After a soak period, stop and disable the old services, keeping the final backup."),
     StepPhase::Aftermath, false, false, true, true, true},
}};

} // namespace

const std::array<StepInfo, kStepCount>& stepCatalogue()
{
    return kCatalogue;
}

const StepInfo& stepInfo(StepId id)
{
    return kCatalogue.at(static_cast<std::size_t>(stepNumber(id) - 1));
}

int stepNumber(StepId id)
{
    return static_cast<int>(id);
}

std::optional<StepId> stepFromNumber(int number)
{
    if (number < 1 || number > kStepCount)
        return std::nullopt;
    return static_cast<StepId>(number);
}

std::optional<StepId> stepFromText(const QString& text)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const int number = trimmed.toInt(&isNumber);
    if (isNumber)
        return stepFromNumber(number);
    for (const StepInfo& info : kCatalogue) {
        if (trimmed.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0)
            return info.id;
    }
    return std::nullopt;
}

QString stepKey(StepId id)
{
    return QLatin1String(stepInfo(id).key);
}

QString stepTitle(StepId id)
{
    return QCoreApplication::translate("puw::Steps", stepInfo(id).title);
}

QString stepPurpose(StepId id)
{
    return QCoreApplication::translate("puw::Steps", stepInfo(id).purpose);
}

StepId downtimeStartStep()
{
    return StepId::StopBoth;
}

StepId downtimeEndStep()
{
    return StepId::RouteTraffic;
}

} // namespace puw
