// The wizard's window carries the program's icon, the same one the package installs into the icon theme.
#include "WizardFixture.h"

#include <QIcon>
#include <QImage>

using puw::test::WizardFixture;

using WindowIcon = WizardFixture;

TEST_F(WindowIcon, IsTheProgramIconInEveryThemeSize)
{
    launch();
    const QIcon icon = m_wizard->windowIcon();
    ASSERT_FALSE(icon.isNull()) << "the wizard has no window icon";
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        EXPECT_TRUE(icon.availableSizes().contains(QSize(size, size))) << "no " << size << " px icon";
        // Not a blank square: the pixel at the centre of the old server (left third) is opaque.
        const QImage image = icon.pixmap(QSize(size, size)).toImage();
        ASSERT_EQ(image.size(), QSize(size, size));
        EXPECT_GT(qAlpha(image.pixel(size / 5, size * 3 / 4)), 200) << size << " px icon is empty there";
    }
}
