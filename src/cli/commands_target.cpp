#include "cli.h"
#include "credentials.h"

#include "incus/clientcertificate.h"
#include "incus/incusclient.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/targetrepository.h"
#include "targets/targetinventory.h"
#include "targets/targetservice.h"
#include "tls/certificate.h"
#include "util/units.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTextStream>

namespace ferry::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferryctl)
};

QCommandLineOption opt(const QString &name, const QString &description, const QString &value = {})
{
    return QCommandLineOption(QStringList {name}, description, value);
}

Result<TargetService> service(Context &ctx)
{
    auto db = ctx.database();
    if (!db)
        return db.error();
    return TargetService(*db, std::make_shared<CredentialStore>(), ctx.dataDir());
}

QString authLabel(const Target &t)
{
    return t.authType == QLatin1String("oidc") ? QStringLiteral("OIDC") : QStringLiteral("TLS");
}

QString clientFingerprint(const Target &t)
{
    auto cert = incus::parseCertificate(t.clientCertPem.toLatin1());
    return cert ? tls::sha256Of(*cert) : QString();
}

QJsonObject targetJson(const TargetService &svc, const Target &t, bool details)
{
    QJsonObject o {{QStringLiteral("name"), t.name}, {QStringLiteral("type"), t.targetType},
        {QStringLiteral("endpoint"), t.endpoint},
        {QStringLiteral("connectivity_status"), t.connectivityStatus},
        {QStringLiteral("auth_type"), t.authType},
        {QStringLiteral("trusted_cert_fingerprint"), t.cert.trustedSha256},
        {QStringLiteral("tls_verify"), t.tlsVerify}};
    if (!details)
        return o;
    if (t.verifiesByCa())
        o.insert(QStringLiteral("tls_ca_certificates"),
            int(QSslCertificate::fromData(t.tlsCaPem.toLatin1(), QSsl::Pem).size()));
    o.insert(QStringLiteral("server_version"), t.serverVersion);
    o.insert(QStringLiteral("api_extensions"), int(t.apiExtensions.size()));
    o.insert(QStringLiteral("missing_api_extensions"),
        QJsonArray::fromStringList(TargetService::missingApiExtensions(t)));
    o.insert(QStringLiteral("status_detail"), t.statusDetail);
    o.insert(QStringLiteral("presented_cert_fingerprint"), t.cert.seenSha256);
    o.insert(QStringLiteral("client_cert_fingerprint"), clientFingerprint(t));
    const QString file = svc.clientCertificateFile(t);
    if (QFileInfo::exists(file)) {
        o.insert(QStringLiteral("client_cert_file"), file);
        o.insert(QStringLiteral("trust_commands"),
            QJsonArray::fromStringList(TargetService::trustCommands(t, file)));
    }
    o.insert(QStringLiteral("import_limit"), t.importLimit);
    o.insert(QStringLiteral("create_limit"), t.createLimit);
    o.insert(QStringLiteral("connection_timeout"), units::formatDuration(t.connectionTimeoutMs));
    o.insert(QStringLiteral("inventory_at"),
        t.inventoryAt.isValid() ? t.inventoryAt.toString(Qt::ISODate) : QString());
    const TargetInventory inv = TargetInventory::fromJson(t.inventory);
    const QJsonObject invJson = inv.toJson();
    for (const char *key : {"projects", "storage_pools", "networks", "profiles", "instances"})
        o.insert(QLatin1String(key), invJson.value(QLatin1String(key)));
    // Where the server stages uploads (storage.backups_volume; '' for its var directory), null
    // when the inventory was read before Ferry read it.
    o.insert(QStringLiteral("backups_volume"),
        inv.backupsVolumeKnown ? QJsonValue(inv.backupsVolume) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("inventory_warnings"), QJsonArray::fromStringList(inv.warnings));
    return o;
}

