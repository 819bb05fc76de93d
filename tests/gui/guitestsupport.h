#pragma once

// Shared set-up for the GUI tests: Ferry's application names, QStandardPaths in test mode and
// QSettings in a temporary directory, so no test reads or writes a real user's state.

#include "settings/preferences.h"
#include "startup/startup.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace ferry::gui::test {

inline void isolateUserState(const QTemporaryDir &settingsDir)
{
    QStandardPaths::setTestModeEnabled(true);
    setApplicationMetadata();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();
    // As Ferry starts with no language stored: English, whose plural forms ("1 VM", "2 VMs")
    // come from ferry_en.qm. A test of another language installs it after this.
    installTranslations(QStringLiteral("en"));
}

inline void clearSettings()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

} // namespace ferry::gui::test
