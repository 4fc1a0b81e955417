#pragma once

#include <QSqlDatabase>
#include <QString>

namespace puw::JournalSchema {

// The version this program writes. Each step up is one entry in the migration list (JournalSchema.cpp):
// a journal from an older program is migrated in place, one from a newer program is refused.
int currentVersion();

// Creates or migrates the schema inside one transaction. Returns an empty string or the reason.
QString migrate(QSqlDatabase& db);

int versionOf(QSqlDatabase& db);

} // namespace puw::JournalSchema
