// GUI tests run in a QApplication on the offscreen platform unless the caller chose one (e.g. xcb under
// Xvfb), so that they need no display. PUW_DARK_PALETTE=1 runs them in Fusion with a dark palette (for
// screenshots of the dark look); QT_SCALE_FACTOR=2 gives the 200% look.
#include "DarkPalette.h"

#include <QApplication>
#include <QStyleFactory>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (qEnvironmentVariableIntValue("PUW_DARK_PALETTE") == 1) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(puw::test::darkFusionPalette());
    }
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
