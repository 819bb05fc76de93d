#pragma once

#include "vmware/xmlnode.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>

namespace ferry::net {
class HttpClient;
}

namespace ferry::vmware {

// A managed object reference: type and value ("VirtualMachine", "vm-42").
struct MoRef
{
    QString type;
    QString value;
    bool isNull() const { return value.isEmpty(); }
    QByteArray toXml(const char *element) const;
    static MoRef from(const XmlNode *node);
    bool operator==(const MoRef &o) const { return type == o.type && value == o.value; }
};

struct ServiceContent
{
    QString apiType; // VirtualCenter | HostAgent
    QString apiVersion;
    QString fullName;
    QString instanceUuid;
    MoRef rootFolder;
    MoRef propertyCollector;
    MoRef viewManager;
    MoRef sessionManager;
    MoRef customFieldsManager;
    MoRef fileManager;
    MoRef virtualDiskManager;
    MoRef searchIndex;
};

// vim25 SOAP over the blocking HttpClient. Faults become errors whose `details` begin with the
// fault type ("InvalidLogin: ..."); a NotAuthenticated fault (an expired session) triggers one
// transparent re-login and a retry of the call.
class SoapClient final
{
public:
    SoapClient(net::HttpClient *http, QUrl sdkUrl);

    Result<ServiceContent> retrieveServiceContent();
    const ServiceContent &serviceContent() const { return m_content; }

    // Sends no credential before retrieveServiceContent() has succeeded, i.e. before the server
    // certificate was accepted.
    Status login(const QString &user, const QString &password);
    Status logout();
    // The datastore's /folder front refused the session's cookie: when the session has ended
    // (SessionManager.currentSession reads empty, or NotAuthenticated), logs in again with the
    // last login's credentials and returns true; when it is alive, does nothing and returns
    // false (the refusal is not about the session).
    Result<bool> relogin();
    bool loggedIn() const { return m_loggedIn; }

    // Calls `method` on `self` with the given inner XML; returns the <methodResponse> element.
    Result<XmlNode> call(const QString &method, const MoRef &self, const QByteArray &args = {});

    // Like call(), but streams the answer: `onItem` gets the reader on the start of each child
    // element of <returnval> (e.g. each <objects> of a RetrievePropertiesEx page, and <token>)
    // and must consume that element. The answer is parsed on a second thread while it is still
    // arriving (onItem runs there), and memory stays at one item, not the whole answer.
    Status callStreaming(const QString &method, const MoRef &self, const QByteArray &args,
        const std::function<void(XmlReader &)> &onItem);

    // The fault type of the last failed call (empty if it was not a SOAP fault).
    QString lastFaultType() const { return m_lastFault; }
    int loginCount() const { return m_loginCount; }

    static QByteArray escape(const QString &text);

private:
    Result<XmlNode> callOnce(const QString &method, const MoRef &self, const QByteArray &args = {});
    Result<QByteArray> post(const QString &method, const MoRef &self, const QByteArray &args);
    Error faultError(const QString &method, const XmlNode &fault);

    net::HttpClient *m_http;
    QUrl m_url;
    ServiceContent m_content;
    QString m_user;
    QString m_password;
    bool m_loggedIn = false;
    bool m_haveContent = false;
    QString m_lastFault;
    int m_loginCount = 0;
};

} // namespace ferry::vmware
