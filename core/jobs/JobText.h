#pragma once

#include <QCoreApplication>

namespace puw {

// The one translation context of the jobs' sentences (the steps' work in core/jobs and its folders):
// JobText::tr("...") everywhere, so that translators find them together under "puw::Jobs".
class JobText {
    Q_DECLARE_TR_FUNCTIONS(puw::Jobs)
};

} // namespace puw
