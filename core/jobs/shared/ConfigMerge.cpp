#include "ConfigMerge.h"

#include "jobs/JobText.h"

#include <QJsonArray>

namespace puw {

namespace {
QJsonArray array(const QStringList& names)
{
    return QJsonArray::fromStringList(names);
}

QString takeName(Take take)
{
    switch (take) {
    case Take::Old:
        return QStringLiteral("old");
    case Take::New:
        return QStringLiteral("new");
    case Take::Edited:
        return QStringLiteral("edited");
    case Take::Default:
        break;
    }
    return QStringLiteral("default");
}
} // namespace

QJsonObject ConfigMergeOutcome::toJson() const
{
    const char* names[] = {"copied", "three-way", "two-way"};
    QJsonArray conflicts;
    for (const MergeSummary::Conflict& conflict : summary.conflicts)
        conflicts.append(QJsonObject{{QStringLiteral("settings"), array(conflict.settings)},
                                     {QStringLiteral("taken"), takeName(conflict.taken)},
                                     {QStringLiteral("oldLine"), conflict.oldLine + 1},
                                     {QStringLiteral("newLine"), conflict.newLine + 1}});
    return QJsonObject{{QStringLiteral("merge"), QString::fromLatin1(names[int(how)])},
                       {QStringLiteral("carried"), array(summary.carried)},
                       {QStringLiteral("kept"), array(summary.kept)},
                       {QStringLiteral("added"), array(summary.added)},
                       {QStringLiteral("leftOut"), array(summary.leftOut)},
                       {QStringLiteral("edited"), array(summary.edited)},
                       {QStringLiteral("conflicts"), conflicts},
                       {QStringLiteral("unnamedChanges"), summary.unnamedChanges}};
}

ConfigMergeOutcome mergeConfig(const QString& path, const ConfigMergeInputs& inputs,
                               const ConfigMergePlan& plan)
{
    ConfigMergeOutcome outcome;
    const std::optional<QByteArray> onNew = inputs.newFile ? inputs.newFile : inputs.newDefault;
    if (!onNew) {
        outcome.text = inputs.oldFile;
        return outcome;
    }
    const bool threeWay = inputs.oldDefault.has_value();
    auto merged = threeWay ? mergeThreeWay(*inputs.oldDefault, inputs.oldFile, *onNew)
                           : compareTwoWay(inputs.oldFile, *onNew);
    if (!merged.ok()) {
        outcome.error = JobText::tr("Cannot merge %1: %2").arg(path, merged.error());
        return outcome;
    }
    outcome.how = threeWay ? ConfigMergeOutcome::How::ThreeWay : ConfigMergeOutcome::How::TwoWay;
    outcome.merge = merged.value();
    const ConflictPolicy policy =
        plan.policy.value_or(threeWay ? ConflictPolicy::Fail : ConflictPolicy::OldWins);
    QList<HunkChoice> choices = choicesFor(merged.value(), policy);
    for (qsizetype i = 0; i < plan.choices.size() && i < choices.size(); ++i) {
        if (plan.choices.at(i).take != Take::Default)
            choices[i] = plan.choices.at(i);
    }
    auto resolved = resolveMerge(merged.value(), choices);
    if (!resolved.ok()) {
        outcome.error =
            JobText::tr("%1: %2 Choose a side on the step's page, or set \"configConflicts\" in the plan to "
                        "\"old\" or \"new\".")
                .arg(path, resolved.error().message);
        return outcome;
    }
    if (!resolved.value().moved.isEmpty() && plan.choices.isEmpty()) {
        outcome.error =
            JobText::tr("%1: the merge would put %2 under another section; choose on the step's page.")
                .arg(path, resolved.value().moved.join(QStringLiteral(", ")));
        return outcome;
    }
    outcome.text = resolved.value().text;
    outcome.taken = resolved.value().taken;
    outcome.summary = summarizeMerge(merged.value(), resolved.value());
    return outcome;
}

} // namespace puw
