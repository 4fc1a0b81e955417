#include "checks/CheckResult.h"
#include "checks/HttpCheck.h"

#include <gtest/gtest.h>

using namespace puw;

TEST(CheckWording, DurationsReadLikeWords)
{
    EXPECT_EQ(formatDuration(12), QStringLiteral("12 ms"));
    EXPECT_EQ(formatDuration(3400), QStringLiteral("3.4 s"));
    EXPECT_EQ(formatDuration(125000), QStringLiteral("2 min 05 s"));
}

TEST(CheckWording, ExcerptIsOneShortLine)
{
    EXPECT_EQ(excerpt(QStringLiteral("  a\nb\tc  ")), QStringLiteral("a b c"));
    const QString cut = excerpt(QString(200, QLatin1Char('x')), 10);
    EXPECT_EQ(cut.size(), 10);
    EXPECT_TRUE(cut.endsWith(QChar(0x2026)));
}

TEST(CheckWording, RecordCarriesStepAndWords)
{
    CheckResult result;
    result.name = QStringLiteral("health");
    result.kind = QStringLiteral("http");
    result.passed = true;
    result.detail = QStringLiteral("200 in 12 ms");
    const CheckRecord record = result.toRecord(StepId::RunChecks);
    EXPECT_EQ(record.step, StepId::RunChecks);
    EXPECT_EQ(record.name, QStringLiteral("health"));
    EXPECT_EQ(record.kind, QStringLiteral("http"));
    EXPECT_TRUE(record.passed);
    EXPECT_EQ(record.detail, QStringLiteral("200 in 12 ms"));
    EXPECT_TRUE(record.checkedAt.isValid());
}

TEST(CheckWording, HttpCheckRefusesAnAddressThatIsNotHttp)
{
    HttpCheckRequest request;
    request.name = QStringLiteral("odd");
    request.url = QUrl(QStringLiteral("ftp://127.0.0.41/"));
    const CheckResult result = runHttpCheck(request);
    EXPECT_FALSE(result.passed);
    EXPECT_TRUE(result.detail.contains(QStringLiteral("not an http or https address")))
        << result.detail.toStdString();
}

TEST(CheckWording, HttpCheckFromRecipeSpec)
{
    HttpCheckSpec spec{QStringLiteral("version"), QStringLiteral("http://{{host_address}}/version"), 200,
                       QStringLiteral("2")};
    const HttpCheckRequest request =
        HttpCheckRequest::fromSpec(spec, QUrl(QStringLiteral("http://127.0.0.1:4000/version")));
    EXPECT_EQ(request.name, QStringLiteral("version"));
    EXPECT_EQ(request.url.port(), 4000);
    EXPECT_EQ(request.bodyContains, QStringLiteral("2"));
}
