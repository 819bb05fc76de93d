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

// The specSet of a RetrievePropertiesEx call reading `paths` of one object.
QByteArray propertySpec(const MoRef &obj, const QStringList &paths);

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

    // Before its first SOAP call the client reads /sdk/vimServiceVersions.xml (once, as
    // vSphere's own clients do: no credential, only the namespaces the server speaks), picks the
    // newest urn:vim25 version Ferry speaks and sends it in every SOAPAction; a server without
    // that file, or whose file is not that XML, is not vCenter or ESXi and gets no SOAP call.
    Result<ServiceContent> retrieveServiceContent();
    // The urn:vim25 version of the SOAPAction ("6.5", "8.0.3.0"); empty before the first call.
    QString vimVersion() const { return m_vimVersion; }
    // The newest vim25 version among `offered` (the server's version and priorVersions) that Ferry
    // speaks (kOldestVim up to kNewestVim); empty when there is none.
    static QString pickVimVersion(const QStringList &offered);
    static constexpr const char *kOldestVim = "6.0";
    static constexpr const char *kNewestVim = "8.0.3.0";
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
    Status readServiceVersions();
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
    QString m_vimVersion;
    int m_loginCount = 0;
};

} // namespace ferry::vmware
