#include "vmware/soapclient.h"

#include "net/httpclient.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QXmlStreamReader>

#include <optional>

namespace ferry::vmware {

Q_LOGGING_CATEGORY(lcSoap, "ferry.vmware.soap", QtInfoMsg)

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("vmware", s);
}

} // namespace

QByteArray MoRef::toXml(const char *element) const
{
    return QByteArray("<") + element + " type=\"" + SoapClient::escape(type) + "\">"
        + SoapClient::escape(value) + "</" + element + ">";
}

MoRef MoRef::from(const XmlNode *node)
{
    if (!node)
        return {};
    MoRef r {node->refType.isEmpty() ? node->type : node->refType, node->text};
    return r;
}

QByteArray SoapClient::escape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

SoapClient::SoapClient(net::HttpClient *http, QUrl sdkUrl)
    : m_http(http)
    , m_url(std::move(sdkUrl))
{ }

Result<QByteArray> SoapClient::post(
    const QString &method, const MoRef &self, const QByteArray &args)
{
    m_lastFault.clear();
    const QByteArray envelope
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
          "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body><"
        + method.toUtf8() + " xmlns=\"urn:vim25\">" + self.toXml("_this") + args + "</"
        + method.toUtf8() + "></soapenv:Body></soapenv:Envelope>";
    const QByteArray version
        = m_content.apiVersion.isEmpty() ? QByteArray("7.0") : m_content.apiVersion.toUtf8();
    auto resp = m_http->request("POST", m_url,
        {{"Content-Type", "text/xml; charset=utf-8"}, {"SOAPAction", "urn:vim25/" + version}},
        envelope);
    if (!resp)
        return resp.error();
    if (resp->status >= 400 && !resp->body.contains("Fault>"))
        return Error(Error::Code::Server,
            tr("The server answered %1 with HTTP status %2.").arg(method).arg(resp->status),
            QString::fromUtf8(resp->body.left(300)));
    return std::move(resp->body);
}

Error SoapClient::faultError(const QString &method, const XmlNode &fault)
{
    const XmlNode *detail = fault.child(u"detail");
    QString type;
    if (detail && !detail->children.empty()) {
        const XmlNode &d = detail->children.front();
        type = !d.type.isEmpty() ? d.type : d.name;
        if (type.endsWith(QLatin1String("Fault")) && d.type.isEmpty())
            type.chop(5);
    }
    m_lastFault = type.isEmpty() ? fault.textAt(u"faultcode") : type;
    const QString text = fault.textAt(u"faultstring");
    const bool auth = m_lastFault == QLatin1String("InvalidLogin")
        || m_lastFault == QLatin1String("NotAuthenticated")
        || m_lastFault == QLatin1String("NoPermission");
    return Error(auth ? Error::Code::Authentication : Error::Code::Server,
        auth ? tr("The server refused %1: %2").arg(method, text)
             : tr("%1 failed: %2").arg(method, text),
        QStringLiteral("%1: %2").arg(m_lastFault, text));
}

Result<XmlNode> SoapClient::callOnce(
    const QString &method, const MoRef &self, const QByteArray &args)
{
    auto body = post(method, self, args);
    if (!body)
        return body.error();
    auto doc = parseXml(*body, method);
    if (!doc)
        return doc.error();
    XmlNode *soapBody = nullptr;
    for (XmlNode &c : doc->children)
        if (c.name == QLatin1String("Body"))
            soapBody = &c;
    if (!soapBody || soapBody->children.empty())
        return Error(
            Error::Code::Server, tr("The server's answer to %1 has no SOAP body.").arg(method));
    XmlNode &first = soapBody->children.front();
    if (first.name == QLatin1String("Fault"))
        return faultError(method, first);
    if (first.name != method + QLatin1String("Response"))
        return Error(
            Error::Code::Server, tr("Unexpected answer to %1: <%2>.").arg(method, first.name));
    return std::move(first);
}

