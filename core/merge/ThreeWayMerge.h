#pragma once

#include "LineDiff.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace puw {

// Step 2's merge of one configuration file, the way Debian treats a conffile: the admin's changes (old's
// file against old's shipped default) are applied to new's shipped default, so that what the admin
// customised is carried and what version 2 added or changed stays. Without a known default, a two-way
// comparison of old's file with new's offers the same per-change choice.
//
// Guarantee: bytes in, bytes out. Nothing is decoded, so a Latin-1 file passes through as it is; lines
// are compared without their endings, and a written line keeps its bytes (its ending becomes the one
// old's file uses when its own file used the other: a CRLF file merged stays CRLF). Three equal inputs
// give the file back byte for byte; an untouched old file gives new's default, an unchanged default
// gives old's file (each in old's line endings).
//
// Why libgit2 (not libdtl, not by hand): it is maintained, in Debian 12 (libgit2-dev), and its diff is
// git's own xdiff, the engine under git's merges, so the alignment is the one admins know from git.
// Why not git_merge_file's result: it gives the merged text and one "automergeable" flag, with conflicts
// as marker lines that cannot be told from a file's own content; the wizard needs each change by itself,
// classified, with a choice. So the two diffs (old's default to old's file, old's default to new's) come
// from libgit2's git_diff_buffers and this module combines them as diff3 does. The unit tests check
// that wherever git_merge_file merges cleanly, this merge writes the same bytes.
//
// Where it is more willing than git, for configuration files, whose lines are mostly independent
// settings: a change of n lines into m others counts as one-line changes (values edited in place, each
// paired with the most alike line: same setting, else longest common start) plus lines added or removed;
// changes next to each other (not over each other) both go in unless they name the same setting; two
// additions at one place both go in when they name different settings and those, and the lines after
// them, keep their section or block (old's first, else new's first); in a region both changed, the lines
// both have are written once and a piece one side left as shipped takes the other side's (unless that
// would put a setting under another section or block: then the region is one conflict); a conflict
// about comments and blank lines only writes new's comments unless someone chooses otherwise. Lines both
// changed alike are simply written. Everything else both changed is a Conflict.
enum class ChangeKind {
    CarriedFromOld, // the admin changed it on old: old's lines are written
    KeptFromNew,    // version 2 changed its default here: new's lines are written
    AddedByNew,     // version 2 added lines the old default lacked: they are written
    RemovedByNew,   // version 2 removed lines the admin left as shipped: they stay out
    Conflict,       // both changed the same lines, differently: someone decides
    Difference,     // two-way: old's and new's files differ; nobody knows who changed what
};

struct MergeHunk {
    ChangeKind kind = ChangeKind::Conflict;
    QList<QByteArray> baseLines; // old's default over the whole changed region; empty in a two-way hunk
    QList<QByteArray> oldLines;  // old's file here: what "take old's" writes
    QList<QByteArray> newLines;  // new's file here: what "keep new's" writes
    qsizetype baseLine = 0;      // index of the first line in each input (where they would be, if none)
    qsizetype oldLine = 0;
    qsizetype newLine = 0;
    bool commentsOnly = false; // every line on both sides is a comment or blank

    // A conflict or a two-way difference that touches a setting: no side is written until one is chosen.
    bool needsDecision() const;
    // What is written when nobody chooses: old's lines for a carried change, new's for every other.
    bool writesOldByDefault() const { return kind == ChangeKind::CarriedFromOld; }
};

// Lines every input agrees on (new's bytes), or a hunk (hunk >= 0, lines empty).
struct MergePiece {
    QList<QByteArray> lines;
    qsizetype hunk = -1;
};

struct MergeResult {
    bool threeWay = true;
    QList<MergePiece> pieces; // the file in order
    QList<MergeHunk> hunks;   // every change, in file order
    FileLines oldDefault;     // the inputs, as split (oldDefault is empty in a two-way comparison)
    FileLines oldFile;
    FileLines newFile; // new's default (three-way) or new's current file (two-way)
    QByteArray eol;    // the ending written lines get: old's file's, else new's, else "\n"

    // The hunks no side is written for until someone chooses, in order.
    QList<qsizetype> decisionsNeeded() const;
};

// Old's customisations applied to new's default. Fails only when libgit2 does, with its message.
Expected<MergeResult, QString> mergeThreeWay(const QByteArray& oldDefault, const QByteArray& oldFile,
                                             const QByteArray& newDefault);

// Old's file against new's, every difference a Difference hunk. Fails only when libgit2 does.
Expected<MergeResult, QString> compareTwoWay(const QByteArray& oldFile, const QByteArray& newFile);

} // namespace puw
