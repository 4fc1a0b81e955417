// The welcome page as a person sees and uses it: the changed-key panel's text whole at every width, the
// Tab key walking the fields in reading order with a name for each, and a dark palette that keeps the
// error frame readable. Pictures in screenshots/welcome/ of the build folder.
#include "DarkPalette.h"
#include "WizardFixture.h"

#include "HostEditor.h"
#include "HostKeyPanel.h"
#include "PlanEditor.h"
#include "WelcomePage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTest>

#include <cmath>

using namespace puw;
using puw::test::WizardFixture;

namespace {
class WelcomeLayout : public WizardFixture {
protected:
    WelcomePage* page() const { return m_wizard->welcomePage(); }
    // Lets the nested layouts finish their passes, as the event loop does before a person sees anything.
    static void settle() { QTest::qWait(50); }
    bool saveScreenshot(const QString& name) const
    {
        const QString dir = QStringLiteral("screenshots/welcome");
        QDir().mkpath(dir);
        return m_wizard->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
    }
};

HostKeyInfo changedKey()
{
    HostKeyInfo key;
    key.state = HostKeyInfo::State::Changed;
    key.host = QStringLiteral("[192.0.2.7]:2222");
    key.keyType = QStringLiteral("ssh-ed25519");
    key.fingerprint = QStringLiteral("SHA256:2dZi8LUKITkhb3wzvEJfJoUymlummCCMfbyq6ASSh3s");
    key.knownHostsFile = QStringLiteral("/home/admin/.ssh/known_hosts");
    key.recordedKeyType = QStringLiteral("ssh-ed25519");
    key.recordedFingerprint = QStringLiteral("SHA256:DU6qtiAbAvO9sSt7KOS/colcQXQH/QpCLYZTsNW0hqU");
    key.recordedLine = 12;
    return key;
}

} // namespace

TEST_F(WelcomeLayout, TheChangedKeyPanelShowsAllItsTextAtEveryWidth)
{
    launch();
    HostKeyPanel* panel = page()->editor()->oldHost()->keyPanel();
    panel->showKey(changedKey());
    auto* scroll = page()->findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    // Shown, then resized (as after "Test connection"), then shown again at each size.
    for (const bool reshow : {false, true}) {
        for (const int width : {1000, 800, 1300, 900, 1000}) {
            m_wizard->resize(width, 700);
            if (reshow) {
                panel->hide();
                panel->showKey(changedKey());
            }
            settle();
            for (QLabel* label : panel->findChildren<QLabel*>()) {
                EXPECT_GE(label->height(), label->heightForWidth(label->width()))
                    << "cut off at a window width of " << width << ": "
                    << label->text().left(40).toStdString();
                EXPECT_LE(label->geometry().bottom(), panel->contentsRect().bottom());
            }
        }
    }
    scroll->ensureWidgetVisible(panel);
    settle();
    EXPECT_TRUE(saveScreenshot(QStringLiteral("changed-key-panel")));
}

