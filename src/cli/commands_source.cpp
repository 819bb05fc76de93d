#include "cli.h"
#include "credentials.h"

#include "secrets/credentialstore.h"
#include "sources/sourceservice.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/sourcerepository.h"
#include "tls/certificate.h"
#include "util/units.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <atomic>

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

Result<SourceService> service(Context &ctx)
{
    auto db = ctx.database();
    if (!db)
        return db.error();
    return SourceService(*db, std::make_shared<CredentialStore>());
}

QJsonObject sourceJson(const Source &s, bool details)
{
    QJsonObject o {{QStringLiteral("name"), s.name}, {QStringLiteral("type"), s.sourceType},
        {QStringLiteral("endpoint"), s.endpoint},
        {QStringLiteral("connectivity_status"), s.connectivityStatus},
        {QStringLiteral("username"), s.username},
        {QStringLiteral("trusted_cert_fingerprint"), s.cert.trustedSha256}};
    if (details) {
        o.insert(QStringLiteral("server_type"), s.serverKind());
        o.insert(QStringLiteral("api_version"), s.apiVersion);
        o.insert(QStringLiteral("status_detail"), s.statusDetail);
        o.insert(QStringLiteral("import_limit"), s.importLimit);
        o.insert(
            QStringLiteral("connection_timeout"), units::formatDuration(s.connectionTimeoutMs));
        o.insert(QStringLiteral("datacenters"), QJsonArray::fromStringList(s.datacenters));
        o.insert(QStringLiteral("host_direct_reads"),
            s.hostDirectReads ? QStringLiteral("on") : QStringLiteral("off"));
        o.insert(QStringLiteral("presented_cert_fingerprint"), s.cert.seenSha256);
        o.insert(QStringLiteral("last_sync"),
            s.lastSyncAt.isValid() ? s.lastSyncAt.toString(Qt::ISODate) : QString());
    }
    return o;
}