// People read `target show` as facts, then the projects, pools and networks as tables.
QString humanShow(const TargetService &svc, const Target &t)
{
    const QJsonObject o = targetJson(svc, t, true);
    QString out;
    QTextStream s(&out);
    const auto line = [&s](const QString &label, const QString &value) {
        s << label << QStringLiteral(": ") << value << '\n';
    };
    line(Text::tr("Name"), t.name);
    line(Text::tr("Type"), t.targetType.isEmpty() ? Text::tr("unknown") : t.targetType);
    line(Text::tr("Server version"),
        t.serverVersion.isEmpty() ? Text::tr("unknown") : t.serverVersion);
    line(Text::tr("API extensions"), QString::number(t.apiExtensions.size()));
    const QStringList missing = TargetService::missingApiExtensions(t);
    if (!missing.isEmpty())
        line(Text::tr("Missing API extensions"), missing.join(QLatin1String(", ")));
    line(Text::tr("Endpoint"), t.endpoint);
    line(Text::tr("Connectivity status"), t.connectivityStatus);
    if (!t.statusDetail.isEmpty())
        line(Text::tr("Status detail"), t.statusDetail);
    line(Text::tr("Auth type"), authLabel(t));
    if (t.verifiesByCa()) {
        const auto cas = QSslCertificate::fromData(t.tlsCaPem.toLatin1(), QSsl::Pem);
        line(Text::tr("Server certificate verified by"),
            cas.isEmpty() ? Text::tr("the system's certificate authorities and the host name")
                          : Text::tr("the system's and %n more certificate authorities and the "
                                     "host name",
                              nullptr, int(cas.size())));
    } else {
        line(Text::tr("Trusted TLS cert SHA256 fingerprint"), t.cert.trustedSha256);
    }
    line(Text::tr("Client cert SHA256 fingerprint"), clientFingerprint(t));
    if (o.contains(QStringLiteral("client_cert_file")))
        line(Text::tr("Client cert file"), o.value(QStringLiteral("client_cert_file")).toString());
    line(Text::tr("Import limit"), QString::number(t.importLimit));
    line(Text::tr("Create limit"), QString::number(t.createLimit));
    line(Text::tr("Timeout"), units::formatDuration(t.connectionTimeoutMs));
    line(Text::tr("Inventory read"),
        t.inventoryAt.isValid() ? t.inventoryAt.toString(Qt::ISODate) : Text::tr("never"));

    const TargetInventory inv = TargetInventory::fromJson(t.inventory);
    if (!inv.projects.isEmpty()) {
        QVector<QStringList> rows;
        for (const incus::Project &p : inv.projects)
            rows << QStringList {p.name, p.description,
                QString::number(inv.instances.value(p.name).size()),
                QString::number(inv.profiles.value(p.name).size())};
        s << '\n'
          << Text::tr("Projects:") << '\n'
          << renderTable({Text::tr("Name"), Text::tr("Description"), Text::tr("Instances"),
                             Text::tr("Profiles")},
                 rows);
    }
    if (!inv.storagePools.isEmpty()) {
        QVector<QStringList> rows;
        for (const incus::StoragePool &p : inv.storagePools)
            rows << QStringList {p.name, p.driver, p.status,
                p.spaceUsed < 0 ? QString() : units::formatBytes(p.spaceUsed),
                p.spaceTotal < 0 ? QString() : units::formatBytes(p.spaceTotal)};
        s << '\n'
          << Text::tr("Storage pools:") << '\n'
          << renderTable({Text::tr("Name"), Text::tr("Driver"), Text::tr("Status"),
                             Text::tr("Used"), Text::tr("Total")},
                 rows);
    }
    if (!inv.networks.isEmpty()) {
        QVector<QStringList> rows;
        for (auto it = inv.networks.constBegin(); it != inv.networks.constEnd(); ++it)
            for (const incus::Network &n : it.value())
                rows << QStringList {it.key(), n.name, n.type,
                    n.managed ? Text::tr("yes") : Text::tr("no"), n.ipv4Subnet, n.ipv6Subnet};
        s << '\n'
          << Text::tr("Networks:") << '\n'
          << renderTable({Text::tr("Project"), Text::tr("Name"), Text::tr("Type"),
                             Text::tr("Managed"), Text::tr("IPv4"), Text::tr("IPv6")},
                 rows);
    }
    for (const QString &w : inv.warnings)
        s << Text::tr("Warning: %1").arg(w) << '\n';
    s.flush();
    return out;
}

