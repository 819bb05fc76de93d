#include "convert/diskprobe.h"

#include <QStandardPaths>

namespace ferry::convert {

namespace {

bool hasAt(const QByteArray &head, qsizetype at, const QByteArray &magic)
{
    return head.size() >= at + magic.size() && head.mid(at, magic.size()) == magic;
}

} // namespace

QString osSignature(const QByteArray &head)
{
    if (hasAt(head, 512, "EFI PART"))
        return QStringLiteral("GPT partition table");
    if (hasAt(head, 0, "LUKS\xba\xbe"))
        return QStringLiteral("LUKS encrypted volume");
    if (hasAt(head, 0, "XFSB"))
        return QStringLiteral("XFS file system");
    if (hasAt(head, 3, "NTFS    "))
        return QStringLiteral("NTFS file system");
    for (qsizetype sector = 0; sector < 4; ++sector)
        if (hasAt(head, sector * 512, "LABELONE") && hasAt(head, sector * 512 + 24, "LVM2 001"))
            return QStringLiteral("LVM physical volume");
    if (hasAt(head, 0x10040, "_BHRfS_M"))
        return QStringLiteral("btrfs file system");
    if (hasAt(head, 0x438, QByteArray("\x53\xef", 2)))
        return QStringLiteral("ext2/3/4 file system");
    // An MBR: the boot signature and at least one partition entry with a type and a size.
    if (hasAt(head, 510, QByteArray("\x55\xaa", 2))) {
        for (int i = 0; i < 4; ++i) {
            const char *entry = head.constData() + 446 + i * 16;
            const quint8 type = quint8(entry[4]);
            const quint8 status = quint8(entry[0]);
            quint32 sectors = 0;
            for (int b = 3; b >= 0; --b)
                sectors = (sectors << 8) | quint8(entry[12 + b]);
            if (type != 0 && sectors != 0 && (status == 0x00 || status == 0x80))
                return QStringLiteral("MBR partition table");
        }
    }
    return {};
}

QStringList missingConversionTools()
{
    QStringList missing;
#ifdef Q_OS_LINUX
    for (const char *tool : {"guestfish", "nbdkit", "qemu-img"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            missing << QLatin1String(tool);
#else
    missing << QStringLiteral("guestfish") << QStringLiteral("nbdkit")
            << QStringLiteral("qemu-img");
#endif
    return missing;
}

} // namespace ferry::convert
