#pragma once

#include "tls/certificatetrust.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ferry {

// Connectivity as the reference names it; the strings are shown and stored as they are.
namespace connectivity {
inline const QString Unknown = QStringLiteral("Unknown");
inline const QString Ok = QStringLiteral("OK");
inline const QString CannotConnect = QStringLiteral("Cannot connect");
inline const QString TlsError = QStringLiteral("TLS error");
inline const QString ConfirmFingerprint = QStringLiteral("Confirm TLS fingerprint");
inline const QString AuthenticationError = QStringLiteral("Authentication error");
} // namespace connectivity

struct Source
{
    qint64 id = 0;
    QString name;
    QString sourceType = QStringLiteral("vmware");
    QString apiType; // VirtualCenter | HostAgent
    QString apiVersion;
    QString endpoint;
    QString username;
    QString secretRef; // keychain key of the password
    int importLimit = 50;
    qint64 connectionTimeoutMs = 600000;
    QStringList datacenters;
    // vCenter only: each disk read from the ESXi host that runs the VM, with a one-time service
    // ticket per read (AcquireGenericServiceTicket), falling back to vCenter (docs/sources.md).
    bool hostDirectReads = false;
    CertificateTrust cert;
    QString connectivityStatus = connectivity::Unknown;
    QString statusDetail;
    QDateTime lastSyncAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    // "vcenter" (apiType VirtualCenter), "esxi" (HostAgent), else empty (not connected yet).
    QString serverKind() const
    {
        if (apiType == QLatin1String("VirtualCenter"))
            return QStringLiteral("vcenter");
        if (apiType == QLatin1String("HostAgent"))
            return QStringLiteral("esxi");
        return {};
    }
};

} // namespace ferry
