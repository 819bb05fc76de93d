#pragma once

#include <QLocale>
#include <QString>

class QApplication;

namespace ferry::gui {

// The desktop application's own preferences, per user in QSettings (group "Preferences"): the
// language and the theme. The settings ferry shares with ferryctl (limits, log level) are in the
// database instead (ferry::AppSettings).
enum class Theme { System, Light, Dark };

Theme storedTheme();
void storeTheme(Theme theme);
// Fusion with a light or a dark palette, or the style and palette the platform gave Ferry.
void applyTheme(Theme theme);
QString themeKey(Theme theme);

// "system", "en" or "de".
QString storedLanguage();
void storeLanguage(const QString &language);
// The language that "system" resolves to on a system with that locale ("de" or "en").
QString effectiveLanguage(const QString &language, const QLocale &system = QLocale::system());
// The locale dates and numbers follow in that language ("de" or "en") on a system with that
// locale: the system's own where its language matches (or English on the C locale), else the
// language with the system's territory. installTranslations makes it the default.
QLocale localeForLanguage(const QString &lang, const QLocale &system = QLocale::system());
// Installs Ferry's and Qt's translators for the language (replacing earlier ones); returns
// whether Ferry's own translation was found (English needs none and returns true).
bool installTranslations(const QString &language);

} // namespace ferry::gui
