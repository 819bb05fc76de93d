#include "cli.h"

#include "artifacts/artifactservice.h"
#include "store/database.h"
#include "util/units.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace ferry::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferryctl)
};

Result<artifacts::ArtifactService> service(Context &ctx)
{
    auto db = ctx.database();
    if (!db)
        return db.error();
    return artifacts::ArtifactService(*db, ctx.dataDir());
}

Result<qint64> idArgument(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error(Error::Code::InvalidInput,
            Text::tr("\"%1\" is not an artifact ID (a number, see ferryctl artifact list).")
                .arg(text));
    return id;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject artifactJson(const Artifact &a)
{
    return QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("uuid"), a.uuid},
        {QStringLiteral("type"), a.type}, {QStringLiteral("os"), a.os},
        {QStringLiteral("description"), a.description},
        {QStringLiteral("versions"), QJsonArray::fromStringList(a.versions)},
        {QStringLiteral("architectures"), QJsonArray::fromStringList(a.architectures)},
        {QStringLiteral("drivers"), QJsonArray::fromStringList(a.drivers)},
        {QStringLiteral("size_bytes"), a.sizeBytes}, {QStringLiteral("sha256"), a.sha256},
        {QStringLiteral("path"), a.path}, {QStringLiteral("added_at"), timeText(a.addedAt)}};
}

int artifactAdd(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    auto added = svc->add(args.value(0), p.value(QStringLiteral("description")));
    if (!added)
        return ctx.fail(added.error());
    if (ctx.format() != Format::Table) {
        ctx.out() << renderObject(artifactJson(*added), ctx.format());
        return ExitOk;
    }
    ctx.out() << Text::tr("Added artifact %1: virtio-win drivers (%2) for %3 on %4, stored at %5.")
                     .arg(QString::number(added->id), added->drivers.join(QStringLiteral(", ")),
                         added->versions.join(QStringLiteral(", ")),
                         added->architectures.join(QStringLiteral(", ")), added->path)
              << Qt::endl;
    return ExitOk;
}

int artifactList(Context &ctx, const QCommandLineParser &, const QStringList &)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    auto all = svc->list();
    if (!all)
        return ctx.fail(all.error());
    Table t;
    t.headers = QStringList {Text::tr("ID"), Text::tr("Type"), Text::tr("OS"), Text::tr("Versions"),
        Text::tr("Architectures"), Text::tr("Size"), Text::tr("Added"), Text::tr("Description")};
    t.keys = QStringList {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("os"),
        QStringLiteral("versions"), QStringLiteral("architectures"), QStringLiteral("size_bytes"),
        QStringLiteral("added_at"), QStringLiteral("description")};
    const bool table = ctx.format() == Format::Table;
    for (const Artifact &a : std::as_const(*all)) {
        const QJsonValue versions = table ? QJsonValue(a.versions.join(QStringLiteral(", ")))
                                          : QJsonValue(QJsonArray::fromStringList(a.versions));
        const QJsonValue archs = table ? QJsonValue(a.architectures.join(QStringLiteral(", ")))
                                       : QJsonValue(QJsonArray::fromStringList(a.architectures));
        const QJsonValue size
            = table ? QJsonValue(units::formatBytes(a.sizeBytes)) : QJsonValue(a.sizeBytes);
        t.rows << QJsonArray {
            a.id, a.type, a.os, versions, archs, size, timeText(a.addedAt), a.description};
    }
    ctx.out() << render(t, ctx.format());
    return ExitOk;
}

int artifactShow(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto id = idArgument(args.value(0));
    if (!id)
        return ctx.fail(id.error());
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    auto a = svc->show(*id);
    if (!a)
        return ctx.fail(a.error());
    QJsonObject o = artifactJson(*a);
    // Whether this host has the file the database names (an engine here would use it).
    const Status here = artifacts::ArtifactService::verifyFile(*a);
    o.insert(
        QStringLiteral("file_on_this_host"), here ? QStringLiteral("ok") : here.error().message);
    ctx.out() << renderObject(o, ctx.format());
    return ExitOk;
}

int artifactRemove(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto id = idArgument(args.value(0));
    if (!id)
        return ctx.fail(id.error());
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    if (Status st = svc->remove(*id); !st)
        return ctx.fail(st.error());
    ctx.out() << Text::tr("Removed artifact %1 and its file.").arg(*id) << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> artifactCommands()
{
    const QString n = QStringLiteral("artifact");
    QList<Command> list;
    list << Command {n, QStringLiteral("add"),
        Text::tr("Add a virtio-win driver ISO (checked, then copied into Ferry's data directory); "
                 "Windows guests wait for one before they are converted"),
        Text::tr("FILE"), 1, 1,
        {QCommandLineOption(QStringList {QStringLiteral("description")},
            Text::tr("A description (default: the file's name)"), Text::tr("TEXT"))},
        {QStringLiteral("ferryctl artifact add virtio-win-0.1.266.iso"),
            QStringLiteral("ferryctl artifact add virtio-win.iso --description \"virtio-win "
                           "0.1.266\"")},
        artifactAdd};
    list << Command {n, QStringLiteral("list"), Text::tr("List the artifacts"), {}, 0, 0, {},
        {QStringLiteral("ferryctl artifact list"),
            QStringLiteral("ferryctl artifact list --format json")},
        artifactList};
    list << Command {n, QStringLiteral("show"),
        Text::tr("Show one artifact: what is on it, its file, and whether this host has that file"),
        Text::tr("ID"), 1, 1, {}, {QStringLiteral("ferryctl artifact show 1")}, artifactShow};
    list << Command {n, QStringLiteral("remove"), Text::tr("Remove an artifact and its file"),
        Text::tr("ID"), 1, 1, {}, {QStringLiteral("ferryctl artifact remove 1")}, artifactRemove};
    return list;
}

} // namespace ferry::cli
