#include "util/unixsignals.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace ferry {

Q_LOGGING_CATEGORY(lcSignals, "ferry.signals", QtInfoMsg)

#ifdef Q_OS_UNIX
namespace {

// [0] is read by the notifier, [1] is written by the handler.
int g_pair[2] = {-1, -1};
struct sigaction g_previous[65];

extern "C" void onSignal(int signalNumber)
{
    const int saved = errno;
    const auto byte = static_cast<unsigned char>(signalNumber);
    // Async-signal-safe: one write; when the pair is full the signal is already pending.
    (void)!::write(g_pair[1], &byte, 1);
    errno = saved;
}

} // namespace
#endif

UnixSignalWatcher::UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (g_pair[0] >= 0) {
        qCWarning(lcSignals) << "a signal watcher exists already";
        return;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_pair) != 0) {
        qCWarning(lcSignals) << "cannot create the signal socket pair:" << std::strerror(errno);
        g_pair[0] = g_pair[1] = -1;
        return;
    }
    m_notifier = new QSocketNotifier(g_pair[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::readSignals);
    for (int signalNumber : signalNumbers) {
        if (signalNumber <= 0 || signalNumber >= 65)
            continue;
        struct sigaction action
        {
        };
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        if (::sigaction(signalNumber, &action, &g_previous[signalNumber]) == 0)
            m_signals << signalNumber;
    }
#else
    Q_UNUSED(signalNumbers)
#endif
}

UnixSignalWatcher::~UnixSignalWatcher()
{
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    for (int signalNumber : std::as_const(m_signals))
        ::sigaction(signalNumber, &g_previous[signalNumber], nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(g_pair[0]);
    ::close(g_pair[1]);
    g_pair[0] = g_pair[1] = -1;
#endif
}

void UnixSignalWatcher::readSignals()
{
#ifdef Q_OS_UNIX
    unsigned char buffer[16];
    ssize_t n = 0;
    while ((n = ::read(g_pair[0], buffer, sizeof buffer)) > 0)
        for (ssize_t i = 0; i < n; ++i)
            Q_EMIT received(int(buffer[i]));
#endif
}

} // namespace ferry
