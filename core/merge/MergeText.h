#pragma once

#include <QCoreApplication>

namespace puw {

// Translation context of the merge module's messages.
class Merge {
    Q_DECLARE_TR_FUNCTIONS(puw::Merge)
};

} // namespace puw
