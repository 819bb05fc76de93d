#pragma once

#include <QLabel>

namespace ferry::gui {

// A label for an explanatory note or hint: wrapped, in the palette's placeholder (secondary)
// colour, so it follows a switch between light and dark themes.
QLabel *noteLabel(const QString &text, QWidget *parent);

} // namespace ferry::gui
