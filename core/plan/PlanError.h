#pragma once

#include <QString>

namespace puw {

// Why a plan (or recipe) file could not be used: which file, which field, what is wrong, how to fix it.
struct PlanError {
    QString file;
    QString field; // JSON path such as "old.port"; empty when the whole file is at fault
    QString problem;
    QString fix;

    QString message() const; // "plan.json: old.port: must be 1 to 65535, not 70000. Fix: ..."
};

} // namespace puw
