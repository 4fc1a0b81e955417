#pragma once

#include "DemoConfig.h"

#include <QSqlDatabase>
#include <QString>

namespace puw::demo {

// Opens the application's connection. Returns an empty string or the driver's reason.
QString openDatabase(const DemoConfig& config, QSqlDatabase* database);

// Runs a query that returns one value; an invalid QVariant and *error set on failure.
QVariant queryValue(QSqlDatabase& database, const QString& sql, QString* error);

} // namespace puw::demo
