#include "merge/SettingNames.h"
#include "MergeFixtures.h"
#include "merge/LineDiff.h"

#include <gtest/gtest.h>

using namespace puw;
using namespace Qt::Literals::StringLiterals;
using puw::test::fixture;

namespace {

QStringList namesOf(const QByteArray& text)
{
    return settingNames(FileLines::split(text).lines);
}

// The names a file's lines have, without the lines that name nothing.
QStringList named(const QByteArray& text)
{
    QStringList names = namesOf(text);
    names.removeAll(QString());
    return names;
}

} // namespace

TEST(SettingNames, IniKeysAreNamedWithTheirSection)
{
    EXPECT_EQ(named(fixture("demo-old.conf")),
              QStringList({u"site.name"_s, u"http.port"_s, u"database.engine"_s, u"database.host"_s,
                           u"database.port"_s, u"database.name"_s, u"database.user"_s, u"database.password"_s,
                           u"tuning.workers"_s}));
}

TEST(SettingNames, CommentsBlankLinesAndHeadersNameNothing)
{
    const QStringList names = namesOf("; a comment\n# another\n\n[site]\n!bang comment\n// slashes\n");
    EXPECT_EQ(names, QStringList({u""_s, u""_s, u""_s, u""_s, u""_s, u""_s}));
}

TEST(SettingNames, PropertiesKeysKeepTheirDotsAndIgnoreColonsInValues)
{
    EXPECT_EQ(named(fixture("openboxes-v1.default.properties")).mid(0, 4),
              QStringList({u"dataSource.url"_s, u"dataSource.username"_s, u"dataSource.password"_s,
                           u"grails.serverURL"_s}));
    // A colon separates only with a space after it: in "jdbc:mysql://..." it is part of a value.
    EXPECT_EQ(named("grails.mail.host = smtp.example.org\njdbc:mysql://localhost:3306/x\n"),
              QStringList({u"grails.mail.host"_s}));
}

TEST(SettingNames, YamlKeysAreNestedByIndentationAndListItemsByTheirList)
{
    EXPECT_EQ(
        named(fixture("compose-v2.default.yml")),
        QStringList({u"services.db.image"_s, u"services.db.environment.POSTGRES_USER"_s,
                     u"services.db.environment.POSTGRES_PASSWORD"_s, u"services.db.volumes"_s,
                     u"services.web.image"_s, u"services.web.ports"_s,
                     u"services.web.environment.SHOP_WORKERS"_s, u"services.web.environment.SHOP_REVIEWS"_s,
                     u"services.web.environment.SHOP_DATABASE_HOST"_s}));
}

TEST(SettingNames, NginxDirectivesAreNamedInsideTheirBlocks)
{
    EXPECT_EQ(named(fixture("nginx-old.conf")),
              QStringList({u"server.listen"_s, u"server.server_name"_s, u"server.client_max_body_size"_s,
                           u"server.location /.proxy_pass"_s, u"server.location /.proxy_set_header"_s,
                           u"server.location /static/.alias"_s}));
}

TEST(SettingNames, TheValueStartIsFoundForMasking)
{
    SettingScanner scanner;
    const SettingLine ini = scanner.feed("password = S3cr3t\n");
    EXPECT_EQ(ini.name, u"password"_s);
    EXPECT_EQ(maskedValue(u"password = S3cr3t"_s, ini.valueAt), u"password = •••"_s);
    const SettingLine nginx = scanner.feed("    ssl_certificate_key /etc/ssl/private/shop.key;\n");
    EXPECT_EQ(maskedValue(u"    ssl_certificate_key /etc/ssl/private/shop.key;"_s, nginx.valueAt),
              u"    ssl_certificate_key •••;"_s);
    const SettingLine item = scanner.feed("  - POSTGRES_PASSWORD=Tr0ub4dor&3\n");
    EXPECT_EQ(maskedValue(u"  - POSTGRES_PASSWORD=Tr0ub4dor&3"_s, item.valueAt),
              u"  - POSTGRES_PASSWORD=•••"_s);
}

TEST(SettingNames, SecretNamesAreRecognisedAndOrdinaryOnesAreNot)
{
    for (const char* name : {"database.password", "dataSource.password", "api_token", "SECRET_KEY_BASE",
                             "services.db.environment.POSTGRES_PASSWORD", "server.ssl_certificate_key",
                             "smtp.passwd", "aws_credentials"})
        EXPECT_TRUE(isSecretName(QString::fromUtf8(name))) << name;
    for (const char* name : {"site.name", "tuning.workers", "server.listen", "grails.serverURL"})
        EXPECT_FALSE(isSecretName(QString::fromUtf8(name))) << name;
}

TEST(SettingNames, Latin1KeysAreReadWithoutLosingBytes)
{
    const QByteArray line = QByteArray("[Bäckerei]\nstraße=Hauptstraße 1\n");
    const QStringList names = named(QString::fromUtf8(line).toLatin1());
    EXPECT_EQ(names, QStringList({u"Bäckerei.straße"_s}));
}
