// File names made from database names: a name with '/', a leading '-', dots or shell characters gives one
// plain file in the folder it is meant for, never a path elsewhere or an option.
#include "util/SafeFileName.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;

TEST(SafeFileName, PlainNamesStayAsTheyAre)
{
    EXPECT_EQ(safeFileNamePart(QStringLiteral("demo")), QStringLiteral("demo"));
    EXPECT_EQ(safeFileNamePart(QStringLiteral("open_boxes-2.db")), QStringLiteral("open_boxes-2.db"));
}

TEST(SafeFileName, HostileNamesBecomeOnePlainPart)
{
    const QStringList hostile{QStringLiteral("a/b"),
                              QStringLiteral("../../etc/passwd"),
                              QStringLiteral("-rf"),
                              QStringLiteral(".hidden"),
                              QStringLiteral("x'\"$(touch y)`z`;w"),
                              QStringLiteral("line\nbreak"),
                              QStringLiteral("caf\u00e9 \u65e5\u672c"),
                              QString(),
                              QString(300, QLatin1Char('n'))};
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const QString& name : hostile) {
        const QString part = safeFileNamePart(name);
        EXPECT_FALSE(part.isEmpty());
        EXPECT_LE(part.size(), 80);
        EXPECT_FALSE(part.startsWith(QLatin1Char('-')) || part.startsWith(QLatin1Char('.')))
            << part.toStdString();
        for (const QChar c : part)
            EXPECT_TRUE((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_') ||
                        c == QLatin1Char('-') || c == QLatin1Char('.'))
                << "in " << part.toStdString();
        // A real file of that name lands in the folder itself.
        QFile file(dir.filePath(part + QStringLiteral("-rehearsal.dump")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << part.toStdString();
        file.close();
        EXPECT_EQ(QFileInfo(file).absolutePath(), QDir(dir.path()).absolutePath());
    }
}
