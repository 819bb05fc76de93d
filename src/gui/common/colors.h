#pragma once

#include <QColor>
#include <QPalette>

namespace ferry::gui {

// Red for problem texts under forms, readable on light and on dark window colours.
inline QColor errorTextColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x7b, 0x72)
                                                             : QColor(0xc0, 0x28, 0x28);
}

// `palette` with problem texts in red: WindowText for a plain label, Text for a label whose text
// can be selected (it draws with the Text role) or an editor.
inline QPalette errorPalette(QPalette palette)
{
    const QColor red = errorTextColor(palette);
    palette.setColor(QPalette::WindowText, red);
    palette.setColor(QPalette::Text, red);
    return palette;
}

} // namespace ferry::gui
