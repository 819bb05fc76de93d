#pragma once

#include <QByteArray>
#include <QString>

namespace ferry {

// The systemd notify protocol (sd_notify(3)) without libsystemd: when $NOTIFY_SOCKET names an
// AF_UNIX datagram socket (a path, or an abstract name when it starts with '@'), each call sends
// one datagram of "KEY=value" lines to it. Without $NOTIFY_SOCKET (not started by systemd, or
// not Type=notify) every call does nothing. Linux only; elsewhere nothing is ever sent.
//
// The watchdog (WatchdogSec= in the unit): systemd sets $WATCHDOG_USEC and $WATCHDOG_PID; when
// $WATCHDOG_PID is set it must be this process, else the watchdog is someone else's.
// watchdogIntervalMs() is half the timeout, the interval sd_watchdog_enabled(3) recommends.
class SystemdNotifier
{
public:
    // Reads the environment once.
    SystemdNotifier();
    ~SystemdNotifier();
    SystemdNotifier(const SystemdNotifier &) = delete;
    SystemdNotifier &operator=(const SystemdNotifier &) = delete;

    // $NOTIFY_SOCKET was set and usable.
    bool enabled() const { return m_fd >= 0; }
    // Half of $WATCHDOG_USEC in milliseconds (at least 1); 0 when there is no watchdog for us.
    qint64 watchdogIntervalMs() const { return m_watchdogIntervalMs; }

    // Sends one datagram (lines "KEY=value", joined by '\n'); false when it could not be sent
    // (or nothing is listening); true and nothing sent when not enabled.
    bool notify(const QByteArray &state);
    bool ready() { return notify(QByteArrayLiteral("READY=1")); }
    bool stopping() { return notify(QByteArrayLiteral("STOPPING=1")); }
    bool watchdog() { return notify(QByteArrayLiteral("WATCHDOG=1")); }
    // STATUS=<text> (one line), only when it differs from the last status sent.
    bool status(const QString &text);

private:
    int m_fd = -1;
    QByteArray m_address; // the sockaddr_un bytes
    qint64 m_watchdogIntervalMs = 0;
    QString m_lastStatus;
    bool m_statusSent = false;
};

} // namespace ferry