// What happened, and for anything but OK what to do next (as in the seed's messages).
void report(Context &ctx, const TargetService &svc, const Target &t, const QString &done)
{
    if (ctx.format() != Format::Table) {
        ctx.out() << renderObject(targetJson(svc, t, true), ctx.format());
        return;
    }
    QTextStream &out = ctx.out();
    const QString name = t.name;
    if (t.connectivityStatus == connectivity::Ok) {
        out << done << QLatin1Char('.') << Qt::endl;
        if (!t.statusDetail.isEmpty())
            out << Text::tr("Warning: %1").arg(t.statusDetail) << Qt::endl;
    } else if (t.connectivityStatus == connectivity::ConfirmFingerprint) {
        out << Text::tr("%1, but received an untrusted TLS server certificate with fingerprint %2. "
                        "Please update the target to correct the issue.")
                   .arg(done, t.cert.seenSha256)
            << Qt::endl;
        out << Text::tr(
            "If it is the certificate_fingerprint that \"incus info\" or \"lxc info\" shows "
            "on the server, run: ferryctl target update %1 --trusted-cert-fingerprint %2")
                   .arg(name, t.cert.seenSha256)
            << Qt::endl;
    } else if (t.connectivityStatus == connectivity::AuthenticationError
        && t.authType == QLatin1String("oidc")) {
        out << Text::tr("%1, but the server did not accept the OIDC login: %2")
                   .arg(done, t.statusDetail)
            << Qt::endl;
    } else if (t.connectivityStatus == connectivity::AuthenticationError) {
        out << Text::tr(
            "%1, but the server does not trust Ferry's client certificate yet (SHA-256 %2).")
                   .arg(done, clientFingerprint(t))
            << Qt::endl;
        auto file = svc.exportClientCertificate(t);
        if (!file) {
            out << Text::tr("Warning: %1").arg(file.error().toString()) << Qt::endl;
        } else {
            out << Text::tr("Ferry wrote the certificate to %1. On the server (copy the file there "
                            "first if it is another machine), run:")
                       .arg(*file)
                << Qt::endl;
            for (const QString &c : TargetService::trustCommands(t, *file))
                out << QStringLiteral("    ") << c << Qt::endl;
            out << Text::tr("Then check again with: ferryctl target refresh %1").arg(name)
                << Qt::endl;
        }
    } else if (t.connectivityStatus == connectivity::TlsError) {
        out << Text::tr("%1, but the TLS connection was refused: %2").arg(done, t.statusDetail)
            << Qt::endl;
        if (t.cert.seenDiffers())
            out << Text::tr(
                "If you expect this certificate, trust it with: ferryctl target update %1 "
                "--trusted-cert-fingerprint %2")
                       .arg(name, t.cert.seenSha256)
                << Qt::endl;
    } else {
        out << Text::tr("%1, but its connectivity status is \"%2\": %3")
                   .arg(done, t.connectivityStatus, t.statusDetail)
            << Qt::endl;
        out << Text::tr("Check the endpoint and that the server runs and listens there "
                        "(core.https_address), then run: ferryctl target refresh %1 (or change the "
                        "endpoint with: ferryctl target update %1 --endpoint URL)")
                   .arg(name)
            << Qt::endl;
    }
}

Result<int> intOption(const QCommandLineParser &p, const QString &name)
{
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < 0)
        return Error(Error::Code::InvalidInput,
            Text::tr("--%1 needs a whole number of 0 or more.").arg(name));
    return v;
}

Result<int> askInt(Context &ctx, const QString &question, int current, const QString &option)
{
    auto v = ctx.ask(question, QString::number(current), option);
    if (!v)
        return v.error();
    bool ok = false;
    const int n = v->toInt(&ok);
    if (!ok || n < 0)
        return Error(Error::Code::InvalidInput,
            Text::tr("\"%1\" is not a whole number of 0 or more.").arg(*v));
    return n;
}

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io,
            Text::tr("Cannot read the %1 %2: %3").arg(what, path, f.errorString()));
    return f.readAll();
}

// Limits and timeout from the options; asked for in a terminal when `ask` and not given.
Status applyLimits(Context &ctx, const QCommandLineParser &p, Target &t, bool ask)
{
    if (p.isSet(QStringLiteral("import-limit"))) {
        auto v = intOption(p, QStringLiteral("import-limit"));
        if (!v)
            return v.error();
        t.importLimit = *v;
    } else if (ask) {
        auto v = askInt(ctx, Text::tr("How many instances can be concurrently imported?"),
            t.importLimit, QStringLiteral("--import-limit"));
        if (!v)
            return v.error();
        t.importLimit = *v;
    }
    if (p.isSet(QStringLiteral("create-limit"))) {
        auto v = intOption(p, QStringLiteral("create-limit"));
        if (!v)
            return v.error();
        t.createLimit = *v;
    } else if (ask) {
        auto v = askInt(ctx, Text::tr("How many instances can be concurrently created?"),
            t.createLimit, QStringLiteral("--create-limit"));
        if (!v)
            return v.error();
        t.createLimit = *v;
    }
    QString timeout;
    if (p.isSet(QStringLiteral("timeout"))) {
        timeout = p.value(QStringLiteral("timeout"));
    } else if (ask) {
        auto v = ctx.ask(Text::tr("Specify the timeout for connecting to the target"),
            units::formatDuration(t.connectionTimeoutMs), QStringLiteral("--timeout"));
        if (!v)
            return v.error();
        timeout = *v;
    }
    if (!timeout.isEmpty()) {
        auto ms = units::parseDurationMs(timeout);
        if (!ms)
            return ms.error();
        t.connectionTimeoutMs = *ms;
    }
    return {};
}

bool anyAuthOption(const QCommandLineParser &p)
{
    for (const char *o : {"tls-cert", "tls-key", "generate-cert", "trust-token", "auth-type"})
        if (p.isSet(QLatin1String(o)))
            return true;
    return false;
}

