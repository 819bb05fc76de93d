#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace ferry::vmware {

struct VmdkExtent
{
    QString access; // RW | RDONLY | NOACCESS
    qint64 sectors = 0; // 512-byte sectors
    QString
        type; // VMFS | FLAT | SPARSE | VMFSSPARSE (COWD delta) | SESPARSE (SEsparse delta) | ...
    QString file; // relative to the descriptor's directory
    qint64 offset = 0; // in sectors, for FLAT
};

struct VmdkDescriptor
{
    QString createType;
    QString cid; // the content id (8 hex digits); changes with every write after an open
    QString parentCid; // ffffffff: no parent
    // A snapshot delta's parent descriptor, relative to this one's directory ("disk.vmdk" or
    // "disk-000001.vmdk"); empty for a base disk.
    QString parentFileNameHint;
    // ddb.encoding as written ("UTF-8", "windows-1252", ...; empty: none, read as UTF-8). Names
    // in the descriptor (extent files, the parent hint) are decoded with it.
    QString encoding;
    // ddb.thinProvisioned = "1": the flat extent is thin on VMFS (unwritten blocks read as zeros).
    bool thinProvisioned = false;
    QVector<VmdkExtent> extents;
    qint64 sizeBytes() const;
    // A snapshot delta (createType vmfsSparse or seSparse, or a parent named).
    bool isDelta() const;
};

// Reads a VMDK text descriptor. Ferry copies one flat extent (createType vmfs, monolithicFlat or
// twoGbMaxExtentFlat with a single extent); other layouts are named restrictions, not crashes.
Result<VmdkDescriptor> parseVmdkDescriptor(const QByteArray &text);
// The datastore path of a delta's parent: `hint` (parentFileNameHint) relative to the directory
// of `childPath` (a datastore-relative path, "vm/disk-000001.vmdk"; "../base/base.vmdk" allowed
// while it stays inside the datastore), or absolute as ESXi writes it after some operations
// ("/vmfs/volumes/<volume>/vm/disk.vmdk"), which Ferry follows only when it names the child's
// own directory (the volume UUID cannot be matched to the datastore's name); another directory
// on some volume (a linked clone's base elsewhere) is Unsupported.
Result<QString> resolveParentPath(const QString &childPath, const QString &hint);
// An error unless the descriptor is one flat extent Ferry can read byte for byte.
Status checkCopyable(const VmdkDescriptor &descriptor);

} // namespace ferry::vmware
