#include "HttpStub.h"

#include "TestEnvironment.h"
#include "checks/HttpCheck.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;

namespace {

// A self-signed certificate for 127.0.0.41, made with openssl for this test only.
class TlsCheckTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const QString openssl = test::findProgram(QStringLiteral("openssl"));
        PUW_REQUIRE(!openssl.isEmpty(), "openssl (to make a test certificate)");
        ASSERT_TRUE(m_dir.isValid());
        QString output;
        const int code =
            test::runLocal(openssl,
                           {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                            m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                            m_dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.41"),
                            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.41")},
                           &output, 30000);
        ASSERT_EQ(code, 0) << output.toStdString();
        QFile certFile(m_dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(m_dir.filePath(QStringLiteral("key.pem")));
        ASSERT_TRUE(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        m_certificate = QSslCertificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        ASSERT_FALSE(m_certificate.isNull());
        ASSERT_FALSE(key.isNull());
        m_stub =
            std::make_unique<test::HttpStub>(QHostAddress(QStringLiteral("127.0.0.41")), m_certificate, key);
        m_stub->setRoute("/health", {200, "ok"});
        ASSERT_TRUE(m_stub->start());
    }

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    std::unique_ptr<test::HttpStub> m_stub;
};

} // namespace

TEST_F(TlsCheckTest, UntrustedCertificateIsReportedClearly)
{
    HttpCheckRequest request;
    request.name = QStringLiteral("tls");
    request.url = m_stub->url(QStringLiteral("/health"));
    const CheckResult result = runHttpCheck(request);
    EXPECT_FALSE(result.passed);
    const QString expected =
        QStringLiteral("TLS certificate of 127.0.0.41:%1 not valid: ").arg(m_stub->port());
    EXPECT_TRUE(result.detail.startsWith(expected)) << result.detail.toStdString();
    EXPECT_TRUE(result.detail.contains(QStringLiteral("self signed"), Qt::CaseInsensitive) ||
                result.detail.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive))
        << result.detail.toStdString();
    EXPECT_TRUE(result.detail.contains(QStringLiteral("certificate for '127.0.0.41'")))
        << result.detail.toStdString();
}

TEST_F(TlsCheckTest, TrustedPrivateCaPassesAndShowsExpiry)
{
    HttpCheckRequest request;
    request.name = QStringLiteral("tls");
    request.url = m_stub->url(QStringLiteral("/health"));
    request.extraCaCertificates = {m_certificate};
    const CheckResult result = runHttpCheck(request);
    EXPECT_TRUE(result.passed) << result.detail.toStdString();
    EXPECT_TRUE(result.detail.contains(QStringLiteral("TLS certificate valid until ") +
                                       m_certificate.expiryDate().toString(Qt::ISODate)))
        << result.detail.toStdString();
}

TEST_F(TlsCheckTest, NameMismatchThroughATunnelIsReported)
{
    HttpCheckRequest request;
    request.name = QStringLiteral("tls");
    request.url = m_stub->url(QStringLiteral("/health"));
    request.extraCaCertificates = {m_certificate};
    request.originalHost = QStringLiteral("app.example.org"); // what the tunnel stands for
    const CheckResult result = runHttpCheck(request);
    EXPECT_FALSE(result.passed);
    EXPECT_TRUE(result.detail.contains(QStringLiteral("host name did not match"), Qt::CaseInsensitive))
        << result.detail.toStdString();
}
