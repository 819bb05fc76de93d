#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ferry::convert {

// How many bytes from the start of a disk osSignature() wants (btrfs keeps its superblock at
// 64 KiB).
constexpr qint64 kProbeBytes = 128 * 1024;

// What the first bytes of a disk show that an operating system could live on: a partition table
// (MBR, GPT), a file system or volume manager written to the whole disk (ext2/3/4, XFS, btrfs,
// NTFS, LVM, LUKS). Empty when there is none: such a disk (blank, random, a raw data area) holds
// no operating system for libguestfs to find, so the conversion need not start its appliance.
QString osSignature(const QByteArray &head);

// The programs the conversion runs that are not on PATH (guestfish, nbdkit, qemu-img); empty
// when it can run here. Always all of them where libguestfs does not exist (not Linux).
QStringList missingConversionTools();

} // namespace ferry::convert
