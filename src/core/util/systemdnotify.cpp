#include "util/systemdnotify.h"

#include <QLoggingCategory>
#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace ferry {

Q_LOGGING_CATEGORY(lcNotify, "ferry.notify", QtInfoMsg)

SystemdNotifier::SystemdNotifier()
{
#ifdef Q_OS_LINUX
    const QByteArray socketName = qgetenv("NOTIFY_SOCKET");
    if (!socketName.isEmpty()) {
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        // '@' stands for the leading NUL of an abstract name; the length then counts exactly
        // the name, without a terminating NUL.
        const bool abstract = socketName.startsWith('@');
        const bool pathName = socketName.startsWith('/');
        if ((abstract || pathName) && size_t(socketName.size()) < sizeof(addr.sun_path)) {
            std::memcpy(addr.sun_path, socketName.constData(), size_t(socketName.size()));
            if (abstract)
                addr.sun_path[0] = '\0';
            const auto length = socklen_t(
                offsetof(sockaddr_un, sun_path) + size_t(socketName.size()) + (abstract ? 0 : 1));
            m_address = QByteArray(reinterpret_cast<const char *>(&addr), int(length));
            m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
            if (m_fd < 0)
                qCWarning(lcNotify)
                    << "cannot open a socket for NOTIFY_SOCKET:" << std::strerror(errno);
        } else {
            qCWarning(lcNotify) << "NOTIFY_SOCKET is neither a path nor an abstract name:"
                                << socketName;
        }
    }
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    const QString pid = qEnvironmentVariable("WATCHDOG_PID");
    const bool ours = pid.isEmpty() || pid.toLongLong() == qint64(::getpid());
    if (ok && usec > 0 && ours)
        m_watchdogIntervalMs = qMax<qint64>(1, usec / 2000);
#endif
}

SystemdNotifier::~SystemdNotifier()
{
#ifdef Q_OS_LINUX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

bool SystemdNotifier::notify(const QByteArray &state)
{
    if (m_fd < 0)
        return true;
#ifdef Q_OS_LINUX
    ssize_t sent = -1;
    do {
        sent = ::sendto(m_fd, state.constData(), size_t(state.size()), MSG_NOSIGNAL,
            reinterpret_cast<const sockaddr *>(m_address.constData()), socklen_t(m_address.size()));
    } while (sent < 0 && errno == EINTR);
    if (sent == qint64(state.size()))
        return true;
    qCWarning(lcNotify) << "cannot notify systemd:" << std::strerror(errno);
#else
    Q_UNUSED(state)
#endif
    return false;
}

bool SystemdNotifier::status(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (m_statusSent && line == m_lastStatus)
        return true;
    m_lastStatus = line;
    m_statusSent = true;
    return notify("STATUS=" + line.toUtf8());
}

} // namespace ferry
