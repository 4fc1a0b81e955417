#pragma once

#include "DatabaseServers.h"
#include "TestEnvironment.h"
#include "database/DatabaseAdapter.h"
#include "remote/LocalShell.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

namespace puw::test {

// A MariaDB server per test, a LocalShell labelled "new" and a folder for dump files.
class MysqlFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        PUW_REQUIRE(canRunMariaDb(), "MariaDB server programs and root");
        QString why;
        ASSERT_TRUE(m_server.start(&why)) << why.toStdString();
    }

    std::unique_ptr<DatabaseAdapter> adapter(const QString& name, const QStringList& fixes = {})
    {
        DatabaseTarget target = m_server.target(name);
        target.restoreFixes = fixes;
        auto made = DatabaseAdapter::create(DatabaseEngine::MySql, target);
        made->setCommandTimeoutMs(60000);
        return made;
    }

    QString query(const DatabaseAdapter& adapter, const QString& sql)
    {
        auto value = adapter.parseQueryValue(m_shell.run(adapter.queryValueCommand(sql).request(60000)));
        EXPECT_TRUE(value.ok()) << value.error().toStdString();
        return value.ok() ? value.value() : QString();
    }

    // The two databases of a dump-and-restore test: source recreated and loaded with seedSql, target as the
    // restore will make it.
    void seedSourceAndTarget(const QString& sourceName, const QString& targetName, const QString& seedSql)
    {
        m_source = adapter(sourceName);
        m_target = adapter(targetName);
        auto created = m_source->recreateDatabase(m_shell);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        query(*m_source, seedSql);
    }

    // A file on "the new host", verified as it is (e.g. a dump made elsewhere).
    std::optional<DumpFile> fileDump(const DatabaseAdapter& adapter, const QString& name,
                                     const QByteArray& text)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        auto verified = adapter.verifyExisting(m_shell, path);
        EXPECT_TRUE(verified.ok()) << verified.error().toStdString();
        return verified.ok() ? std::optional<DumpFile>(verified.value()) : std::nullopt;
    }

    MariaDbServer m_server;
    LocalShell m_shell{QStringLiteral("new")};
    std::unique_ptr<DatabaseAdapter> m_source;
    std::unique_ptr<DatabaseAdapter> m_target;
    QTemporaryDir m_files;
};

} // namespace puw::test
