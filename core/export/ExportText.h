#pragma once

#include <QCoreApplication>

namespace puw {

// The export's sentences for people (errors, the command line's output), in one translation context.
class ExportText {
    Q_DECLARE_TR_FUNCTIONS(puw::Export)
};

} // namespace puw
