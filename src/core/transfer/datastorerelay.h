#pragma once

#include "transfer/vmimport.h"
#include "util/result.h"

#include <QString>

#include <atomic>
#include <memory>

namespace ferry::transfer {

// Serves one source disk (a flat extent on a datastore) as plain HTTP on a unix socket, for
// nbdkit's curl plugin (`unix-socket-path=`): HEAD gives the size, GET with a byte range gives
// the bytes, each fetched from the datastore with the session cookie over TLS checked against the
// source's pinned certificate. So the disk can be read by tools that speak NBD (libguestfs, for
// the guest conversion) without the cookie or the trust decision leaving Ferry, and without a
// local copy. The socket lives in a directory only this user can enter; the relay runs on a
// thread of its own until stop() or destruction.
class DatastoreRelay final
{
public:
    explicit DatastoreRelay(DiskSource source);
    ~DatastoreRelay();
    DatastoreRelay(const DatastoreRelay &) = delete;
    DatastoreRelay &operator=(const DatastoreRelay &) = delete;

    // Listens on socketPath (which must not exist; its directory should be private).
    Status start(const QString &socketPath);
    void stop();

    // The URL to give curl with the socket: any host, the path is ignored.
    static QString url() { return QStringLiteral("http://ferry-relay/disk"); }
    qint64 bytesRelayed() const { return m_bytes.load(); }
    int requestsFailed() const { return m_failed.load(); }

private:
    class Thread;
    DiskSource m_source;
    std::unique_ptr<Thread> m_thread;
    std::atomic<qint64> m_bytes {0};
    std::atomic_int m_failed {0};
};

} // namespace ferry::transfer
