#include "inventory/instanceoverrides.h"

#include "inventory/osinfo.h"
#include "model/instance.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace ferry {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InstanceOverrides)
};

} // namespace

QString overrideNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Text::tr("The name on the target is empty.");
    if (!isValidHostName(name))
        return Text::tr("\"%1\" cannot be a host name on the target: use letters, digits and "
                        "hyphens, at most 63, not starting or ending with a hyphen.")
            .arg(name);
    return {};
}

Status validateOverrides(const InstanceOverrides &o)
{
    if (o.name)
        if (const QString problem = overrideNameProblem(*o.name); !problem.isEmpty())
            return Error(Error::Code::InvalidInput, problem);
    if (o.cpus && *o.cpus <= 0)
        return Error(
            Error::Code::InvalidInput, Text::tr("The number of CPUs must be more than zero."));
    if (o.memoryBytes && *o.memoryBytes <= 0)
        return Error(Error::Code::InvalidInput, Text::tr("The memory must be more than zero."));
    return {};
}

namespace {

const QString kNicAddresses = QStringLiteral("nic_addresses");

QString normalMac(QString mac)
{
    return mac.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char(':'));
}

bool isIpv4(const QString &text)
{
    QHostAddress a;
    return a.setAddress(text.trimmed()) && a.protocol() == QAbstractSocket::IPv4Protocol;
}

} // namespace

QVector<NicAddressOverride> nicAddressOverrides(const InstanceOverrides &o)
{
    QVector<NicAddressOverride> out;
    for (const QJsonValue &v : o.extra.value(kNicAddresses).toArray()) {
        const QJsonObject j = v.toObject();
        NicAddressOverride n {normalMac(j.value(QStringLiteral("mac")).toString()),
            j.value(QStringLiteral("ipv4")).toString(),
            j.value(QStringLiteral("gateway")).toString(), {}};
        for (const QJsonValue &d : j.value(QStringLiteral("dns")).toArray())
            n.dns << d.toString();
        if (!n.mac.isEmpty() && !n.ipv4.isEmpty())
            out << n;
    }
    return out;
}

void setNicAddressOverride(InstanceOverrides &o, const NicAddressOverride &nic)
{
    QVector<NicAddressOverride> all = nicAddressOverrides(o);
    const QString mac = normalMac(nic.mac);
    all.erase(std::remove_if(all.begin(), all.end(),
                  [&](const NicAddressOverride &n) { return n.mac == mac; }),
        all.end());
    if (!nic.ipv4.trimmed().isEmpty()) {
        NicAddressOverride n = nic;
        n.mac = mac;
        n.ipv4 = n.ipv4.trimmed();
        n.gateway = n.gateway.trimmed();
        all << n;
    }
    QJsonArray list;
    for (const NicAddressOverride &n : std::as_const(all))
        list.append(QJsonObject {{QStringLiteral("mac"), n.mac}, {QStringLiteral("ipv4"), n.ipv4},
            {QStringLiteral("gateway"), n.gateway},
            {QStringLiteral("dns"), QJsonArray::fromStringList(n.dns)}});
    if (list.isEmpty())
        o.extra.remove(kNicAddresses);
    else
        o.extra.insert(kNicAddresses, list);
}

QString nicAddressProblem(const NicAddressOverride &nic, const Instance &vm)
{
    const QString mac = normalMac(nic.mac);
    bool found = false;
    for (const Nic &n : vm.nics)
        found = found || normalMac(n.hardwareAddress) == mac;
    if (!found)
        return Text::tr("The VM has no NIC with the MAC address %1.").arg(nic.mac);
    const QString address = nic.ipv4.section(QLatin1Char('/'), 0, 0);
    bool ok = false;
    const int prefix = nic.ipv4.section(QLatin1Char('/'), 1, 1).toInt(&ok);
    if (!nic.ipv4.contains(QLatin1Char('/')) || !ok || prefix < 1 || prefix > 32
        || !isIpv4(address))
        return Text::tr("\"%1\" is not an IPv4 address with a prefix length, such as "
                        "198.51.100.20/24.")
            .arg(nic.ipv4);
    if (!nic.gateway.isEmpty()) {
        if (!isIpv4(nic.gateway))
            return Text::tr("The gateway \"%1\" is not an IPv4 address.").arg(nic.gateway);
        if (!QHostAddress(nic.gateway).isInSubnet(QHostAddress(address), prefix))
            return Text::tr("The gateway %1 is not in the subnet of %2.")
                .arg(nic.gateway, nic.ipv4);
    }
    for (const QString &d : nic.dns)
        if (!isIpv4(d))
            return Text::tr("The name server \"%1\" is not an IPv4 address.").arg(d);
    return {};
}

} // namespace ferry