// The authentication from the options, or asked for in a terminal when `ask`.
Result<TargetAuth> readAuth(Context &ctx, const QCommandLineParser &p, bool ask)
{
    TargetAuth auth;
    const QString authType = p.value(QStringLiteral("auth-type")).toLower();
    if (!authType.isEmpty() && authType != QLatin1String("tls")
        && authType != QLatin1String("oidc"))
        return Error(Error::Code::InvalidInput,
            Text::tr("--auth-type is tls or oidc, not \"%1\".").arg(authType));
    if (authType == QLatin1String("oidc")) {
        for (const char *o : {"tls-cert", "tls-key", "generate-cert", "trust-token"})
            if (p.isSet(QLatin1String(o)))
                return Error(Error::Code::InvalidInput,
                    Text::tr("--auth-type oidc logs in at the server's identity provider; it "
                             "takes no --%1.")
                        .arg(QLatin1String(o)));
        auth.method = TargetAuth::Method::Oidc;
        return auth;
    }
    const bool cert = p.isSet(QStringLiteral("tls-cert"));
    const bool key = p.isSet(QStringLiteral("tls-key"));
    const bool generate = p.isSet(QStringLiteral("generate-cert"));
    if (cert != key)
        return Error(Error::Code::InvalidInput,
            Text::tr("--tls-cert and --tls-key go together: give both files."));
    if (cert && generate)
        return Error(Error::Code::InvalidInput,
            Text::tr("Use either --generate-cert or --tls-cert/--tls-key, not both."));
    if (p.isSet(QStringLiteral("trust-token"))) {
        auth.trustToken = p.value(QStringLiteral("trust-token"));
        if (auth.trustToken == QLatin1String("-"))
            auth.trustToken = QString::fromUtf8(ctx.readStdin()).trimmed();
        if (auth.trustToken.isEmpty())
            return Error(Error::Code::InvalidInput, Text::tr("The trust token is empty."));
    }
    QString certFile = p.value(QStringLiteral("tls-cert"));
    QString keyFile = p.value(QStringLiteral("tls-key"));
    if (generate) {
        auth.method = TargetAuth::Method::GenerateCertificate;
    } else if (!cert && auth.trustToken.isEmpty()) {
        if (!ask)
            return auth; // Keep
        auto how = ctx.ask(Text::tr("Authenticate with a trust token, a new client certificate, an "
                                    "existing certificate, or OIDC? (token/generate/tls/oidc)"),
            QStringLiteral("token"), QStringLiteral("--trust-token"));
        if (!how)
            return how.error();
        const QString h = how->toLower();
        if (h == QLatin1String("oidc")) {
            auth.method = TargetAuth::Method::Oidc;
            return auth;
        } else if (h == QLatin1String("generate")) {
            auth.method = TargetAuth::Method::GenerateCertificate;
        } else if (h == QLatin1String("token")) {
            auto t = ctx.ask(
                Text::tr("Please enter the trust token (from \"incus config trust add NAME\" "
                         "or \"lxc config trust add --name NAME\" on the server)"),
                QString(), QStringLiteral("--trust-token"), true);
            if (!t)
                return t.error();
            auth.trustToken = t->trimmed();
            if (auth.trustToken.isEmpty())
                return Error(Error::Code::InvalidInput, Text::tr("The trust token is empty."));
        } else if (h == QLatin1String("tls")) {
            auto c = ctx.ask(Text::tr("Please enter the absolute path to client TLS certificate"),
                QString(), QStringLiteral("--tls-cert"));
            if (!c)
                return c.error();
            auto k = ctx.ask(Text::tr("Please enter the absolute path to client TLS key"),
                QString(), QStringLiteral("--tls-key"));
            if (!k)
                return k.error();
            certFile = *c;
            keyFile = *k;
        } else {
            return Error(Error::Code::InvalidInput,
                Text::tr("Answer token, generate, tls or oidc, not \"%1\".").arg(*how));
        }
    }
    if (!certFile.isEmpty()) {
        auto c = readFile(certFile, Text::tr("client certificate"));
        if (!c)
            return c.error();
        auto k = readFile(keyFile, Text::tr("client key"));
        if (!k)
            return k.error();
        auth.method = TargetAuth::Method::ClientCertificate;
        auth.certPem = *c;
        auth.keyPem = *k;
    } else if (auth.method == TargetAuth::Method::Keep && !auth.trustToken.isEmpty()) {
        // A token alone: Ferry makes the key pair the token is redeemed for.
        auth.method = TargetAuth::Method::GenerateCertificate;
    }
    return auth;
}

