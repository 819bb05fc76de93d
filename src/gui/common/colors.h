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

} // namespace ferry::gui
