#pragma once

#include <QIcon>
#include <QString>

namespace ferry::gui {

// One of Ferry's line icons (resources/icons/<name>.svg). They are drawn in "currentColor" and
// painted in the application palette's text colour at the moment they are drawn (highlighted
// text when selected, the disabled text colour when disabled), so they follow light and dark
// themes without a second set of files.
QIcon themedIcon(const QString &name);

// The application icon, in its own colours.
QIcon applicationIcon();

// The raw SVG of an icon, or an empty array for an unknown name (for tests).
QByteArray iconSource(const QString &name);

} // namespace ferry::gui
