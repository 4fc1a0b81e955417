#pragma once

#include "merge/MergeResolution.h"
#include "merge/MergeSummary.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace puw {

// What step 2 writes on new for one configuration file, from what it read on both hosts.
//
// Guarantee: with old's shipped default and a file on new (new's current file, else new's shipped
// default), the admin's changes (old's file against old's default) are merged onto it three ways
// (core/merge): what the admin changed is carried, what version 2 added or changed stays; a conflict is
// resolved by the choices given, else by the policy, else the step fails naming the file and lines
// (never their content). Without old's default, old's file and new's are compared two ways; a difference
// nobody chose goes to old's side unless the policy says new (old's whole file, as copying it always did).
// Without anything on new, old's file is written as it is. The summary names settings, never values.
struct ConfigMergeInputs {
    QByteArray oldFile;
    std::optional<QByteArray> oldDefault;
    std::optional<QByteArray> newDefault;
    std::optional<QByteArray> newFile;
};

struct ConfigMergePlan {
    std::optional<ConflictPolicy> policy; // what the plan says; none: a three-way conflict fails
    QList<HunkChoice> choices;            // the admin's, per hunk (the wizard); empty: none
};

struct ConfigMergeOutcome {
    QByteArray text; // what is written on new
    enum class How { Copied, ThreeWay, TwoWay } how = How::Copied;
    MergeSummary summary;
    QString error; // a conflict nobody resolved, or libgit2's failure; nothing is written then
    std::optional<MergeResult> merge; // every change, for the wizard's choices (ThreeWay and TwoWay)
    QList<Take> taken;                // per change: the side written (empty while unresolved)

    // For the journal and the report: how, and the settings carried, kept, added, left out, conflicts.
    QJsonObject toJson() const;
};

ConfigMergeOutcome mergeConfig(const QString& path, const ConfigMergeInputs& inputs,
                               const ConfigMergePlan& plan);

} // namespace puw
