// "Test connection" on the welcome page against a real sshd on 127.0.0.51 started by the test: the first
// contact asks about the host key (SHA256 and type) and reports who we are where; a password is asked in
// the dialog; a changed key is refused with both fingerprints, the file and line, and nothing is saved.
#include "WizardFixture.h"

#include "HostEditor.h"
#include "HostKeyPanel.h"
#include "PlanEditor.h"
#include "SshdServer.h"
#include "TestEnvironment.h"
#include "WelcomePage.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

using namespace puw;
using namespace puw::test;

namespace {
class ConnectionTest : public WizardFixture {
protected:
    void SetUp() override
    {
        WizardFixture::SetUp();
        PUW_REQUIRE(SshTestKit::haveSshd(), "OpenSSH server (/usr/sbin/sshd) and ssh-keygen");
        PUW_REQUIRE(SshTestKit::isRoot(), "root, to run sshd and create the test user");
        ASSERT_TRUE(SshTestKit::ensureTestUser());
        key = SshTestKit::makeKey(m_dir.path(), QStringLiteral("id_test"));
        knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    }

    // The welcome page with the demo plan whose old host is the test's sshd.
    void launchAgainst(const SshdServer& server, const QString& identityFile)
    {
        launch();
        WelcomePage* page = m_wizard->welcomePage();
        SshOptions options;
        options.sshConfigFile = QStringLiteral("/dev/null");
        options.useAgent = false;
        options.connectTimeoutMs = 5000;
        page->setSshOptions(options);
        page->setHostKeyQuestion([this](const HostKeyInfo& info) {
            askedKeys.append(info);
            return true;
        });
        page->setSecretQuestion([this](const GuiSecrets::SecretPrompt& prompt) {
            askedSecrets.append(prompt);
            return std::optional(GuiSecrets::SecretAnswer{SshTestKit::testPassword(), false});
        });
        HostEditor* old = host();
        old->addressEdit()->setText(server.address());
        old->portEdit()->setText(QString::number(server.port()));
        old->userEdit()->setText(SshTestKit::testUser());
        old->identityEdit()->setText(identityFile);
        page->editor()->knownHostsEdit()->setText(knownHosts);
        ASSERT_TRUE(page->checked().ok()) << page->problemLabel()->text().toStdString();
    }

    HostEditor* host() const { return m_wizard->welcomePage()->editor()->oldHost(); }

    // Presses the button as an admin would and waits for the words under it.
    QString test()
    {
        QTest::mouseClick(host()->testButton(), Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor([this] { return host()->testButton()->isEnabled(); }, 30000));
        return host()->testResult()->text();
    }

    QByteArray knownHostsContent() const
    {
        QFile file(knownHosts);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString key;
    QString knownHosts;
    QList<HostKeyInfo> askedKeys;
    QList<GuiSecrets::SecretPrompt> askedSecrets;
};
} // namespace

TEST_F(ConnectionTest, FirstContactAsksAboutTheKeyAndReportsTheUser)
{
    SshdServer server(QStringLiteral("127.0.0.51"), 2222);
    ASSERT_TRUE(SshTestKit::authorize(server, key));
    ASSERT_TRUE(server.start());
    launchAgainst(server, key);

    const QString result = test();
    EXPECT_TRUE(result.contains(QStringLiteral("logged in as %1").arg(SshTestKit::testUser())))
        << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("Linux"))) << result.toStdString();
    ASSERT_EQ(askedKeys.size(), 1) << "the first contact shows the key";
    EXPECT_EQ(askedKeys.first().state, HostKeyInfo::State::Unknown);
    EXPECT_TRUE(askedKeys.first().fingerprint.startsWith(QStringLiteral("SHA256:")));
    EXPECT_EQ(askedKeys.first().keyType, QStringLiteral("ssh-ed25519"));
    EXPECT_TRUE(knownHostsContent().contains("[127.0.0.51]:2222")) << "accepted, so recorded";
    EXPECT_FALSE(host()->keyPanel()->isVisible());

    // Known now: not asked again.
    EXPECT_TRUE(test().startsWith(QStringLiteral("Connected")));
    EXPECT_EQ(askedKeys.size(), 1);
}

TEST_F(ConnectionTest, APasswordIsAskedInTheDialog)
{
    SshdServer server(QStringLiteral("127.0.0.51"), 2223);
    ASSERT_TRUE(server.start());
    launchAgainst(server, {}); // no key: the password is the way in

    const QString result = test();
    EXPECT_TRUE(result.contains(QStringLiteral("logged in as %1").arg(SshTestKit::testUser())))
        << result.toStdString();
    ASSERT_EQ(askedSecrets.size(), 1);
    EXPECT_FALSE(askedSecrets.first().echo);
    EXPECT_TRUE(askedSecrets.first().title.contains(QStringLiteral("SSH password")))
        << askedSecrets.first().title.toStdString();
    EXPECT_TRUE(m_controller->journal().sharedRedactor()->redact(SshTestKit::testPassword()) !=
                SshTestKit::testPassword())
        << "the typed password is masked in logs at once";
}

TEST_F(ConnectionTest, AChangedKeyIsRefusedWithBothFingerprintsAndNothingIsSaved)
{
    SshdServer server(QStringLiteral("127.0.0.52"), 2222);
    ASSERT_TRUE(SshTestKit::authorize(server, key));
    ASSERT_TRUE(server.start());
    launchAgainst(server, key);
    ASSERT_TRUE(test().startsWith(QStringLiteral("Connected")));
    ASSERT_EQ(askedKeys.size(), 1);
    const QString firstFingerprint = askedKeys.first().fingerprint;
    const QByteArray recorded = knownHostsContent();

    server.stop();
    server.setHostKeyType(QStringLiteral("ed25519")); // the same type, another key
    ASSERT_TRUE(server.start());
    const QString result = test();
    EXPECT_FALSE(result.startsWith(QStringLiteral("Connected"))) << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("CHANGED"))) << result.toStdString();
    EXPECT_EQ(askedKeys.size(), 1) << "a changed key is never offered for acceptance";

    HostKeyPanel* panel = host()->keyPanel();
    ASSERT_TRUE(panel->isVisible());
    const QString known = panel->knownKeyLabel()->text();
    const QString offered = panel->offeredKeyLabel()->text();
    EXPECT_TRUE(known.contains(firstFingerprint)) << known.toStdString();
    EXPECT_TRUE(known.contains(knownHosts + QStringLiteral(", line 1"))) << known.toStdString();
    EXPECT_TRUE(offered.startsWith(QStringLiteral("ssh-ed25519 SHA256:"))) << offered.toStdString();
    EXPECT_FALSE(offered.contains(firstFingerprint));
    EXPECT_EQ(panel->commandLabel()->text(),
              QStringLiteral("ssh-keygen -R '[127.0.0.52]:2222' -f '%1'").arg(knownHosts))
        << panel->commandLabel()->text().toStdString();
    EXPECT_EQ(knownHostsContent(), recorded) << "nothing is saved or removed";

    // A picture for a person to look at (screenshots/welcome/ in the build folder).
    m_wizard->resize(1000, 700);
    if (auto* scroll = m_wizard->welcomePage()->findChild<QScrollArea*>())
        scroll->ensureWidgetVisible(panel);
    QTest::qWait(50); // the nested layouts settle, as they do before a person sees the window
    QDir().mkpath(QStringLiteral("screenshots/welcome"));
    EXPECT_TRUE(m_wizard->grab().save(QStringLiteral("screenshots/welcome/changed-key.png")));
}
