#pragma once

#include "ThreeWayMerge.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace puw {

// What is written for one hunk.
enum class Take {
    Default, // what the merge proposes: old's for a carried change, new's for the others; a conflict
             // (or a two-way difference) about settings has no default and must be chosen
    New,     // new's lines ("keep new's")
    Old,     // old's lines ("take old's")
    Edited,  // the text the admin typed
};

struct HunkChoice {
    Take take = Take::Default;
    QByteArray edited; // Take::Edited: the lines as typed, "\n" or "\r\n" endings, final ending optional
};

// Who wins a conflict when nobody is asked (the plan says; headless runs use it).
enum class ConflictPolicy {
    Fail,    // a conflict stops the step, naming its lines
    OldWins, // old's lines are written
    NewWins, // new's lines are written
};

// The file to write and where each hunk ended up in it.
struct ResolvedFile {
    QByteArray text;
    QList<Take> taken; // per hunk: New, Old or Edited, never Default
    struct Span {
        qsizetype line = 0; // first line in `text` (where the hunk would be, if it wrote no line)
        qsizetype count = 0;
    };
    QList<Span> spans; // per hunk
    // Settings the written text puts under another section, block or parent key than their own file
    // has them (a choice around them can do that: new's header kept, old's keys below it). Empty when
    // every setting kept its place; a caller shows them before writing, or refuses.
    QStringList moved;
};

// The hunks that still need someone to choose, and a sentence naming their lines in old's and new's
// files (no line's content: it may hold a secret).
struct UnresolvedConflicts {
    QString message;
    QList<qsizetype> hunks;
};

// Writes the merge with `choices` (one per hunk; missing ones are Take::Default). Guarantee: the text is
// the pieces in order, each line with its own bytes; a line whose file used the other ending gets
// result.eol, as does typed text; a line without an ending gets one when another line follows it.
// Fails, writing nothing, while a hunk that needs a decision has Take::Default.
Expected<ResolvedFile, UnresolvedConflicts> resolveMerge(const MergeResult& result,
                                                         const QList<HunkChoice>& choices = {});

// The choices a headless run makes: every default, and each conflict or two-way difference (those about
// comments too) to the side the policy names; for ConflictPolicy::Fail none, so that resolveMerge
// refuses while one needs a decision.
QList<HunkChoice> choicesFor(const MergeResult& result, ConflictPolicy policy);

// resolveMerge(result, choicesFor(result, policy)).
Expected<ResolvedFile, UnresolvedConflicts> resolveHeadless(const MergeResult& result, ConflictPolicy policy);

} // namespace puw
