#include "settings/preferences.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace ferry::gui {

namespace {

const auto kGroup = QStringLiteral("Preferences");
const auto kThemeKey = QStringLiteral("theme");
const auto kLanguageKey = QStringLiteral("language");

struct PlatformLook
{
    bool captured = false;
    QString styleName;
    QPalette palette;
};

PlatformLook &platformLook()
{
    static PlatformLook look;
    if (!look.captured && qApp) {
        look.captured = true;
        look.styleName = QApplication::style()->name();
        look.palette = QApplication::palette();
    }
    return look;
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor alternate(0x26, 0x28, 0x2b);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x83, 0x88);
    const QColor button(0x35, 0x37, 0x3c);
    const QColor highlight(0x2f, 0x7d, 0xd1);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x47));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x94, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x47, 0x4c));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}

} // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme storedTheme()
{
    QSettings settings;
    const QString value = settings.value(kGroup + QLatin1Char('/') + kThemeKey).toString();
    if (value == QLatin1String("light"))
        return Theme::Light;
    if (value == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void storeTheme(Theme theme)
{
    QSettings().setValue(kGroup + QLatin1Char('/') + kThemeKey, themeKey(theme));
}

void applyTheme(Theme theme)
{
    const PlatformLook &look = platformLook();
    switch (theme) {
    case Theme::System:
        if (QApplication::style()->name() != look.styleName)
            QApplication::setStyle(look.styleName);
        QApplication::setPalette(look.palette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
}

QString storedLanguage()
{
    const QString value = QSettings().value(kGroup + QLatin1Char('/') + kLanguageKey).toString();
    return value == QLatin1String("en") || value == QLatin1String("de") ? value
                                                                        : QStringLiteral("system");
}

void storeLanguage(const QString &language)
{
    QSettings().setValue(kGroup + QLatin1Char('/') + kLanguageKey, language);
}

QString effectiveLanguage(const QString &language, const QLocale &system)
{
    if (language == QLatin1String("en") || language == QLatin1String("de"))
        return language;
    const QStringList ui = system.uiLanguages();
    for (const QString &name : ui) {
        if (name.startsWith(QLatin1String("de")))
            return QStringLiteral("de");
        if (name.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

// Dates and numbers in the language the texts are in: a German Ferry on an English system says
// "07.12.26, 16:09" and "1,5 MiB/s". The system's territory stays where the combination exists
// (English on a German system writes dates the way en_DE does); a system whose language already
// matches, or the C locale with English, keeps the system's own formats.
QLocale localeForLanguage(const QString &lang, const QLocale &system)
{
    const QLocale::Language wanted
        = lang == QLatin1String("de") ? QLocale::German : QLocale::English;
    const bool englishOnC = wanted == QLocale::English && system.language() == QLocale::C;
    if (system.language() == wanted || englishOnC)
        return system;
    return QLocale(wanted, system.territory());
}

bool installTranslations(const QString &language)
{
    for (const QPointer<QTranslator> &t : std::as_const(installedTranslators())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t.data();
        }
    }
    installedTranslators().clear();

    const QString lang = effectiveLanguage(language);
    QLocale::setDefault(localeForLanguage(lang));
    if (lang == QLatin1String("en")) {
        // English needs only its plural forms ("%n VM(s)" reads "1 VM", "2 VMs").
        auto *plurals = new QTranslator(qApp);
        if (plurals->load(QStringLiteral(":/ferry/translations/ferry_en.qm"))) {
            QCoreApplication::installTranslator(plurals);
            installedTranslators() << plurals;
        } else {
            delete plurals;
        }
        return true;
    }
    const QLocale locale(lang);
    auto *ferry = new QTranslator(qApp);
    const bool found = ferry->load(locale, QStringLiteral("ferry"), QStringLiteral("_"),
        QStringLiteral(":/ferry/translations"));
    if (found) {
        QCoreApplication::installTranslator(ferry);
        installedTranslators() << ferry;
    } else {
        delete ferry;
    }
    // Qt's own texts (standard buttons, context menus of line edits), when installed.
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installedTranslators() << qt;
    } else {
        delete qt;
    }
    return found;
}

} // namespace ferry::gui
