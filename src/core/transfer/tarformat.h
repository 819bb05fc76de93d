#pragma once

#include <QByteArray>
#include <QString>

namespace ferry::transfer {

// One 512-byte tar header (POSIX ustar; sizes of 8 GiB and more in GNU base-256, which Go's
// archive/tar, and so LXD and Incus, read).
QByteArray tarHeader(const QString &name, qint64 size, int mode = 0600, char type = '0');
// One PAX extended header record ("<length> <key>=<value>\n", the length counting itself).
QByteArray paxRecord(const QByteArray &key, const QByteArray &value);
// GNU tar's record: 20 blocks. GNU tar reads archives a record at a time.
constexpr qint64 tarRecordSize = 10240;
// Zero bytes after `size` bytes of content, up to the next 512-byte boundary.
inline qint64 tarPadding(qint64 size)
{
    return (512 - size % 512) % 512;
}
// The two zero blocks that end an archive.
inline qint64 tarTrailerSize()
{
    return 1024;
}

} // namespace ferry::transfer
