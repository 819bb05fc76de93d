#pragma once

#include "model/source.h"

#include <QLatin1String>

#include <QJsonObject>

namespace ferry {

struct Target
{
    qint64 id = 0;
    QString name;
    QString targetType; // incus | lxd, from GET /1.0
    QString endpoint;
    QString authType = QStringLiteral("tls"); // tls | oidc
    QString clientCertPem; // the public half; the key is in the keychain
    QString secretRef;
    int importLimit = 50;
    int createLimit = 10;
    qint64 connectionTimeoutMs = 300000;
    CertificateTrust cert;
    // How the server's certificate is verified: "fingerprint" (cert's pin, the default) or "ca"
    // (issued for the endpoint's host name by a CA the system trusts or one of tlsCaPem's; no
    // pin, so a renewed certificate, ACME's, keeps working). docs/targets.md.
    QString tlsVerify = QStringLiteral("fingerprint");
    QString tlsCaPem; // "ca": extra certificate authorities (PEM), may be empty
    QString connectivityStatus = connectivity::Unknown;
    QString statusDetail;
    QString serverVersion;
    QStringList apiExtensions;
    QJsonObject inventory; // projects, pools, networks, profiles, instance names
    QDateTime inventoryAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool verifiesByCa() const { return tlsVerify == QLatin1String("ca"); }
};

} // namespace ferry
