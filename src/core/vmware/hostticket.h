#pragma once

#include "util/result.h"
#include "vmware/soapclient.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>
#include <QUrl>

namespace ferry::vmware {

// Host-direct datastore reads on a vCenter source (issue 13, docs/sources.md): the ESXi host
// that runs the VM serves the same /folder URL, with dcPath dropped (a vCenter datacenter path
// means nothing to a host) and a one-time ticket from vCenter's
// SessionManager.AcquireGenericServiceTicket in the cookie vmware_cgi_ticket instead of the
// session's cookie. The ticket is for one request (its method and its exact URL), so every
// ranged GET asks for a ticket of its own.

// A SessionManagerGenericServiceTicket.
struct HostTicket
{
    QString id;
    QString hostName; // may be empty (vSphere before 5.1) or "localhost.localdomain"
    QString sslThumbprint; // "AB:CD:..", the host's certificate; may be empty
    // certThumbprintList's entry with hashAlgorithm "sha256" (vSphere API 7.0.3.1 and later).
    QString sha256Thumbprint;
    // What the host is pinned by: the SHA-256 entry when there is one, else sslThumbprint.
    QString pinThumbprint() const
    {
        return sha256Thumbprint.isEmpty() ? sslThumbprint : sha256Thumbprint;
    }
};

// The host's certificate as the ticket pins it: the digest of its DER bytes. A thumbprint of 20
// bytes is SHA-1, of 32 bytes SHA-256; anything else (or none) is no pin (isValid false).
struct HostPin
{
    QByteArray digest;
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256;
    bool isValid() const { return !digest.isEmpty(); }
    static HostPin parse(const QString &thumbprint);
};

// The vCenter /folder URL `vcenterUrl` as host `hostName` serves it: https://<host>/folder/..
// ?dsName=.. (the query's other parameters, dcPath among them, dropped; dsName kept byte for
// byte). `hostName` may carry a port ("esx01:8443"); without one it is 443.
QUrl hostDirectUrl(const QUrl &vcenterUrl, const QString &hostName);

// Where the host is reached: the ticket's hostName when it has a usable one, else `hostName`
// (the HostSystem's name), as govmomi's Datastore.ServiceTicket decides.
QString hostToConnect(const HostTicket &ticket, const QString &hostName);

// The cookie header value for a ticket.
QByteArray ticketCookie(const HostTicket &ticket);

// The <returnval> of an AcquireGenericServiceTicketResponse; an error without an id.
Result<HostTicket> parseHostTicket(const XmlNode &returnval);

// The request spec body of AcquireGenericServiceTicket for a GET of `url`.
QByteArray ticketRequest(const QUrl &url);

// AcquireGenericServiceTicket for a GET of `url` (vCenter only).
Result<HostTicket> acquireHostTicket(SoapClient &soap, const QUrl &url);

// The name of the host that runs VM `vmMoref` (runtime.host, then its name).
Result<QString> vmHostName(SoapClient &soap, const QString &vmMoref);

} // namespace ferry::vmware