// The seed's closing line after add/update, naming an untrusted or changed certificate.
void reportStatus(Context &ctx, const Source &s, const QString &done)
{
    if (s.connectivityStatus == connectivity::ConfirmFingerprint) {
        ctx.out() << Text::tr(
            "%1, but received an untrusted TLS server certificate with fingerprint %2. "
            "Please update the source to correct the issue.")
                         .arg(done, s.cert.seenSha256)
                  << Qt::endl;
    } else if (s.connectivityStatus == connectivity::Ok) {
        ctx.out() << done << QLatin1Char('.') << Qt::endl;
    } else {
        ctx.out() << Text::tr("%1, but its connectivity status is \"%2\": %3")
                         .arg(done, s.connectivityStatus, s.statusDetail)
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

// --host-direct-reads on|off.
Result<bool> onOffOption(const QCommandLineParser &p, const QString &name)
{
    const QString v = p.value(name).trimmed().toLower();
    if (v == QLatin1String("on"))
        return true;
    if (v == QLatin1String("off"))
        return false;
    return Error(
        Error::Code::InvalidInput, Text::tr("--%1 must be on or off, not \"%2\".").arg(name, v));
}

int sourceAdd(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    Source s;
    s.name = args.value(0);
    auto endpoint = SourceService::normalizeEndpoint(args.value(1));
    if (!endpoint)
        return ctx.fail(endpoint.error());
    s.endpoint = *endpoint;

    auto username = p.isSet(QStringLiteral("username"))
        ? Result<QString>(p.value(QStringLiteral("username")))
        : ctx.ask(Text::tr("Please enter username for endpoint '%1'").arg(s.endpoint), QString(),
            QStringLiteral("--username"));
    if (!username)
        return ctx.fail(username.error());
    s.username = *username;
    if (s.username.isEmpty())
        return ctx.fail(Error(Error::Code::InvalidInput, Text::tr("The username is empty.")));

    QByteArray password;
    if (p.isSet(QStringLiteral("password-stdin"))) {
        password = ctx.readStdin();
    } else {
        auto typed = ctx.ask(Text::tr("Please enter password for endpoint '%1'").arg(s.endpoint),
            QString(), QStringLiteral("--password-stdin"), true);
        if (!typed)
            return ctx.fail(typed.error());
        password = typed->toUtf8();
    }
    if (password.isEmpty())
        return ctx.fail(Error(Error::Code::InvalidInput, Text::tr("The password is empty.")));

    if (p.isSet(QStringLiteral("import-limit"))) {
        auto v = intOption(p, QStringLiteral("import-limit"));
        if (!v)
            return ctx.fail(v.error());
        s.importLimit = *v;
    } else if (ctx.interactive()) {
        auto v = ctx.ask(Text::tr("How many instances can be concurrently imported?"),
            QStringLiteral("50"), QStringLiteral("--import-limit"));
        bool ok = false;
        s.importLimit = v ? v->toInt(&ok) : 50;
        if (!ok)
            return ctx.fail(Error(
                Error::Code::InvalidInput, Text::tr("The import limit must be a whole number.")));
    }
    if (p.isSet(QStringLiteral("timeout"))) {
        auto ms = units::parseDurationMs(p.value(QStringLiteral("timeout")));
        if (!ms)
            return ctx.fail(ms.error());
        s.connectionTimeoutMs = *ms;
    }
    s.datacenters = p.values(QStringLiteral("datacenter"));
    s.cert.trustedSha256 = p.value(QStringLiteral("trusted-cert-fingerprint"));
    if (p.isSet(QStringLiteral("host-direct-reads"))) {
        auto on = onOffOption(p, QStringLiteral("host-direct-reads"));
        if (!on)
            return ctx.fail(on.error());
        s.hostDirectReads = *on;
    }

    auto added = svc->add(s, password);
    if (!added)
        return ctx.fail(added.error());
    reportStatus(ctx, *added, Text::tr("Successfully added new source \"%1\"").arg(added->name));
    return ExitOk;
}

int sourceList(Context &ctx, const QCommandLineParser &, const QStringList &)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto sources = SourceRepository(*db).all();
    if (!sources)
        return ctx.fail(sources.error());
    Table t;
    t.headers = QStringList {Text::tr("Name"), Text::tr("Type"), Text::tr("Endpoint"),
        Text::tr("Connectivity Status"), Text::tr("Username"),
        Text::tr("Trusted TLS Cert SHA256 Fingerprint")};
    t.keys = QStringList {QStringLiteral("name"), QStringLiteral("type"),
        QStringLiteral("endpoint"), QStringLiteral("connectivity_status"),
        QStringLiteral("username"), QStringLiteral("trusted_cert_fingerprint")};
    for (const Source &s : std::as_const(*sources))
        t.rows << QJsonArray {s.name, s.sourceType, s.endpoint, s.connectivityStatus, s.username,
            s.cert.trustedSha256};
    ctx.out() << render(t, ctx.format());
    return ExitOk;
}

int sourceShow(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto s = SourceRepository(*db).byName(args.value(0));
    if (!s)
        return ctx.fail(s.error());
    QJsonObject o = sourceJson(*s, true);
    auto vms = InstanceRepository(*db).bySource(s->id);
    o.insert(QStringLiteral("instances"), vms ? int(vms->size()) : 0);
    ctx.out() << renderObject(o, ctx.format());
    return ExitOk;
}

int sourceUpdate(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto current = SourceRepository(*db).byName(args.value(0));
    if (!current)
        return ctx.fail(current.error());
    Source s = *current;
    QByteArray password;
    bool newPassword = false;

    const bool anyOption = !p.optionNames().isEmpty();
    if (!anyOption && ctx.interactive()) {
        // The seed's interactive update: every field with its current value as the default.
        auto name = ctx.ask(Text::tr("Source name"), s.name, QStringLiteral("--name"));
        auto endpoint
            = name ? ctx.ask(Text::tr("Endpoint"), s.endpoint, QStringLiteral("--endpoint")) : name;
        if (!endpoint)
            return ctx.fail(endpoint.error());
        s.name = *name;
        s.endpoint = *endpoint;
        auto auth = ctx.ask(Text::tr("Update configured authentication? (yes/no)"),
            QStringLiteral("no"), QStringLiteral("--username/--password-stdin"));
        if (auth && auth->startsWith(QLatin1Char('y'), Qt::CaseInsensitive)) {
            auto user = ctx.ask(Text::tr("Please enter username for endpoint '%1'").arg(s.endpoint),
                s.username, QStringLiteral("--username"));
            auto pass = ctx.ask(Text::tr("Please enter password for endpoint '%1'").arg(s.endpoint),
                QString(), QStringLiteral("--password-stdin"), true);
            if (!user || !pass)
                return ctx.fail(!user ? user.error() : pass.error());
            s.username = *user;
            password = pass->toUtf8();
            newPassword = true;
        }
        auto limit = ctx.ask(Text::tr("How many instances can be concurrently imported?"),
            QString::number(s.importLimit), QStringLiteral("--import-limit"));
        if (limit)
            s.importLimit = limit->toInt();
        auto fp = ctx.ask(Text::tr("Manually-set trusted TLS cert SHA256 fingerprint"),
            s.cert.trustedSha256, QStringLiteral("--trusted-cert-fingerprint"));
        if (fp)
            s.cert.trustedSha256 = *fp;
    } else {
        if (p.isSet(QStringLiteral("name")))
            s.name = p.value(QStringLiteral("name"));
        if (p.isSet(QStringLiteral("endpoint")))
            s.endpoint = p.value(QStringLiteral("endpoint"));
        if (p.isSet(QStringLiteral("username")))
            s.username = p.value(QStringLiteral("username"));
        if (p.isSet(QStringLiteral("password-stdin"))) {
            password = ctx.readStdin();
            newPassword = true;
            if (password.isEmpty())
                return ctx.fail(
                    Error(Error::Code::InvalidInput, Text::tr("The password is empty.")));
        }
        if (p.isSet(QStringLiteral("import-limit"))) {
            auto v = intOption(p, QStringLiteral("import-limit"));
            if (!v)
                return ctx.fail(v.error());
            s.importLimit = *v;
        }
        if (p.isSet(QStringLiteral("timeout"))) {
            auto ms = units::parseDurationMs(p.value(QStringLiteral("timeout")));
            if (!ms)
                return ctx.fail(ms.error());
            s.connectionTimeoutMs = *ms;
        }
        if (p.isSet(QStringLiteral("datacenter")))
            s.datacenters = p.values(QStringLiteral("datacenter"));
        if (p.isSet(QStringLiteral("trusted-cert-fingerprint")))
            s.cert.trustedSha256 = p.value(QStringLiteral("trusted-cert-fingerprint"));
        if (p.isSet(QStringLiteral("host-direct-reads"))) {
            auto on = onOffOption(p, QStringLiteral("host-direct-reads"));
            if (!on)
                return ctx.fail(on.error());
            s.hostDirectReads = *on;
        }
    }
    SourceService svc(*db, std::make_shared<CredentialStore>());
    auto updated = svc.update(s, newPassword ? &password : nullptr);
    if (!updated)
        return ctx.fail(updated.error());
    reportStatus(ctx, *updated, Text::tr("Successfully updated source \"%1\"").arg(updated->name));
    return ExitOk;
}

int sourceRemove(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    if (Status st = svc->remove(args.value(0)); !st)
        return ctx.fail(st.error());
    ctx.out() << Text::tr("Successfully removed source \"%1\".").arg(args.value(0)) << Qt::endl;
    return ExitOk;
}

int sourceSync(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    auto report = svc->sync(args.value(0));
    if (!report)
        return ctx.fail(report.error());
    QJsonObject o {{QStringLiteral("source"), args.value(0)},
        {QStringLiteral("instances"), report->instances},
        {QStringLiteral("networks"), report->networks},
        {QStringLiteral("missing_instances"), report->missingInstances},
        {QStringLiteral("skipped_templates"), report->skippedTemplates},
        {QStringLiteral("skipped_system_vms"), report->skippedSystemVms},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)},
        {QStringLiteral("elapsed_ms"), report->elapsedMs}};
    if (ctx.format() == Format::Table) {
        ctx.out() << Text::tr("Synced source \"%1\": %2 instances, %3 networks in %4 s.")
                         .arg(args.value(0))
                         .arg(report->instances)
                         .arg(report->networks)
                         .arg(report->elapsedMs / 1000.0, 0, 'f', 1)
                  << Qt::endl;
        if (report->missingInstances > 0)
            ctx.out() << Text::tr("%1 instances are gone from the source and are marked missing.")
                             .arg(report->missingInstances)
                      << Qt::endl;
        for (const QString &w : std::as_const(report->warnings))
            ctx.out() << Text::tr("Warning: %1").arg(w) << Qt::endl;
    } else {
        ctx.out() << renderObject(o, ctx.format());
    }
    return ExitOk;
}

