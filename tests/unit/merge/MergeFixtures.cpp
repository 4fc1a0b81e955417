#include "MergeFixtures.h"

#include <QFile>

#include <algorithm>

namespace puw::test {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(PUW_MERGE_FIXTURES "/") + QString::fromUtf8(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << "fixture " << name;
    return file.readAll();
}

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

MergeResult merged(const QByteArray& oldDefault, const QByteArray& oldFile, const QByteArray& newDefault)
{
    auto result = mergeThreeWay(oldDefault, oldFile, newDefault);
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().toStdString());
    return result.ok() ? result.value() : MergeResult{};
}

qsizetype countKind(const MergeResult& result, ChangeKind kind)
{
    return std::count_if(result.hunks.begin(), result.hunks.end(),
                         [kind](const MergeHunk& hunk) { return hunk.kind == kind; });
}

} // namespace puw::test
