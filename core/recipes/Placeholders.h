#pragma once

#include "util/Expected.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace puw {

// Recipes write values to fill in as {{name}}: double braces, so that nginx blocks and shell syntax in a
// recipe need no escaping. Names are lower case letters, digits and underscores.
QStringList placeholdersIn(const QString& text);

// Fills in every placeholder. A name without a value is an error (its name), never an empty string.
Expected<QString, QString> expandPlaceholders(const QString& text, const QMap<QString, QString>& values);

} // namespace puw
