#pragma once

#include "CheckResult.h"
#include "recipes/Recipe.h"

namespace puw {

// A query whose first value is compared with an expectation: a row count, a migration head.
struct DatabaseCheckRequest {
    enum class Compare {
        Equals,   // the value equals expected (as text)
        AtLeast,  // both are numbers and value >= expected (row counts that may only grow)
        Contains, // the value contains expected
        NotEmpty, // any non-null, non-empty value
    };

    QString name;
    DatabaseEngine engine = DatabaseEngine::PostgreSql;
    QString host =
        QStringLiteral("127.0.0.1"); // a tunnel's address, or the host; "localhost" means 127.0.0.1
    int port = 0;                    // 0: the engine's default
    QString database;
    QString user;
    QString password; // never shown in a detail
    QString query;
    QString expected;
    Compare compare = Compare::Equals;
    int connectTimeoutSeconds = 10;
};

// Opens its own connection (a unique name, created and removed in the calling thread), runs the query and
// compares. Blocking: run it in the engine's thread, never in the thread that pumps the SSH tunnel it goes
// through. Details: "SELECT count(*) FROM item → 42 (expected 42)", "expected 43, got 42 from: SELECT ...",
// "could not connect to demo on 127.0.0.1:5432 as demo: <server's words>".
CheckResult runDatabaseCheck(const DatabaseCheckRequest& request);

} // namespace puw
