#pragma once

// Shared set-up for the GUI tests: Ferry's application names, QStandardPaths in test mode and
// QSettings in a temporary directory, so no test reads or writes a real user's state.

#include "settings/preferences.h"
#include "startup/startup.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

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

// True once no background work runs on the global pool (runInBackground, QtConcurrent) and the
// callbacks of what finished have been delivered (they may start more: then false). Not for
// QTRY_VERIFY: that macro evaluates its expression once more after the wait, and this one has
// side effects (it delivers events), so the second look can start work and answer false. Wait on
// it with QTest::qWaitFor, or with settled() below.
inline bool backgroundWorkDone()
{
    if (QThreadPool::globalInstance()->activeThreadCount() != 0)
        return false;
    QCoreApplication::sendPostedEvents(); // the finished work's results, queued to this thread
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return QThreadPool::globalInstance()->activeThreadCount() == 0;
}

// Waits until the GUI has settled (see backgroundWorkDone), for a test that must check that
// something did not happen, instead of sleeping a guessed time. False if it did not in time.
inline bool settled(int timeoutMs = 5000)
{
    return QTest::qWaitFor([] { return backgroundWorkDone(); }, timeoutMs);
}

} // namespace ferry::gui::test
