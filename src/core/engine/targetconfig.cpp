#include "engine/targetconfig.h"

#include "inventory/osinfo.h"

#include <QJsonArray>

namespace ferry::engine {

QString sanitizeInstanceName(const QString &name)
{
    const QString n = targetHostName(name);
    return n.isEmpty() ? QStringLiteral("vm") : n;
}

QByteArray yamlQuoted(const QString &text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += '\\' + QString(c).toUtf8();
        else if (c.unicode() < 0x20)
            out += "\\x" + QByteArray::number(c.unicode(), 16).rightJustified(2, '0');
        else
            out += QString(c).toUtf8();
    }
    return out + '"';
}

QMap<QString, QString> vmConfig(
    const Instance &vm, const QMap<QString, QString> &markers, bool csmSupported)
{
    QMap<QString, QString> c = markers;
    c.insert(QStringLiteral("limits.cpu"), QString::number(qMax(1, vm.effectiveCpus())));
    const qint64 mib = qMax<qint64>(64, vm.effectiveMemoryBytes() / (1024 * 1024));
    c.insert(QStringLiteral("limits.memory"), QStringLiteral("%1MiB").arg(mib));
    if (csmSupported)
        c.insert(QStringLiteral("security.csm"),
            vm.legacyBoot ? QStringLiteral("true") : QStringLiteral("false"));
    c.insert(QStringLiteral("security.secureboot"),
        !vm.legacyBoot && vm.secureBoot ? QStringLiteral("true") : QStringLiteral("false"));
    return c;
}

namespace {

QByteArray indent(const QByteArray &body)
{
    QByteArray out;
    for (const QByteArray &line : body.split('\n'))
        if (!line.isEmpty())
            out += "  " + line + '\n';
    return out;
}

QByteArray configBlock(const QMap<QString, QString> &config, const QByteArray &prefix)
{
    if (config.isEmpty())
        return prefix + "config: {}\n";
    QByteArray out = prefix + "config:\n";
    for (auto it = config.begin(); it != config.end(); ++it)
        out += prefix + "  " + it.key().toUtf8() + ": " + yamlQuoted(it.value()) + '\n';
    return out;
}

} // namespace

QByteArray vmBackupYaml(const QString &name, const QString &pool, qint64 rootBytes,
    const QMap<QString, QString> &config, bool index)
{
    const QByteArray n = yamlQuoted(name);
    const QByteArray body = "container:\n  architecture: x86_64\n" + configBlock(config, "  ")
        + "  devices:\n    root: {path: /, pool: " + yamlQuoted(pool) + ", size: \""
        + QByteArray::number(rootBytes)
        + "B\", type: disk}\n"
          "  ephemeral: false\n  profiles: [default]\n  stateful: false\n  name: "
        + n + "\n  type: virtual-machine\nvolume:\n  config: {}\n  name: " + n
        + "\n  type: virtual-machine\n  content_type: block\n";
    if (!index)
        return body;
    return "name: " + n + "\nbackend: dir\npool: " + yamlQuoted(pool)
        + "\noptimized: false\noptimized_header: false\ntype: virtual-machine\nconfig:\n"
        + indent(body);
}

QByteArray volumeIndexYaml(const QString &name, const QString &pool, qint64 sizeBytes,
    const QMap<QString, QString> &config)
{
    QMap<QString, QString> c = config;
    c.insert(QStringLiteral("size"), QStringLiteral("%1B").arg(sizeBytes));
    return "name: " + yamlQuoted(name) + "\nbackend: dir\npool: " + yamlQuoted(pool)
        + "\noptimized: false\noptimized_header: false\ntype: custom\nconfig:\n  volume:\n"
        + configBlock(c, "    ") + "    description: \"\"\n    name: " + yamlQuoted(name)
        + "\n    type: custom\n    content_type: block\n";
}

QJsonObject nicDevices(const Instance &vm, const QJsonObject &placement)
{
    const QJsonObject networks = placement.value(QStringLiteral("networks")).toObject();
    QJsonObject devices;
    int n = 0;
    for (const Nic &nic : vm.nics) {
        const QString mac = nic.hardwareAddress.toLower();
        const QJsonObject p = networks.value(mac).toObject();
        const QString network = p.value(QStringLiteral("network")).toString();
        if (network.isEmpty())
            continue; // unmapped: the pre-flight checks report it
        const QString nicType = p.value(QStringLiteral("nictype")).toString();
        QJsonObject d {
            {QStringLiteral("type"), QStringLiteral("nic")}, {QStringLiteral("hwaddr"), mac}};
        if (nicType.isEmpty() || nicType == QLatin1String("managed")) {
            d.insert(QStringLiteral("network"), network);
        } else {
            d.insert(QStringLiteral("nictype"), nicType);
            d.insert(QStringLiteral("parent"), network);
            const QString vlan = p.value(QStringLiteral("vlan_id")).toVariant().toString();
            if (!vlan.isEmpty())
                d.insert(vlan.contains(QLatin1Char(',')) || vlan.contains(QLatin1Char('-'))
                        ? QStringLiteral("vlan.tagged")
                        : QStringLiteral("vlan"),
                    vlan);
        }
        devices.insert(QStringLiteral("eth%1").arg(n++), d);
    }
    return devices;
}

} // namespace ferry::engine
