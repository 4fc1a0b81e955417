// Prints the SQL the program runs for per-table counts and content checksums (the adapter's own script),
// so that the bench times exactly that: print-count-script postgresql|mariadb
#include "database/DatabaseAdapter.h"

#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    const bool postgres = argc > 1 && std::strcmp(argv[1], "postgresql") == 0;
    puw::DatabaseTarget target;
    target.name = QStringLiteral("demo");
    const auto adapter = puw::DatabaseAdapter::create(
        postgres ? puw::DatabaseEngine::PostgreSql : puw::DatabaseEngine::MySql, target);
    const QByteArray script = adapter->tableCountsCommand().input;
    std::fwrite(script.constData(), 1, size_t(script.size()), stdout);
    return 0;
}