// --verify and --ca-file (a CA file alone means --verify ca); the service checks the rest.
Status applyTrustOptions(const QCommandLineParser &p, Target &t)
{
    if (p.isSet(QStringLiteral("verify")))
        t.tlsVerify = p.value(QStringLiteral("verify"));
    if (!p.isSet(QStringLiteral("ca-file")))
        return {};
    if (!p.isSet(QStringLiteral("verify")))
        t.tlsVerify = QStringLiteral("ca");
    const QString path = p.value(QStringLiteral("ca-file"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, Text::tr("Cannot read %1.").arg(path), f.errorString());
    t.tlsCaPem = QString::fromLatin1(f.readAll());
    return {};
}

// The device flow in a terminal: the address to open and the code to confirm there, on standard
// error (standard output stays the command's result), then the wait.
oidc::ShowDeviceCode printDeviceCode(Context &ctx, const QString &target)
{
    return [&ctx, target](const incus::DeviceAuthorization &a) {
        QTextStream &err = ctx.err();
        err << Text::tr("Log in to target \"%1\" at the identity provider:").arg(target) << Qt::endl
            << Text::tr("  URL:  %1").arg(a.urlToOpen().toString()) << Qt::endl
            << Text::tr("  Code: %1").arg(a.userCode) << Qt::endl
            << Text::tr("Waiting for the login to be approved (the code is valid for %n "
                        "minute(s); Ctrl+C cancels)...",
                   nullptr, std::max(1, a.expiresInSeconds / 60))
            << Qt::endl;
    };
}

int targetAdd(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    Target t;
    t.name = args.value(0);
    // Without ENDPOINT, a trust token names the server's addresses (as `lxc remote add` uses it).
    if (args.size() < 2 && !p.isSet(QStringLiteral("trust-token")))
        return ctx.fail(Error(Error::Code::InvalidInput,
            Text::tr("The endpoint is missing: give it after the name (https://HOST:8443), or "
                     "pass --trust-token, whose token names the server's addresses.")));
    if (args.size() >= 2) {
        auto endpoint = TargetService::normalizeEndpoint(args.value(1));
        if (!endpoint)
            return ctx.fail(endpoint.error());
        t.endpoint = *endpoint;
    }
    if (Status st = applyLimits(ctx, p, t, ctx.interactive()); !st)
        return ctx.fail(st.error());
    t.cert.trustedSha256 = p.value(QStringLiteral("trusted-cert-fingerprint"));
    if (Status st = applyTrustOptions(p, t); !st)
        return ctx.fail(st.error());

    auto auth = readAuth(ctx, p, ctx.interactive());
    if (!auth)
        return ctx.fail(auth.error());
    if (auth->method == TargetAuth::Method::Keep)
        return ctx.fail(Error(Error::Code::InvalidInput,
            Text::tr("Choose how Ferry authenticates to the target: pass --trust-token "
                     "TOKEN, --generate-cert, or --tls-cert FILE --tls-key FILE.")));
    if (t.endpoint.isEmpty()) {
        auto token = incus::parse::trustToken(auth->trustToken);
        if (!token)
            return ctx.fail(token.error());
        if (token->addresses.isEmpty())
            return ctx.fail(Error(Error::Code::InvalidInput,
                Text::tr("The trust token names no address of the server: give the endpoint after "
                         "the name.")));
        auto endpoint = TargetService::normalizeEndpoint(token->addresses.first());
        if (!endpoint)
            return ctx.fail(endpoint.error());
        t.endpoint = *endpoint;
    }
    if (auth->method == TargetAuth::Method::Oidc)
        auth->showDeviceCode = printDeviceCode(ctx, t.name);
    auto added = svc->add(t, *auth);
    if (!added)
        return ctx.fail(added.error());
    report(ctx, *svc, *added, Text::tr("Successfully added new target \"%1\"").arg(added->name));
    return ExitOk;
}

int targetList(Context &ctx, const QCommandLineParser &, const QStringList &)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto targets = TargetRepository(*db).all();
    if (!targets)
        return ctx.fail(targets.error());
    Table t;
    t.headers = QStringList {Text::tr("Name"), Text::tr("Type"), Text::tr("Endpoint"),
        Text::tr("Connectivity Status"), Text::tr("Auth Type"),
        Text::tr("Trusted TLS Cert SHA256 Fingerprint")};
    t.keys = QStringList {QStringLiteral("name"), QStringLiteral("type"),
        QStringLiteral("endpoint"), QStringLiteral("connectivity_status"),
        QStringLiteral("auth_type"), QStringLiteral("trusted_cert_fingerprint")};
    const bool table = ctx.format() == Format::Table;
    for (const Target &x : std::as_const(*targets))
        t.rows << QJsonArray {x.name, x.targetType, x.endpoint, x.connectivityStatus,
            table ? authLabel(x) : x.authType, x.cert.trustedSha256};
    ctx.out() << render(t, ctx.format());
    return ExitOk;
}

int targetShow(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    auto db = ctx.database();
    auto t = TargetRepository(*db).byName(args.value(0));
    if (!t)
        return ctx.fail(t.error());
    if (ctx.format() == Format::Table)
        ctx.out() << humanShow(*svc, *t);
    else
        ctx.out() << renderObject(targetJson(*svc, *t, true), ctx.format());
    return ExitOk;
}

