#pragma once

// Small ISO 9660 images for the artifact tests, made with xorriso (Debian package xorriso) from
// a folder tree: a virtio-win-like one (<driver>/<winver>/<arch>/<file>) or any other.
#include "common/processrun.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace ferry::test {

inline bool haveXorriso()
{
    return !QStandardPaths::findExecutable(QStringLiteral("xorriso")).isEmpty();
}

// Writes each path (relative, "viostor/2k19/amd64/viostor.inf") under `root` with a line of
// text, then makes `iso` from `root`. Empty: done; else what failed.
inline QString makeIso(const QString &root, const QString &iso, const QStringList &files)
{
    for (const QString &f : files) {
        const QString path = QDir(root).filePath(f);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return QStringLiteral("cannot create the folder of ") + path;
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write ") + path;
        out.write("; " + f.toUtf8() + "\n");
    }
    const ProcessRun r = runProcess(QStringLiteral("xorriso"),
        {QStringLiteral("-outdev"), QStringLiteral("stdio:") + iso, QStringLiteral("-volid"),
            QStringLiteral("virtio-win-test"), QStringLiteral("-map"), root, QStringLiteral("/"),
            QStringLiteral("-commit")});
    return r.exitCode == 0 ? QString() : r.all();
}

// The folders of a small virtio-win ISO: storage and network drivers for Server 2019/2022 and
// Windows 11 on amd64, Balloon also for x86.
inline QStringList virtioWinFiles()
{
    return {QStringLiteral("viostor/2k19/amd64/viostor.inf"),
        QStringLiteral("viostor/2k22/amd64/viostor.inf"),
        QStringLiteral("vioscsi/w11/amd64/vioscsi.inf"),
        QStringLiteral("NetKVM/2k22/amd64/netkvm.inf"),
        QStringLiteral("Balloon/w11/x86/balloon.inf"), QStringLiteral("guest-agent/qemu-ga.msi"),
        QStringLiteral("virtio-win-license.txt")};
}

} // namespace ferry::test
