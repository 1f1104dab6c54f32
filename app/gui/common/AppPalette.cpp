// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppPalette.h"

#include <QApplication>
#include <QColor>
#include <QStyle>
#include <QStyleFactory>

namespace debrief {

namespace {
void setBoth(QPalette& palette, QPalette::ColorRole role, const QColor& color)
{
    palette.setColor(QPalette::Active, role, color);
    palette.setColor(QPalette::Inactive, role, color);
}
} // namespace

QPalette AppPalette::dark()
{
    // Neutral greys with a slight blue cast, not pure black: text at ~13:1 on the base, panels
    // distinguishable from fields, and a selection blue that keeps white text readable (~4.8:1).
    QPalette palette;
    const QColor text(0xe4, 0xe6, 0xea);
    const QColor disabledText(0x7c, 0x81, 0x89);
    setBoth(palette, QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    setBoth(palette, QPalette::WindowText, text);
    setBoth(palette, QPalette::Base, QColor(0x1e, 0x20, 0x23));
    setBoth(palette, QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    setBoth(palette, QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    setBoth(palette, QPalette::ToolTipText, text);
    setBoth(palette, QPalette::PlaceholderText, QColor(0x8d, 0x93, 0x9b));
    setBoth(palette, QPalette::Text, text);
    setBoth(palette, QPalette::Button, QColor(0x35, 0x38, 0x3d));
    setBoth(palette, QPalette::ButtonText, text);
    setBoth(palette, QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    setBoth(palette, QPalette::Light, QColor(0x4a, 0x4e, 0x55));
    setBoth(palette, QPalette::Midlight, QColor(0x3e, 0x42, 0x48));
    setBoth(palette, QPalette::Mid, QColor(0x25, 0x27, 0x2b));
    setBoth(palette, QPalette::Dark, QColor(0x19, 0x1a, 0x1d));
    setBoth(palette, QPalette::Shadow, QColor(0x0c, 0x0d, 0x0f));
    setBoth(palette, QPalette::Highlight, QColor(0x2f, 0x6f, 0xc9));
    setBoth(palette, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    setBoth(palette, QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    setBoth(palette, QPalette::LinkVisited, QColor(0xb8, 0x92, 0xff));
    palette.setColor(QPalette::Disabled, QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0x25, 0x27, 0x2b));
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x30, 0x32, 0x36));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x4a, 0x52));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(0xb4, 0xb8, 0xbe));
    return palette;
}

QPalette AppPalette::light()
{
    // Fusion's own palette: the reference look of the screenshots, whatever the platform offers.
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

void AppPalette::apply(PaletteChoice choice)
{
    if (choice == PaletteChoice::System)
        return;
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(choice == PaletteChoice::Dark ? dark() : light());
}

QString AppPalette::name(PaletteChoice choice)
{
    switch (choice) {
    case PaletteChoice::Light:
        return QStringLiteral("light");
    case PaletteChoice::Dark:
        return QStringLiteral("dark");
    case PaletteChoice::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<PaletteChoice> AppPalette::fromName(const QString& name)
{
    for (const auto choice : {PaletteChoice::System, PaletteChoice::Light, PaletteChoice::Dark}) {
        if (AppPalette::name(choice) == name)
            return choice;
    }
    return std::nullopt;
}

QStringList AppPalette::allNames()
{
    return {name(PaletteChoice::System), name(PaletteChoice::Light), name(PaletteChoice::Dark)};
}

bool AppPalette::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace debrief