int sourceLogin(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    return storeLogin(ctx, p, args, &service, [&]() -> Result<LoginSecret> {
        auto db = ctx.database();
        auto s = SourceRepository(*db).byName(args.value(0));
        if (!s)
            return s.error();
        QByteArray password;
        if (p.isSet(QStringLiteral("password-stdin"))) {
            password = ctx.readStdin();
        } else {
            auto typed = ctx.ask(Text::tr("Please enter password of user %1 for source '%2' (%3)")
                                     .arg(s->username, s->name, s->endpoint),
                QString(), QStringLiteral("--password-stdin"), true);
            if (!typed)
                return typed.error();
            password = typed->toUtf8();
        }
        if (password.isEmpty())
            return Error(Error::Code::InvalidInput, Text::tr("The password is empty."));
        return LoginSecret {
            s->name, Text::tr("the password of source \"%1\"").arg(s->name), password};
    });
}

} // namespace

QList<Command> sourceCommands()
{
    const QString n = QStringLiteral("source");
    const auto common = QList<QCommandLineOption> {
        opt(QStringLiteral("username"), Text::tr("User name for the vCenter or ESXi"),
            Text::tr("USER")),
        opt(QStringLiteral("password-stdin"), Text::tr("Read the password from standard input")),
        opt(QStringLiteral("import-limit"),
            Text::tr("How many instances may be imported at once (default 50)"), Text::tr("N")),
        opt(QStringLiteral("timeout"),
            Text::tr("Connection timeout, e.g. 30s or 10m (default 10m)"), Text::tr("DURATION")),
        opt(QStringLiteral("datacenter"), Text::tr("Only this datacenter (repeatable)"),
            Text::tr("DC")),
        opt(QStringLiteral("trusted-cert-fingerprint"),
            Text::tr("Trust the server certificate with this SHA-256 fingerprint"), Text::tr("FP")),
        opt(QStringLiteral("host-direct-reads"),
            Text::tr("vCenter only: read disks from the VM's ESXi host with a one-time service "
                     "ticket per read, falling back to vCenter (default off)"),
            Text::tr("on|off"))};
    QList<Command> list;
    list << Command {n, QStringLiteral("add"), Text::tr("Register a VMware vCenter or ESXi source"),
        Text::tr("NAME ENDPOINT"), 2, 2, common,
        {QStringLiteral("ferryctl source add vc01 https://vc01.example.com"),
            QStringLiteral("printf %s \"$PW\" | ferryctl source add esxi01 10.10.0.3 --username "
                           "root --password-stdin")},
        sourceAdd};
    list << Command {n, QStringLiteral("list"), Text::tr("List the registered VMware sources"), {},
        0, 0, {},
        {QStringLiteral("ferryctl source list"),
            QStringLiteral("ferryctl source list --format json")},
        sourceList};
    list << Command {n, QStringLiteral("show"), Text::tr("Show one source in detail"),
        Text::tr("NAME"), 1, 1, {}, {QStringLiteral("ferryctl source show vc01")}, sourceShow};
    auto updateOptions = common;
    updateOptions.prepend(
        opt(QStringLiteral("endpoint"), Text::tr("New endpoint"), Text::tr("URL")));
    updateOptions.prepend(opt(QStringLiteral("name"), Text::tr("New name"), Text::tr("NAME")));
    list << Command {n, QStringLiteral("update"),
        Text::tr("Change a source (asks for each field in a terminal when no option is given)"),
        Text::tr("NAME"), 1, 1, updateOptions,
        {QStringLiteral("ferryctl source update vc01 --trusted-cert-fingerprint ba4f5b77..."),
            QStringLiteral("ferryctl source update vc01")},
        sourceUpdate};
    list << Command {n, QStringLiteral("remove"),
        Text::tr(
            "Remove a source, its instances and its password (refused while a running batch uses "
            "it)"),
        Text::tr("NAME"), 1, 1, {}, {QStringLiteral("ferryctl source remove vc01")}, sourceRemove};
    auto loginOptions = credentialOptions();
    loginOptions.prepend(
        opt(QStringLiteral("password-stdin"), Text::tr("Read the password from standard input")));
    list << Command {n, QStringLiteral("login"),
        Text::tr("Store the password of a registered source on this host (after logging in with "
                 "it), in the keychain or as a systemd credential in DIR; the shared database "
                 "is not changed"),
        Text::tr("NAME [DIR]"), 1, 2, loginOptions,
        {QStringLiteral("ferryctl source login vc01"),
            QStringLiteral("printf %s \"$PW\" | ferryctl source login vc01 --password-stdin"),
            QStringLiteral("ferryctl source login vc01 --systemd-creds")},
        sourceLogin};
    list << Command {n, QStringLiteral("sync"), Text::tr("Read the source's VMs and networks now"),
        Text::tr("NAME"), 1, 1, {}, {QStringLiteral("ferryctl source sync vc01")}, sourceSync};
    return list;
}

} // namespace ferry::cli
