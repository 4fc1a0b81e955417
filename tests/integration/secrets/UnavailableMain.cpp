// Test main for the suite without a keychain: the session bus address points to a socket that does
// not exist, and HOME is a temporary folder, set before anything can reach D-Bus.
#include "UnavailableHome.h"

#include <QCoreApplication>
#include <QDir>

#include <gtest/gtest.h>

namespace puw::test {

QString UnavailableHome::path()
{
    static QTemporaryDir dir(QStringLiteral("/tmp/puw-nokeyring-XXXXXX"));
    return dir.path();
}

} // namespace puw::test

int main(int argc, char** argv)
{
    const QString home = puw::test::UnavailableHome::path() + QStringLiteral("/home");
    QDir().mkpath(home);
    qputenv("HOME", home.toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/.local/share")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/.config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home + QStringLiteral("/.cache")).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", puw::test::UnavailableHome::path().toLocal8Bit());
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            (QStringLiteral("unix:path=") + puw::test::UnavailableHome::path() + QStringLiteral("/no-bus"))
                .toLocal8Bit());
    for (const char* name :
         {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION"})
        qunsetenv(name);

    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
