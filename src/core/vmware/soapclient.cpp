#include "vmware/soapclient.h"

#include "net/httpclient.h"
#include "util/logging.h"

#include "vmware/xmlreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLoggingCategory>
#include <QMutex>
#include <QWaitCondition>

#include <cstring>
#include <thread>

#include <optional>

namespace ferry::vmware {

Q_LOGGING_CATEGORY(lcSoap, "ferry.vmware.soap", QtInfoMsg)

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vmware)
};

// The SOAP envelope that calls `method` on `self` with `args` (XML elements).
QByteArray requestBody(const QString &method, const MoRef &self, const QByteArray &args)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body><"
        + method.toUtf8() + " xmlns=\"urn:vim25\">" + self.toXml("_this") + args + "</"
        + method.toUtf8() + "></soapenv:Body></soapenv:Envelope>";
}

// The headers of every request: the SOAPAction names the vim25 version chosen from the
// server's vimServiceVersions.xml.
QList<QPair<QByteArray, QByteArray>> requestHeaders(const QString &vimVersion)
{
    return {{"Content-Type", "text/xml; charset=utf-8"},
        {"SOAPAction", "urn:vim25/" + vimVersion.toUtf8()}};
}

// Dotted version numbers compared part by part ("6.7.3" < "7.0" < "8.0.1.0"); a part that is not
// a number counts as 0.
int compareVersions(const QString &a, const QString &b)
{
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < qMax(pa.size(), pb.size()); ++i) {
        const int x = i < pa.size() ? pa[i].toInt() : 0;
        const int y = i < pb.size() ? pb[i].toInt() : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

} // namespace

QByteArray MoRef::toXml(const char *element) const
{
    return QByteArray("<") + element + " type=\"" + SoapClient::escape(type) + "\">"
        + SoapClient::escape(value) + "</" + element + ">";
}