Status SoapClient::callStreaming(const QString &method, const MoRef &self, const QByteArray &args,
    const std::function<void(QXmlStreamReader &)> &onItem)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto body = post(method, self, args);
        if (!body)
            return body.error();
        QXmlStreamReader reader(*body);
        reader.setNamespaceProcessing(true);
        // Envelope > Body > (Fault | <method>Response) > returnval > items
        int depth = 0;
        bool inReturnval = false;
        bool sawResponse = false;
        std::optional<Error> fault;
        while (!reader.atEnd() && !reader.hasError()) {
            const auto token = reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                if (depth == 3) {
                    if (reader.name() == QLatin1String("Fault")) {
                        fault = faultError(method, readElement(reader));
                        --depth;
                        continue;
                    }
                    sawResponse = reader.name() == QString(method + QLatin1String("Response"));
                } else if (depth == 4 && sawResponse
                    && reader.name() == QLatin1String("returnval")) {
                    inReturnval = true;
                } else if (depth == 5 && inReturnval) {
                    onItem(reader); // consumes the element, ending on its EndElement
                    --depth;
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth == 4)
                    inReturnval = false;
                --depth;
            }
        }
        if (reader.hasError())
            return Error(Error::Code::Server,
                tr("The server's answer to %1 is not valid XML.").arg(method),
                QStringLiteral("line %1, column %2: %3")
                    .arg(reader.lineNumber())
                    .arg(reader.columnNumber())
                    .arg(reader.errorString()));
        if (fault) {
            if (attempt == 0 && m_lastFault == QLatin1String("NotAuthenticated")
                && !m_user.isEmpty()) {
                m_loggedIn = false;
                if (Status st = login(m_user, m_password); !st)
                    return st;
                continue;
            }
            return *fault;
        }
        if (!sawResponse)
            return Error(Error::Code::Server, tr("The server sent no answer to %1.").arg(method));
        return {};
    }
    return {};
}

Result<XmlNode> SoapClient::call(const QString &method, const MoRef &self, const QByteArray &args)
{
    auto r = callOnce(method, self, args);
    if (!r && m_lastFault == QLatin1String("NotAuthenticated") && !m_user.isEmpty()
        && method != QLatin1String("Login")) {
        qCInfo(lcSoap) << "session expired during" << method << "- logging in again";
        m_loggedIn = false;
        if (Status st = login(m_user, m_password); !st)
            return st.error();
        r = callOnce(method, self, args);
    }
    return r;
}

Result<ServiceContent> SoapClient::retrieveServiceContent()
{
    auto r = callOnce(QStringLiteral("RetrieveServiceContent"),
        MoRef {QStringLiteral("ServiceInstance"), QStringLiteral("ServiceInstance")});
    if (!r)
        return r.error();
    const XmlNode *rv = r->child(u"returnval");
    if (!rv)
        return Error(Error::Code::Server, tr("The server sent no service content."));
    ServiceContent c;
    c.apiType = rv->textAt(u"about/apiType");
    c.apiVersion = rv->textAt(u"about/apiVersion");
    c.fullName = rv->textAt(u"about/fullName");
    c.instanceUuid = rv->textAt(u"about/instanceUuid");
    c.rootFolder = MoRef::from(rv->child(u"rootFolder"));
    c.propertyCollector = MoRef::from(rv->child(u"propertyCollector"));
    c.viewManager = MoRef::from(rv->child(u"viewManager"));
    c.sessionManager = MoRef::from(rv->child(u"sessionManager"));
    c.customFieldsManager = MoRef::from(rv->child(u"customFieldsManager"));
    c.fileManager = MoRef::from(rv->child(u"fileManager"));
    c.virtualDiskManager = MoRef::from(rv->child(u"virtualDiskManager"));
    if (c.apiType.isEmpty() || c.propertyCollector.isNull() || c.sessionManager.isNull())
        return Error(Error::Code::Unsupported,
            tr("The server at %1 does not look like vCenter or ESXi.").arg(m_url.host()));
    m_content = c;
    m_haveContent = true;
    return c;
}

Status SoapClient::login(const QString &user, const QString &password)
{
    if (!m_haveContent) {
        auto c = retrieveServiceContent();
        if (!c)
            return c.error();
    }
    m_user = user;
    m_password = password;
    ++m_loginCount;
    auto r = callOnce(QStringLiteral("Login"), m_content.sessionManager,
        "<userName>" + escape(user) + "</userName><password>" + escape(password) + "</password>");
    if (!r) {
        if (m_lastFault == QLatin1String("InvalidLogin"))
            return Error(Error::Code::Authentication,
                tr("The user name or password was not accepted by %1.").arg(m_url.host()),
                r.error().details);
        return r.error();
    }
    m_loggedIn = true;
    return {};
}

Status SoapClient::logout()
{
    if (!m_loggedIn)
        return {};
    m_loggedIn = false;
    auto r = callOnce(QStringLiteral("Logout"), m_content.sessionManager);
    return r ? Status() : Status(r.error());
}

} // namespace ferry::vmware
