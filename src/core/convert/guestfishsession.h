#pragma once

#include "convert/conversiontypes.h"
#include "util/result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ferry::convert {

// One libguestfs handle held by a guestfish server (`guestfish --listen`), driven one command at
// a time with `guestfish --remote=PID -- COMMAND ARGS...`: each command is its own process with
// its own timeout, its output is exactly the command's answer, and a failed command is an error
// value with libguestfs' message. libguestfs has no timeout of its own (a hung appliance would
// hang the caller): when a command runs out of time, the server and the appliance it started are
// killed by their process ids. Blocking: use it on a worker thread.
class GuestfishSession final
{
public:
    GuestfishSession() = default;
    ~GuestfishSession();
    GuestfishSession(const GuestfishSession &) = delete;
    GuestfishSession &operator=(const GuestfishSession &) = delete;

    // Starts the server with the drives (files or nbd+unix:// URIs, raw), read-only or not.
    // `env`: the server's environment (LIBGUESTFS_BACKEND_SETTINGS=force_tcg where KVM is not
    // usable). The appliance is not launched yet: that is the command "run".
    Status start(const QList<DiskEndpoint> &disks, bool readOnly, const QProcessEnvironment &env);
    // Runs one command; its standard output, or an error with its message.
    Result<QString> run(const QStringList &command, int timeoutSeconds);
    // Syncs, shuts the appliance down and stops the server. An error means the writes may not
    // all have reached the disk.
    Status close(int timeoutSeconds);
    // Kills the server and the processes it started (the appliance's QEMU), by process id.
    void kill();

    qint64 serverPid() const { return m_pid; }

    // "GUESTFISH_PID=1234; export GUESTFISH_PID" -> 1234; 0 when the text has none.
    static qint64 parseListenOutput(const QString &out);

private:
    qint64 m_pid = 0;
    QProcessEnvironment m_env;
};

} // namespace ferry::convert
