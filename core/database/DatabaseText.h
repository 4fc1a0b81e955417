#pragma once

#include <QCoreApplication>

namespace puw {

// Translation context of the database adapters' messages.
class Database {
    Q_DECLARE_TR_FUNCTIONS(puw::Database)
};

} // namespace puw
