#pragma once

#include <QString>
#include <QTemporaryDir>

namespace puw::test {

// The temporary folder holding HOME (path()/home) for the suite without a keychain.
struct UnavailableHome {
    static QString path();
};

} // namespace puw::test
