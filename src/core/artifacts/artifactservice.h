#pragma once

#include "model/artifact.h"
#include "util/result.h"

#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace ferry {

class Database;
struct Instance;

namespace artifacts {

// The artifacts Ferry keeps (issue 16): today the virtio-win driver ISO that a Windows guest's
// conversion injects drivers from. `ferryctl artifact ...` and ferry's Artifacts page are its
// two faces.
//
// add() checks the file (there, an ISO 9660 image, with virtio-win's <driver>/<winver>/<arch>/
// layout), copies it into <data directory>/artifacts/<uuid>.iso while taking its SHA-256, and
// records the copy's path, SHA-256, size and what was found on it; nothing is stored when a
// check fails. Adding a virtio-win ISO puts the queue entries that were Blocked waiting for one
// back to Waiting. remove() deletes the record and the copy.
//
// The database holds the path, not the bytes: an engine on another host (docs/scale.md) needs
// the same file at the same path. verifyFile() is what the engine checks before it uses one.
class ArtifactService final
{
public:
    ArtifactService(std::shared_ptr<Database> db, QString dataDirectory);

    Result<Artifact> add(const QString &file, const QString &description = {}) const;
    Result<QVector<Artifact>> list() const;
    Result<Artifact> show(qint64 id) const;
    Status remove(qint64 id) const;

    // The virtio-win ISO for a guest (pickVirtioWin over the stored artifacts); nullopt: none.
    Result<std::optional<Artifact>> virtioWinFor(const Instance &vm) const;

    // The queue entries waiting for a virtio-win ISO go back to Waiting (add() calls it).
    // Returns how many did.
    Result<int> releaseWaitingEntries() const;

    // The artifact's file on this host is there and is the file that was added: same size and
    // SHA-256 (hashed once per process for a path, size and modification time).
    static Status verifyFile(const Artifact &artifact);

    // <data directory>/artifacts
    static QString directoryIn(const QString &dataDirectory);

private:
    std::shared_ptr<Database> m_db;
    QString m_dataDir;
};

} // namespace artifacts
} // namespace ferry