TEST_F(WelcomeLayout, TabWalksThePageInReadingOrderAndEveryStopHasAName)
{
    const QString config = m_dir.filePath(QStringLiteral("ssh_config"));
    QFile file(config);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Host web-old\n  HostName 10.1.2.3\n");
    file.close();
    launch(); // the demo plan: its recipe asks for four secrets, its route is nginx with a proxy host
    page()->setSshConfigPath(config);
    m_wizard->resize(1000, 700);
    page()->editor()->recipeBox()->setFocus();
    settle();

    QStringList host;
    for (const char* field : {"pick from ~/.ssh/config", "address", "port", "user", "identity file",
                              "choose the identity file", "test the connection"})
        host.append(QString::fromLatin1(field));
    const auto hostStops = [&](const QString& name) {
        QStringList stops;
        for (const QString& field : std::as_const(host))
            stops.append(name + QStringLiteral(": ") + field);
        return stops;
    };
    QStringList expected{QStringLiteral("Recipe of the application"), QStringLiteral("Name of the plan"),
                         QStringLiteral("Variables of the recipe")};
    for (const char* purpose : {"ssh-password", "key-passphrase", "sudo-password", "db-password"})
        expected.append(QStringLiteral("Environment variable for the %1").arg(QLatin1String(purpose)));
    expected += hostStops(QStringLiteral("Old host"));
    expected += hostStops(QStringLiteral("New host"));
    expected += {QStringLiteral("Known hosts file"), QStringLiteral("Kind of route"),
                 QStringLiteral("Public address")};
    expected += hostStops(QStringLiteral("Proxy host"));
    expected += {QStringLiteral("Upstream file"),
                 QStringLiteral("Load a plan file"),
                 QStringLiteral("Save the plan to a file"),
                 QStringLiteral("Steps and their states"),
                 QStringLiteral("Next page"),
                 QStringLiteral("Close the wizard")};

    QStringList walked;
    for (int press = 0; press <= expected.size(); ++press) {
        QWidget* focused = QApplication::focusWidget();
        ASSERT_NE(focused, nullptr) << "focus lost after " << press << " presses of Tab";
        EXPECT_FALSE(focused->accessibleName().isEmpty())
            << "a " << focused->metaObject()->className() << " without an accessible name after "
            << walked.join(QStringLiteral(", ")).toStdString();
        walked.append(focused->accessibleName());
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    EXPECT_EQ(walked.mid(0, expected.size()).join(QLatin1Char('\n')).toStdString(),
              expected.join(QLatin1Char('\n')).toStdString());
    EXPECT_EQ(walked.last(), expected.first()) << "after the last button, Tab comes back to the recipe";
}

TEST_F(WelcomeLayout, InADarkPaletteTheErrorFrameAndTheTextStayReadable)
{
    // The whole program in a dark Fusion palette, as on a dark desktop; put back for the other tests.
    struct Restore {
        QString style = QApplication::style()->name();
        QPalette palette = QApplication::palette();
        ~Restore()
        {
            QApplication::setStyle(style);
            QApplication::setPalette(palette);
        }
    } restore;
    QApplication::setStyle(QStringLiteral("Fusion"));
    launch();
    m_wizard->resize(1000, 700);
    PlanEditor* editor = page()->editor();
    QLineEdit* port = editor->newHost()->portEdit();
    port->setText(QStringLiteral("22x"));
    ASSERT_FALSE(page()->checked().ok());
    const QColor light = editor->errorColour();
    EXPECT_TRUE(port->styleSheet().contains(light.name())) << port->styleSheet().toStdString();
    EXPECT_GE(puw::test::wcagContrast(light, editor->palette().color(QPalette::Window)), 3.0)
        << light.name().toStdString();

    QApplication::setPalette(puw::test::darkFusionPalette()); // while the field is marked: the frame follows
    page()->findChild<QScrollArea*>()->ensureWidgetVisible(port);
    settle();
    const QPalette dark = puw::test::darkFusionPalette();
    const QColor frame = editor->errorColour();
    EXPECT_NE(frame, light);
    EXPECT_TRUE(port->styleSheet().contains(frame.name())) << port->styleSheet().toStdString();
    EXPECT_GE(puw::test::wcagContrast(frame, dark.color(QPalette::Window)), 3.0)
        << frame.name().toStdString();
    EXPECT_GE(puw::test::wcagContrast(frame, dark.color(QPalette::Base)), 3.0) << frame.name().toStdString();
    // What is drawn: the frame's colour at the edge, the dark field inside, the light text on it.
    const QImage field = port->grab().toImage();
    const QColor edge = field.pixelColor(0, field.height() / 2);
    const QColor inside = field.pixelColor(field.width() - 6, field.height() / 2);
    EXPECT_LT(puw::test::wcagContrast(edge, frame), 1.2) << edge.name().toStdString();
    EXPECT_LT(puw::test::wcagContrast(inside, dark.color(QPalette::Base)), 1.5)
        << "the field stays dark under the frame, not " << inside.name().toStdString();
    double brightest = 0;
    for (int x = 0; x < field.width() / 3; ++x)
        brightest =
            std::max(brightest, puw::test::wcagContrast(field.pixelColor(x, field.height() / 2), inside));
    EXPECT_GE(brightest, 4.5) << "the typed text reads on the field";
    EXPECT_TRUE(saveScreenshot(QStringLiteral("dark-error")));

    editor->oldHost()->keyPanel()->showKey(changedKey());
    page()->findChild<QScrollArea*>()->ensureWidgetVisible(editor->oldHost()->keyPanel());
    settle();
    EXPECT_TRUE(saveScreenshot(QStringLiteral("dark-changed-key")));
    // An empty start: the recipe is what is missing, the frame is on the list of recipes.
    closeAll();
    launch(false);
    m_wizard->resize(1000, 700);
    settle();
    EXPECT_TRUE(page()->editor()->recipeBox()->styleSheet().contains(frame.name()));
    EXPECT_TRUE(saveScreenshot(QStringLiteral("dark-empty")));
}

TEST_F(WelcomeLayout, TheFieldsFitTheWindowAtItsFirstAndItsNarrowestSize)
{
    // The page scrolls only up and down: a field wider than the view would be cut off at the right.
    launch();
    auto* scroll = page()->findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    const auto fits = [&](const char* when) {
        settle();
        EXPECT_LE(page()->editor()->width(), scroll->viewport()->width())
            << when << ", window " << m_wizard->width() << " wide";
    };
    fits("as the window opens");
    m_wizard->resize(1, 700); // as narrow as the window goes
    fits("at the narrowest");
    page()->editor()->oldHost()->keyPanel()->showKey(changedKey()); // long fingerprints
    fits("with a changed key shown");
    m_wizard->resize(1, 700);
    fits("with a changed key, at the narrowest");
}
