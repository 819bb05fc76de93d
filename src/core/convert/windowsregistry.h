#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ferry::convert::winreg {

// Registry edits as .reg text for `hivexregedit --merge` and values read back from
// `hivexregedit --export` (both part of hivex's Perl tools, which libguestfs-tools depends on).
// Paths are relative to the hive's root: "ControlSet001\Services\viostor". Pure.

struct Value
{
    enum class Type { Dword, String, ExpandString, MultiString, Binary, Other };
    QString name; // empty: the key's default value
    Type type = Type::Dword;
    quint32 dword = 0;
    QString string; // String, ExpandString
    QStringList strings; // MultiString
    QByteArray binary; // Binary (and the raw bytes of Other)

    static Value ofDword(const QString &name, quint32 v);
    static Value ofString(const QString &name, const QString &v);
    static Value ofExpandString(const QString &name, const QString &v);
    static Value ofMultiString(const QString &name, const QStringList &v);
    static Value ofBinary(const QString &name, const QByteArray &v);
};

struct Key
{
    QString path;
    QList<Value> values;

    const Value *value(const QString &name) const; // case-insensitive, as Windows
};

// The .reg text that creates the keys (and every parent key they need: hivexregedit only
// creates a key whose parent exists) and sets their values. `prefix` is the hive's name as
// hivexregedit --merge --prefix gets it: HKEY_LOCAL_MACHINE\SYSTEM.
QString regText(const QString &prefix, const QList<Key> &keys);
// The keys and values of an export (`hivexregedit --export HIVE KEY`): paths without the
// leading backslash. Values hivexregedit writes as hex(1)/hex(2)/hex(7) are decoded (UTF-16LE).
QList<Key> parseExport(const QString &text);
// The key of `keys` with this path (case-insensitive), or nullptr.
const Key *findKey(const QList<Key> &keys, const QString &path);

// "ControlSet001" from Select's Current (1); empty when it is 0 or missing.
QString controlSetName(quint32 current);

} // namespace ferry::convert::winreg
