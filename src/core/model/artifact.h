#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ferry {

// A file a migration may need (issue 16): today the virtio-win driver ISO that a Windows guest's
// conversion injects drivers from (type "driver", os "windows"). The file lives in Ferry's data
// directory (path); the database holds where it is and what it is, not its bytes.
struct Artifact
{
    qint64 id = 0;
    QString uuid;
    QString type; // sdk | driver | os-image
    QString description;
    QString os;
    QStringList architectures; // virtio-win: amd64, x86, ARM64
    QStringList versions; // virtio-win: 2k12R2, 2k16, 2k19, 2k22, 2k25, w10, w11, ...
    QString sourceType; // iso
    QStringList files;
    QDateTime lastUpdated;
    // The copy in the data directory, its SHA-256 (lowercase hex) and size, when it was added,
    // and the drivers found on it (viostor, vioscsi, NetKVM, Balloon).
    QString path;
    QString sha256;
    qint64 sizeBytes = 0;
    QDateTime addedAt;
    QStringList drivers;
};

} // namespace ferry
