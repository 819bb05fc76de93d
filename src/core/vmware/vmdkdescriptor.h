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
    QVector<VmdkExtent> extents;
    qint64 sizeBytes() const;
    // A snapshot delta (createType vmfsSparse or seSparse, or a parent named).
    bool isDelta() const;
};

// Reads a VMDK text descriptor. Ferry copies one flat extent (createType vmfs, monolithicFlat or
// twoGbMaxExtentFlat with a single extent); other layouts are named restrictions, not crashes.
Result<VmdkDescriptor> parseVmdkDescriptor(const QByteArray &text);
// An error unless the descriptor is one flat extent Ferry can read byte for byte.
Status checkCopyable(const VmdkDescriptor &descriptor);

} // namespace ferry::vmware