int targetUpdate(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    auto db = ctx.database();
    auto current = TargetRepository(*db).byName(args.value(0));
    if (!current)
        return ctx.fail(current.error());
    Target t = *current;
    TargetAuth auth;

    if (p.optionNames().isEmpty() && ctx.interactive()) {
        // The seed's interactive update: every field with its current value as the default.
        auto name = ctx.ask(Text::tr("Target name"), t.name, QStringLiteral("--name"));
        if (!name)
            return ctx.fail(name.error());
        auto endpoint = ctx.ask(Text::tr("Endpoint"), t.endpoint, QStringLiteral("--endpoint"));
        if (!endpoint)
            return ctx.fail(endpoint.error());
        t.name = *name;
        t.endpoint = *endpoint;
        if (Status st = applyLimits(ctx, p, t, true); !st)
            return ctx.fail(st.error());
        auto change = ctx.ask(Text::tr("Update configured authentication? (yes/no)"),
            QStringLiteral("no"), QStringLiteral("--trust-token"));
        if (!change)
            return ctx.fail(change.error());
        if (change->startsWith(QLatin1Char('y'), Qt::CaseInsensitive)) {
            auto a = readAuth(ctx, p, true);
            if (!a)
                return ctx.fail(a.error());
            auth = *a;
        }
        auto fp = ctx.ask(Text::tr("Manually-set trusted TLS cert SHA256 fingerprint"),
            t.cert.trustedSha256, QStringLiteral("--trusted-cert-fingerprint"));
        if (!fp)
            return ctx.fail(fp.error());
        t.cert.trustedSha256 = *fp;
    } else {
        if (p.isSet(QStringLiteral("name")))
            t.name = p.value(QStringLiteral("name"));
        if (p.isSet(QStringLiteral("endpoint")))
            t.endpoint = p.value(QStringLiteral("endpoint"));
        if (Status st = applyLimits(ctx, p, t, false); !st)
            return ctx.fail(st.error());
        if (p.isSet(QStringLiteral("trusted-cert-fingerprint"))) {
            t.cert.trustedSha256 = p.value(QStringLiteral("trusted-cert-fingerprint"));
            if (!p.isSet(QStringLiteral("verify")) && !p.isSet(QStringLiteral("ca-file")))
                t.tlsVerify = QStringLiteral("fingerprint"); // a pin given: pinning
        }
        if (Status st = applyTrustOptions(p, t); !st)
            return ctx.fail(st.error());
        if (anyAuthOption(p)) {
            auto a = readAuth(ctx, p, false);
            if (!a)
                return ctx.fail(a.error());
            auth = *a;
        }
    }
    auto updated = svc->update(t, auth);
    if (!updated)
        return ctx.fail(updated.error());
    report(ctx, *svc, *updated, Text::tr("Successfully updated target \"%1\"").arg(updated->name));
    return ExitOk;
}

int targetRefresh(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    auto t = svc->refresh(args.value(0));
    if (!t)
        return ctx.fail(t.error());
    if (ctx.format() == Format::Table && t->connectivityStatus == connectivity::Ok) {
        const TargetInventory inv = TargetInventory::fromJson(t->inventory);
        int networks = 0;
        for (const auto &list : std::as_const(inv.networks))
            networks += int(list.size());
        ctx.out() << Text::tr(
            "Target \"%1\" is OK: %2 %3, %4 projects, %5 storage pools, %6 networks.")
                         .arg(t->name, t->targetType, t->serverVersion)
                         .arg(inv.projects.size())
                         .arg(inv.storagePools.size())
                         .arg(networks)
                  << Qt::endl;
        if (!t->statusDetail.isEmpty())
            ctx.out() << Text::tr("Warning: %1").arg(t->statusDetail) << Qt::endl;
    } else {
        report(ctx, *svc, *t, Text::tr("Checked target \"%1\"").arg(t->name));
    }
    return t->connectivityStatus == connectivity::Ok ? ExitOk : ExitFailure;
}

int targetRemove(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    if (Status st = svc->remove(args.value(0)); !st)
        return ctx.fail(st.error());
    if (ctx.format() != Format::Table)
        ctx.out() << renderObject(QJsonObject {{QStringLiteral("name"), args.value(0)},
                                      {QStringLiteral("removed"), true}},
            ctx.format());
    else
        ctx.out() << Text::tr("Successfully removed target \"%1\".").arg(args.value(0)) << Qt::endl;
    return ExitOk;
}

