// A new static IPv4 address for one interface, written into whichever network configuration the
// guest has besides ifupdown (linuxconfig.cpp): NetworkManager keyfiles, systemd-networkd,
// ifcfg and netplan. Pure text in, text out; the converter picks the files.
#include "convert/linuxconfig.h"
#include "convert/linuxnettext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <string>

namespace ferry::convert::linuxconfig {

namespace {

using nettext::keyOf;
using nettext::sectionOf;
using nettext::unquoted;
using nettext::valueOf;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::convert)
};

// Whether an INI-like file has, in `section`, `key` naming `name` (among space-separated names
// when `list`).
bool iniNames(const QStringList &lines, const QString &section, const QString &key,
    const QString &name, bool list)
{
    QString current;
    for (const QString &line : lines) {
        if (const QString s = sectionOf(line); !s.isEmpty()) {
            current = s;
            continue;
        }
        if (current != section || keyOf(line) != key)
            continue;
        const QString v = unquoted(valueOf(line));
        if (list ? v.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(name) : v == name)
            return true;
    }
    return false;
}

// The INI file with the keys `drop` says go out of `section`, and `add` written right after its
// header (a new section at the end when there is none). drop(key) decides per key. Sections
// named in `dropSections` go as a whole.
template<typename Drop>
QString rewriteSection(const QStringList &lines, const QString &section, const QStringList &add,
    Drop drop, const QStringList &dropSections = {})
{
    QStringList out;
    QString current;
    bool found = false;
    for (const QString &line : lines) {
        if (const QString s = sectionOf(line); !s.isEmpty()) {
            current = s;
            if (dropSections.contains(current))
                continue;
            out << line;
            if (current == section && !found) {
                found = true;
                out << add;
            }
            continue;
        }
        if (dropSections.contains(current))
            continue;
        if (current == section && drop(keyOf(line)))
            continue;
        out << line;
    }
    if (!found) {
        while (!out.isEmpty() && out.last().trimmed().isEmpty())
            out.removeLast();
        if (!out.isEmpty())
            out << QString();
        out << QStringLiteral("[%1]").arg(section) << add << QString();
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString setKeyfileAddress(const QString &text, const QString &name, const QString &cidr,
    const QString &gateway, const QStringList &dns, bool *changed)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    const bool mine = iniNames(
        lines, QStringLiteral("connection"), QStringLiteral("interface-name"), name, false);
    if (changed)
        *changed = mine;
    if (!mine)
        return text;
    QStringList add {QStringLiteral("method=manual"),
        gateway.isEmpty() ? QStringLiteral("address1=%1").arg(cidr)
                          : QStringLiteral("address1=%1,%2").arg(cidr, gateway)};
    if (!dns.isEmpty())
        add << QStringLiteral("dns=%1;").arg(dns.join(QLatin1Char(';')));
    static const QRegularExpression addressKey(QStringLiteral("^address(es)?\\d*$"));
    return rewriteSection(lines, QStringLiteral("ipv4"), add, [&](const QString &key) {
        return key == QLatin1String("method") || addressKey.match(key).hasMatch()
            || key == QLatin1String("gateway") || (key == QLatin1String("dns") && !dns.isEmpty());
    });
}

QString setNetworkdAddress(const QString &text, const QString &name, const QString &cidr,
    const QString &gateway, const QStringList &dns, bool *changed)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    const bool mine = iniNames(lines, QStringLiteral("Match"), QStringLiteral("Name"), name, true);
    if (changed)
        *changed = mine;
    if (!mine)
        return text;
    // DHCP: IPv4 no longer from DHCP; IPv6 as it was.
    QString dhcp;
    {
        QString current;
        for (const QString &line : lines) {
            if (const QString s = sectionOf(line); !s.isEmpty())
                current = s;
            else if (current == QLatin1String("Network") && keyOf(line) == QLatin1String("DHCP"))
                dhcp = valueOf(line).toLower();
        }
    }
    QStringList add {QStringLiteral("Address=%1").arg(cidr)};
    if (!gateway.isEmpty())
        add << QStringLiteral("Gateway=%1").arg(gateway);
    for (const QString &server : dns)
        add << QStringLiteral("DNS=%1").arg(server);
    if (dhcp == QLatin1String("yes") || dhcp == QLatin1String("both")
        || dhcp == QLatin1String("ipv6"))
        add << QStringLiteral("DHCP=ipv6");
    return rewriteSection(lines, QStringLiteral("Network"), add,
        [&](const QString &key) {
            return key == QLatin1String("Address") || key == QLatin1String("DHCP")
                || (key == QLatin1String("Gateway") && !gateway.isEmpty())
                || (key == QLatin1String("DNS") && !dns.isEmpty());
        },
        {QStringLiteral("Address")});
}

