#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace ferry::artifacts {

// Whether the file starts like an ISO 9660 image: the primary volume descriptor's "CD001" at
// byte 32769 (sector 16 of 2048 bytes).
bool looksLikeIso9660(const QString &file);

// The files of an ISO 9660 image, as paths from its root ("/viostor/2k19/amd64/viostor.inf"),
// read by xorriso (Debian package xorriso) without mounting it. An error when xorriso is
// missing, or cannot read the image.
Result<QStringList> isoFiles(const QString &file);

// One line of xorriso's -find output ('/a/b'"'"'c', shell quoting) as the path it stands for.
QString unquoteXorrisoPath(const QString &line);

} // namespace ferry::artifacts