int targetLogin(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    // A target that authenticates by OIDC: the device flow instead of a key.
    if (!p.isSet(QStringLiteral("client-key"))) {
        auto db = ctx.database();
        if (!db)
            return ctx.fail(db.error());
        auto t = TargetRepository(*db).byName(args.value(0));
        if (t && t->authType == QLatin1String("oidc")) {
            if (args.size() > 1)
                return ctx.fail(Error(Error::Code::InvalidInput,
                    Text::tr("OIDC tokens live in this host's keychain; a systemd credential "
                             "directory cannot hold them (they are renewed).")));
            auto svc = service(ctx);
            if (!svc)
                return ctx.fail(svc.error());
            auto done = svc->loginOidc(t->name, printDeviceCode(ctx, t->name));
            if (!done)
                return ctx.fail(done.error());
            report(
                ctx, *svc, *done, Text::tr("Logged in to target \"%1\" by OIDC").arg(done->name));
            return done->connectivityStatus == connectivity::Ok ? ExitOk : ExitFailure;
        }
    }
    return storeLogin(ctx, p, args, &service, [&]() -> Result<LoginSecret> {
        const QString name = args.value(0);
        QString file = p.value(QStringLiteral("client-key"));
        if (!p.isSet(QStringLiteral("client-key"))) {
            auto asked = ctx.ask(
                Text::tr("Please enter the absolute path to the client TLS key of target '%1'")
                    .arg(name),
                QString(), QStringLiteral("--client-key FILE"));
            if (!asked)
                return asked.error();
            file = *asked;
        }
        if (file.isEmpty())
            return Error(Error::Code::InvalidInput, Text::tr("No file given for the client key."));
        QByteArray key;
        if (file == QLatin1String("-")) {
            key = ctx.readStdin();
        } else {
            auto read = readFile(file, Text::tr("client key"));
            if (!read)
                return read.error();
            key = *read;
        }
        return LoginSecret {name, Text::tr("the client key of target \"%1\"").arg(name), key};
    });
}

// The key leaves the keychain only into a new file readable by its owner alone, or to standard
// output ("-") for a pipe to the engine host (ssh host ferryctl target login NAME --client-key -).
int targetExportKey(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    const QString name = args.value(0);
    const QString file = args.value(1);
    if (file != QLatin1String("-") && QFileInfo::exists(file))
        return ctx.fail(Error(Error::Code::AlreadyExists,
            Text::tr("%1 exists; the key is written only into a new file.").arg(file)));
    auto key = svc->clientKey(name);
    if (!key)
        return ctx.fail(key.error());
    if (file == QLatin1String("-")) {
        ctx.out() << QString::fromLatin1(*key); // PEM: ASCII
        return ExitOk;
    }
    QFile f(file);
    if (!f.open(QIODevice::NewOnly | QIODevice::WriteOnly)
        || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || f.write(*key) != key->size() || !f.flush()) {
        const QString why = f.errorString();
        f.close();
        QFile::remove(file);
        return ctx.fail(Error(Error::Code::Io, Text::tr("Cannot write %1.").arg(file), why));
    }
    f.close();
    ctx.out() << Text::tr("Wrote the client key of target \"%1\" to %2 (readable by you only). "
                          "On the engine host: ferryctl target login %1 --client-key FILE, then "
                          "delete the file.")
                     .arg(name, file)
              << '\n';
    return ExitOk;
}

} // namespace

