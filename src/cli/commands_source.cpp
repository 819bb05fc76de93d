#include "cli.h"

#include "store/database.h"
#include "store/sourcerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace ferry::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("ferryctl", s);
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
    t.headers = QStringList {tr("Name"), tr("Type"), tr("Endpoint"), tr("Connectivity Status"),
        tr("Username"), tr("Trusted TLS Cert SHA256 Fingerprint")};
    t.keys = QStringList {QStringLiteral("name"), QStringLiteral("type"),
        QStringLiteral("endpoint"), QStringLiteral("connectivity_status"),
        QStringLiteral("username"), QStringLiteral("trusted_cert_fingerprint")};
    for (const Source &s : std::as_const(*sources))
        t.rows << QJsonArray {s.name, s.sourceType, s.endpoint, s.connectivityStatus, s.username,
            s.cert.trustedSha256};
    ctx.out() << render(t, ctx.format());
    return ExitOk;
}

} // namespace

QList<Command> sourceCommands()
{
    QList<Command> list;
    list << Command {QStringLiteral("source"), QStringLiteral("list"),
        tr("List the registered VMware sources"), {}, 0, 0, {},
        {QStringLiteral("ferryctl source list"),
            QStringLiteral("ferryctl source list --format json")},
        sourceList};
    return list;
}

} // namespace ferry::cli
