#pragma once

#include <QString>

// Reading the line-based network configuration files of a Linux guest: NetworkManager keyfiles
// and systemd-networkd units (INI-like) and ifcfg files (shell variables). Shared by the address
// (linuxnetaddress.cpp) and the rename (linuxnetrename.cpp) rewrites; internal to the convert
// layer.
namespace ferry::convert::linuxconfig::nettext {

// "[section]" -> "section"; empty when the line is no section header.
QString sectionOf(const QString &line);

// "Key = value" -> "Key" (the key as written, without spaces); empty for comments (# or ;),
// blanks and lines without "=".
QString keyOf(const QString &line);

// "Key = value" -> "value", trimmed.
QString valueOf(const QString &line);

// The line with its value (what follows the first "=", spaces around it kept) replaced.
QString withValue(const QString &line, const QString &value);

// "value", 'value' -> value; anything else as it is.
QString unquoted(QString v);

} // namespace ferry::convert::linuxconfig::nettext