QList<Command> targetCommands()
{
    const QString n = QStringLiteral("target");
    const auto common = QList<QCommandLineOption> {
        opt(QStringLiteral("trust-token"),
            Text::tr("Redeem this trust token (\"-\": read it from standard input); its server "
                     "fingerprint is pinned"),
            Text::tr("TOKEN")),
        opt(QStringLiteral("generate-cert"),
            Text::tr(
                "Create a client certificate and show the command that trusts it on the server")),
        opt(QStringLiteral("tls-cert"), Text::tr("An existing client certificate (PEM)"),
            Text::tr("FILE")),
        opt(QStringLiteral("tls-key"),
            Text::tr("Its private key (PEM, unencrypted; stored in the keychain only)"),
            Text::tr("FILE")),
        opt(QStringLiteral("auth-type"),
            Text::tr("tls (default) or oidc (log in at the server's identity provider with the "
                     "device flow; the tokens are kept in the keychain)"),
            Text::tr("TYPE")),
        opt(QStringLiteral("import-limit"),
            Text::tr("How many instances may be imported at once (default 50)"), Text::tr("N")),
        opt(QStringLiteral("create-limit"),
            Text::tr("How many instances may be created at once (default 10)"), Text::tr("N")),
        opt(QStringLiteral("timeout"),
            Text::tr("Timeout for connections and operations, e.g. 30s or 5m (default 5m)"),
            Text::tr("DURATION")),
        opt(QStringLiteral("trusted-cert-fingerprint"),
            Text::tr("Trust the server certificate with this SHA-256 fingerprint"), Text::tr("FP")),
        opt(QStringLiteral("verify"),
            Text::tr("How the server certificate is verified: fingerprint (pinned, the default) "
                     "or ca (issued for the host name by a trusted certificate authority, so "
                     "that a renewed certificate, ACME's, keeps working)"),
            Text::tr("HOW")),
        opt(QStringLiteral("ca-file"),
            Text::tr("Certificate authorities (PEM) trusted for this target besides the "
                     "system's; implies --verify ca"),
            Text::tr("FILE"))};
    QList<Command> list;
    list << Command {n, QStringLiteral("add"),
        Text::tr("Register an Incus or LXD target (with a trust token, ENDPOINT may be left out)"),
        Text::tr("NAME [ENDPOINT]"), 1, 2, common,
        {QStringLiteral("ferryctl target add incus01 https://10.1.0.101:8443 --trust-token "
                        "eyJjbGllbnRfbmFtZSI6..."),
            QStringLiteral("ferryctl target add lxd01 10.1.0.102 --generate-cert"),
            QStringLiteral("ferryctl target add incus02 incus02.example --tls-cert client.crt "
                           "--tls-key client.key"),
            QStringLiteral("ferryctl target add incus03 incus03.example.com --verify ca "
                           "--trust-token eyJjbGllbnRfbmFtZSI6..."),
            QStringLiteral("ferryctl target add incus04 incus04.example.com --verify ca "
                           "--auth-type oidc")},
        targetAdd};
    list << Command {n, QStringLiteral("list"), Text::tr("List the registered targets"), {}, 0, 0,
        {},
        {QStringLiteral("ferryctl target list"),
            QStringLiteral("ferryctl target list --format json")},
        targetList};
    list << Command {n, QStringLiteral("show"),
        Text::tr("Show a target: server, status, projects, storage pools and networks"),
        Text::tr("NAME"), 1, 1, {},
        {QStringLiteral("ferryctl target show incus01"),
            QStringLiteral("ferryctl target show incus01 --format yaml")},
        targetShow};
    auto updateOptions = common;
    updateOptions.prepend(
        opt(QStringLiteral("endpoint"), Text::tr("New endpoint"), Text::tr("URL")));
    updateOptions.prepend(opt(QStringLiteral("name"), Text::tr("New name"), Text::tr("NAME")));
    list << Command {n, QStringLiteral("update"),
        Text::tr("Change a target (asks for each field in a terminal when no option is given)"),
        Text::tr("NAME"), 1, 1, updateOptions,
        {QStringLiteral("ferryctl target update incus01 --trusted-cert-fingerprint d0d4e9f0..."),
            QStringLiteral("ferryctl target update incus01 --trust-token eyJjbGllbnRfbmFtZSI6..."),
            QStringLiteral("ferryctl target update incus01")},
        targetUpdate};
    auto loginOptions = credentialOptions();
    loginOptions.prepend(opt(QStringLiteral("client-key"),
        Text::tr("The private key (PEM, unencrypted) of the client certificate the target has "
                 "(\"-\": read it from standard input)"),
        Text::tr("FILE")));
    list << Command {n, QStringLiteral("login"),
        Text::tr("Store the client key of a registered target on this host (after checking it "
                 "against its certificate and the server), in the keychain or as a systemd "
                 "credential in DIR; for an OIDC target, log in at its identity provider (device "
                 "flow) and keep the tokens in the keychain; the shared database is not "
                 "changed"),
        Text::tr("NAME [DIR]"), 1, 2, loginOptions,
        {QStringLiteral("ferryctl target login incus01 --client-key client.key"),
            QStringLiteral("ferryctl target login incus01 --client-key client.key --systemd-creds"),
            QStringLiteral("ferryctl target login incus04")},
        targetLogin};
    list << Command {n, QStringLiteral("export-key"),
        Text::tr("Write the client key of a target from this host's keychain into a new file "
                 "(owner-only) or to standard output (\"-\"), for `target login` on an engine "
                 "host"),
        Text::tr("NAME FILE"), 2, 2, {},
        {QStringLiteral("ferryctl target export-key incus01 incus01.key"),
            QStringLiteral("ferryctl target export-key incus01 - | ssh engine1 ferryctl target "
                           "login incus01 --client-key -")},
        targetExportKey};
    list << Command {n, QStringLiteral("refresh"),
        Text::tr("Check the target again and re-read its inventory (exit 1 unless OK)"),
        Text::tr("NAME"), 1, 1, {}, {QStringLiteral("ferryctl target refresh incus01")},
        targetRefresh};
    list << Command {n, QStringLiteral("remove"),
        Text::tr(
            "Remove a target and its client key (refused while a batch uses it as its target)"),
        Text::tr("NAME"), 1, 1, {}, {QStringLiteral("ferryctl target remove incus01")},
        targetRemove};
    return list;
}

} // namespace ferry::cli
