#pragma once

#include "model/source.h"

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
    QString connectivityStatus = connectivity::Unknown;
    QString statusDetail;
    QString serverVersion;
    QStringList apiExtensions;
    QJsonObject inventory; // projects, pools, networks, profiles, instance names
    QDateTime inventoryAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace ferry