QString setIfcfgAddress(const QString &text, const QString &name, bool fileIsTheInterfaces,
    const QString &cidr, const QString &gateway, const QStringList &dns, bool *changed)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    bool mine = fileIsTheInterfaces;
    for (const QString &line : std::as_const(lines))
        if (keyOf(line) == QLatin1String("DEVICE"))
            mine = unquoted(valueOf(line)) == name;
    if (changed)
        *changed = mine;
    if (!mine)
        return text;
    static const QRegularExpression addressKey(
        QStringLiteral("^(IPADDR|PREFIX|NETMASK|BOOTPROTO)\\d*$"));
    static const QRegularExpression gatewayKey(QStringLiteral("^GATEWAY\\d*$"));
    static const QRegularExpression dnsKey(QStringLiteral("^DNS\\d+$"));
    QStringList out;
    for (const QString &line : std::as_const(lines)) {
        const QString key = keyOf(line);
        if (addressKey.match(key).hasMatch()
            || (!gateway.isEmpty() && gatewayKey.match(key).hasMatch())
            || (!dns.isEmpty() && dnsKey.match(key).hasMatch()))
            continue;
        out << line;
    }
    while (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    out << QStringLiteral("BOOTPROTO=none")
        << QStringLiteral("IPADDR=%1").arg(cidr.section(QLatin1Char('/'), 0, 0))
        << QStringLiteral("PREFIX=%1").arg(cidr.section(QLatin1Char('/'), 1, 1));
    if (!gateway.isEmpty())
        out << QStringLiteral("GATEWAY=%1").arg(gateway);
    for (int i = 0; i < dns.size(); ++i)
        out << QStringLiteral("DNS%1=%2").arg(i + 1).arg(dns.at(i));
    out << QString();
    return out.join(QLatin1Char('\n'));
}

Result<QString> setNetplanAddress(const QString &text, const QString &name, const QString &cidr,
    const QString &gateway, const QStringList &dns, bool *changed)
{
    if (changed)
        *changed = false;
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return Error(Error::Code::InvalidInput,
            Text::tr("The netplan file cannot be read: %1").arg(QString::fromStdString(e.what())));
    }
    const std::string key = name.toStdString();
    const YAML::Node network = root.IsMap() ? root["network"] : YAML::Node();
    const YAML::Node ethernets = network && network.IsMap() ? network["ethernets"] : YAML::Node();
    if (!ethernets || !ethernets.IsMap() || !ethernets[key] || !ethernets[key].IsMap())
        return text;
    YAML::Node nic = root["network"]["ethernets"][key];
    nic["dhcp4"] = false;
    YAML::Node addresses(YAML::NodeType::Sequence);
    addresses.push_back(cidr.toStdString());
    nic["addresses"] = addresses;
    if (!gateway.isEmpty()) {
        nic.remove("gateway4");
        YAML::Node routes(YAML::NodeType::Sequence);
        if (nic["routes"] && nic["routes"].IsSequence())
            for (const YAML::Node &r : nic["routes"]) {
                const std::string to = r.IsMap() && r["to"] ? r["to"].as<std::string>("") : "";
                if (to != "default" && to != "0.0.0.0/0")
                    routes.push_back(r);
            }
        YAML::Node route(YAML::NodeType::Map);
        route["to"] = "default";
        route["via"] = gateway.toStdString();
        routes.push_back(route);
        nic["routes"] = routes;
    }
    if (!dns.isEmpty()) {
        YAML::Node servers(YAML::NodeType::Sequence);
        for (const QString &s : dns)
            servers.push_back(s.toStdString());
        nic["nameservers"]["addresses"] = servers;
    }
    YAML::Emitter out;
    out << root;
    if (!out.good())
        return Error(Error::Code::Internal,
            Text::tr("The netplan file cannot be written: %1")
                .arg(QString::fromStdString(out.GetLastError())));
    if (changed)
        *changed = true;
    return QString(QString::fromStdString(out.c_str()) + QLatin1Char('\n'));
}

} // namespace ferry::convert::linuxconfig