QByteArray propertySpec(const MoRef &obj, const QStringList &paths)
{
    QByteArray spec = "<specSet><propSet><type>" + obj.type.toUtf8() + "</type>";
    for (const QString &p : paths)
        spec += "<pathSet>" + p.toUtf8() + "</pathSet>";
    spec += "</propSet><objectSet>" + obj.toXml("obj") + "</objectSet></specSet><options/>";
    return spec;
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
    if (m_vimVersion.isEmpty())
        if (Status st = readServiceVersions(); !st)
            return st.error();
    auto resp = m_http->request(
        "POST", m_url, requestHeaders(m_vimVersion), requestBody(method, self, args));
    if (!resp)
        return resp.error();
    if (resp->status >= 400 && !resp->body.contains("Fault>"))
        return Error(Error::Code::Server,
            Text::tr("The server answered %1 with HTTP status %2.").arg(method).arg(resp->status),
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
        auth ? Text::tr("The server refused %1: %2").arg(method, text)
             : Text::tr("%1 failed: %2").arg(method, text),
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
        return Error(Error::Code::Server,
            Text::tr("The server's answer to %1 has no SOAP body.").arg(method));
    XmlNode &first = soapBody->children.front();
    if (first.name == QLatin1String("Fault"))
        return faultError(method, first);
    if (first.name != method + QLatin1String("Response"))
        return Error(Error::Code::Server,
            Text::tr("Unexpected answer to %1: <%2>.").arg(method, first.name));
    return std::move(first);
}

namespace {

// A pipe between the receiving thread and the parsing thread: read() blocks until bytes arrive
// or the writer finishes, so the XML reader parses while the answer is still arriving.
class BlockingPipe final : public QIODevice
{
public:
    bool isSequential() const override { return true; }
    void push(const QByteArray &data)
    {
        QMutexLocker lock(&m_mutex);
        m_buffer += data;
        m_ready.wakeAll();
    }
    void finish()
    {
        QMutexLocker lock(&m_mutex);
        m_finished = true;
        m_ready.wakeAll();
    }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        QMutexLocker lock(&m_mutex);
        while (m_buffer.size() == m_pos && !m_finished)
            m_ready.wait(&m_mutex);
        const qint64 n = qMin<qint64>(max, m_buffer.size() - m_pos);
        std::memcpy(data, m_buffer.constData() + m_pos, size_t(n));
        m_pos += n;
        if (m_pos > (1 << 20) && m_pos == m_buffer.size()) {
            m_buffer.clear();
            m_pos = 0;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QMutex m_mutex;
    QWaitCondition m_ready;
    QByteArray m_buffer;
    qint64 m_pos = 0;
    bool m_finished = false;
};

} // namespace

Status SoapClient::callStreaming(const QString &method, const MoRef &self, const QByteArray &args,
    const std::function<void(XmlReader &)> &onItem)
{
    if (m_vimVersion.isEmpty())
        if (Status st = readServiceVersions(); !st)
            return st;
    for (int attempt = 0; attempt < 2; ++attempt) {
        m_lastFault.clear();
        const QByteArray body = requestBody(method, self, args);
        const QList<QPair<QByteArray, QByteArray>> headers = requestHeaders(m_vimVersion);

        // Parse on a thread of its own while this one receives.
        BlockingPipe pipe;
        pipe.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        SoapStream stream;
        std::thread parser([&]() {
            XmlReader reader(&pipe);
            stream = walkSoapResponse(reader, method, onItem);
            // Drain what is left so the receiving side never waits on a full pipe.
            char sink[4096];
            while (pipe.read(sink, sizeof sink) > 0) { }
        });
        auto resp = m_http->request(
            "POST", m_url, headers, body, [&pipe](const QByteArray &chunk) { pipe.push(chunk); });
        pipe.finish();
        parser.join();

        if (!resp)
            return resp.error();
        if (stream.fault) {
            const Error e = faultError(method, *stream.fault);
            if (attempt == 0 && m_lastFault == QLatin1String("NotAuthenticated")
                && !m_user.isEmpty()) {
                m_loggedIn = false;
                if (Status st = login(m_user, m_password); !st)
                    return st;
                continue;
            }
            return e;
        }
        if (resp->status >= 400)
            return Error(Error::Code::Server,
                Text::tr("The server answered %1 with HTTP status %2.")
                    .arg(method)
                    .arg(resp->status));
        if (!stream.parseError.isEmpty())
            return Error(Error::Code::Server,
                Text::tr("The server's answer to %1 is not valid XML.").arg(method),
                stream.parseError);
        if (!stream.sawResponse)
            return Error(
                Error::Code::Server, Text::tr("The server sent no answer to %1.").arg(method));
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

QString SoapClient::pickVimVersion(const QStringList &offered)
{
    const QString oldest = QLatin1String(kOldestVim);
    const QString newest = QLatin1String(kNewestVim);
    QString best;
    for (const QString &v : offered) {
        const QString t = v.trimmed();
        if (t.isEmpty() || compareVersions(t, oldest) < 0 || compareVersions(t, newest) > 0)
            continue;
        if (best.isEmpty() || compareVersions(t, best) > 0)
            best = t;
    }
    return best;
}

Status SoapClient::readServiceVersions()
{
    QUrl url = m_url;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("vimServiceVersions.xml"));
    auto resp = m_http->request("GET", url);
    if (!resp)
        return resp.error(); // TLS, connection, time-out: as any first request
    const auto notVsphere = [&](const QString &why) {
        return Error(Error::Code::Unsupported,
            Text::tr("The server at %1 is not vCenter or ESXi: %2").arg(m_url.host(), why),
            QStringLiteral("GET %1: HTTP %2: %3")
                .arg(url.toString())
                .arg(resp->status)
                .arg(QString::fromUtf8(resp->body.left(200))));
    };
    if (resp->status >= 500) // a busy server or a proxy in front of it: says nothing about it
        return Error(Error::Code::Server,
            Text::tr("The server at %1 answered HTTP status %2; try again later.")
                .arg(m_url.host())
                .arg(resp->status),
            QStringLiteral("GET %1: %2")
                .arg(url.toString(), QString::fromUtf8(resp->body.left(200))));
    if (resp->status != 200)
        return notVsphere(
            Text::tr("it has no /sdk/vimServiceVersions.xml (HTTP status %1).").arg(resp->status));
    auto doc = parseXml(resp->body, QStringLiteral("vimServiceVersions.xml"));
    if (!doc || doc->name != QLatin1String("namespaces"))
        return notVsphere(Text::tr("its /sdk/vimServiceVersions.xml is not a list of API "
                                   "namespaces."));
    QStringList offered;
    for (const XmlNode *ns : doc->all(u"namespace")) {
        if (ns->textAt(u"name") != QLatin1String("urn:vim25"))
            continue;
        offered << ns->textAt(u"version");
        if (const XmlNode *prior = ns->child(u"priorVersions"))
            for (const XmlNode *v : prior->all(u"version"))
                offered << v->text;
    }
    if (offered.isEmpty())
        return notVsphere(Text::tr("it does not offer the vim25 API."));
    m_vimVersion = pickVimVersion(offered);
    if (m_vimVersion.isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("The server at %1 offers vSphere API %2; Ferry speaks %3 to %4.")
                .arg(m_url.host(), offered.join(QStringLiteral(", ")), QLatin1String(kOldestVim),
                    QLatin1String(kNewestVim)));
    qCInfo(lcSoap) << "vim25 versions offered" << offered << "- speaking" << m_vimVersion;
    return {};
}

Result<ServiceContent> SoapClient::retrieveServiceContent()
{
    auto r = callOnce(QStringLiteral("RetrieveServiceContent"),
        MoRef {QStringLiteral("ServiceInstance"), QStringLiteral("ServiceInstance")});
    if (!r)
        return r.error();
    const XmlNode *rv = r->child(u"returnval");
    if (!rv)
        return Error(Error::Code::Server, Text::tr("The server sent no service content."));
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
    c.searchIndex = MoRef::from(rv->child(u"searchIndex"));
    if (c.apiType.isEmpty() || c.propertyCollector.isNull() || c.sessionManager.isNull())
        return Error(Error::Code::Unsupported,
            Text::tr("The server at %1 does not look like vCenter or ESXi.").arg(m_url.host()));
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
                Text::tr("The user name or password was not accepted by %1.").arg(m_url.host()),
                r.error().details);
        return r.error();
    }
    m_loggedIn = true;
    return {};
}

Result<bool> SoapClient::relogin()
{
    if (m_user.isEmpty())
        return Error(Error::Code::Internal, QStringLiteral("bug: relogin before a login"));
    // Without a session vCenter answers this with an empty value (or NotAuthenticated), never
    // with another session's.
    auto r = callOnce(QStringLiteral("RetrievePropertiesEx"), m_content.propertyCollector,
        "<specSet><propSet><type>SessionManager</type><pathSet>currentSession</pathSet>"
        "</propSet><objectSet>"
            + m_content.sessionManager.toXml("obj") + "</objectSet></specSet><options/>");
    if (!r && m_lastFault != QLatin1String("NotAuthenticated"))
        return r.error();
    if (r && !r->textAt(u"returnval/objects/propSet/val/key").isEmpty())
        return false;
    m_loggedIn = false;
    if (Status st = login(m_user, m_password); !st)
        return st.error();
    return true;
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
