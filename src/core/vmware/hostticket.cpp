#include "vmware/hostticket.h"

#include <QCoreApplication>

#include <cctype>

namespace ferry::vmware {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HostTicket)
};

} // namespace

HostPin HostPin::parse(const QString &thumbprint)
{
    QByteArray hex = thumbprint.trimmed().toLatin1();
    hex.replace(':', QByteArray());
    for (char c : hex)
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return {};
    const QByteArray digest = QByteArray::fromHex(hex);
    if (hex.size() != digest.size() * 2)
        return {};
    HostPin pin;
    if (digest.size() == 20)
        pin.algorithm = QCryptographicHash::Sha1;
    else if (digest.size() == 32)
        pin.algorithm = QCryptographicHash::Sha256;
    else
        return {};
    pin.digest = digest;
    return pin;
}

QUrl hostDirectUrl(const QUrl &vcenterUrl, const QString &hostName)
{
    QUrl url(vcenterUrl);
    // Parameters are kept as they are encoded (inventoryname.h): only dsName stays.
    const QByteArray query = vcenterUrl.query(QUrl::FullyEncoded).toLatin1();
    QByteArrayList kept;
    for (const QByteArray &param : query.split('&'))
        if (param.startsWith("dsName="))
            kept << param;
    url.setQuery(QString::fromLatin1(kept.join('&')), QUrl::StrictMode);
    const int colon = hostName.lastIndexOf(QLatin1Char(':'));
    bool numeric = false;
    const int port = colon > 0 ? hostName.mid(colon + 1).toInt(&numeric) : 0;
    if (numeric && port > 0 && !hostName.contains(QLatin1Char(']'), Qt::CaseInsensitive)) {
        url.setHost(hostName.left(colon));
        url.setPort(port == 443 ? -1 : port);
    } else {
        url.setHost(hostName);
        url.setPort(-1);
    }
    return url;
}

QString hostToConnect(const HostTicket &ticket, const QString &hostName)
{
    // A host on DHCP without dynamic DNS calls itself localhost.localdomain: its inventory name
    // (the address vCenter reaches it at) is the one that works.
    if (ticket.hostName.isEmpty() || ticket.hostName == QLatin1String("localhost.localdomain"))
        return hostName;
    return ticket.hostName;
}

QByteArray ticketCookie(const HostTicket &ticket)
{
    return "vmware_cgi_ticket=" + ticket.id.toUtf8();
}

Result<HostTicket> parseHostTicket(const XmlNode &returnval)
{
    HostTicket t;
    t.id = returnval.textAt(u"id").trimmed();
    t.hostName = returnval.textAt(u"hostName").trimmed();
    t.sslThumbprint = returnval.textAt(u"sslThumbprint").trimmed();
    for (const XmlNode *entry : returnval.all(u"certThumbprintList"))
        if (entry->textAt(u"hashAlgorithm")
                .trimmed()
                .compare(QLatin1String("sha256"), Qt::CaseInsensitive)
            == 0)
            t.sha256Thumbprint = entry->textAt(u"thumbprint").trimmed();
    if (t.id.isEmpty())
        return Error(Error::Code::Server, Text::tr("The source's service ticket has no id."));
    return t;
}

QByteArray ticketRequest(const QUrl &url)
{
    return "<spec xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:type=\"SessionManagerHttpServiceRequestSpec\"><method>httpGet</method><url>"
        + SoapClient::escape(url.toString(QUrl::FullyEncoded)) + "</url></spec>";
}

Result<HostTicket> acquireHostTicket(SoapClient &soap, const QUrl &url)
{
    auto r = soap.call(QStringLiteral("AcquireGenericServiceTicket"),
        soap.serviceContent().sessionManager, ticketRequest(url));
    if (!r)
        return r.error();
    const XmlNode *rv = r->at(u"returnval");
    if (!rv)
        return Error(Error::Code::Server, Text::tr("The source answered no service ticket."));
    return parseHostTicket(*rv);
}

Result<QString> vmHostName(SoapClient &soap, const QString &vmMoref)
{
    auto property = [&soap](const MoRef &obj, const QString &path) -> Result<XmlNode> {
        auto r = soap.call(QStringLiteral("RetrievePropertiesEx"),
            soap.serviceContent().propertyCollector, propertySpec(obj, {path}));
        if (!r)
            return r.error();
        const XmlNode *val = r->at(u"returnval/objects/propSet/val");
        if (!val)
            return Error(Error::Code::NotFound,
                Text::tr("The source does not say %1 of %2.").arg(path, obj.value));
        return XmlNode(*val);
    };
    auto host
        = property({QStringLiteral("VirtualMachine"), vmMoref}, QStringLiteral("runtime.host"));
    if (!host)
        return host.error();
    const MoRef hostRef {QStringLiteral("HostSystem"), host->text.trimmed()};
    auto name = property(hostRef, QStringLiteral("name"));
    if (!name)
        return name.error();
    if (name->text.trimmed().isEmpty())
        return Error(Error::Code::NotFound, Text::tr("The VM's host has no name."));
    return name->text.trimmed();
}

} // namespace ferry::vmware
