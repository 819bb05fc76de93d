#include "engine/targetstate.h"

#include "engine/targetconfig.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ferry::engine::targetstate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ferry::engine::targetstate", text);
}

} // namespace

bool madeFor(const QJsonObject &object, qint64 entryId, const QString &uuid)
{
    const QJsonObject config = object.value(QLatin1String("config")).toObject();
    return config.value(marker::QueueEntry).toString() == QString::number(entryId)
        && (uuid.isEmpty()
            || config.value(marker::InstanceUuid).toString().compare(uuid, Qt::CaseInsensitive)
                == 0);
}

bool usableName(const QString &name)
{
    if (name.isEmpty() || name.size() > 255)
        return false;
    for (const QChar ch : name) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f || ch == QLatin1Char('/')
            || ch == QLatin1Char('?') || ch == QLatin1Char('#') || ch == QLatin1Char('%'))
            return false;
    }
    return true;
}

Result<Leftovers> leftovers(const QJsonValue &list, qint64 entryId, const QString &uuid,
    const QString &name, const QString &what)
{
    if (!list.isArray())
        return Error(Error::Code::Server, tr("The target's list of %1 is not a list.").arg(what));
    Leftovers out;
    for (const QJsonValue &v : list.toArray()) {
        if (!v.isObject())
            return Error(Error::Code::Server,
                tr("The target's list of %1 holds something that is not an object.").arg(what));
        const QJsonObject object = v.toObject();
        const QString objectName = object.value(QLatin1String("name")).toString();
        if (madeFor(object, entryId, uuid)) {
            if (!usableName(objectName))
                return Error(Error::Code::Server,
                    tr("The target lists one of Ferry's %1 under an unusable name: \"%2\".")
                        .arg(what, objectName.left(80)));
            if (!out.ours.contains(objectName))
                out.ours << objectName;
        } else if (!name.isEmpty() && objectName == name) {
            out.nameTaken = true;
        }
    }
    return out;
}

QStringList operationsHolding(const QJsonValue &operations, const QString &path)
{
    QStringList ids;
    const QJsonObject byStatus = operations.toObject();
    for (const char *status : {"running", "pending"}) {
        for (const QJsonValue &v : byStatus.value(QLatin1String(status)).toArray()) {
            const QJsonObject op = v.toObject();
            const QString id = op.value(QLatin1String("id")).toString();
            if (!usableName(id) || ids.contains(id))
                continue;
            const QJsonObject resources = op.value(QLatin1String("resources")).toObject();
            bool holds = false;
            for (auto it = resources.begin(); it != resources.end() && !holds; ++it) {
                for (const QJsonValue &r : it.value().toArray()) {
                    const QString url = r.toString();
                    const qsizetype q = url.indexOf(QLatin1Char('?'));
                    if ((q < 0 ? url : url.left(q)) == path) {
                        holds = true;
                        break;
                    }
                }
            }
            if (holds)
                ids << id;
        }
    }
    return ids;
}

Result<QJsonObject> reconfigured(
    const QJsonValue &current, const QMap<QString, QString> &config, const QJsonObject &devices)
{
    if (!current.isObject())
        return Error(
            Error::Code::Server, tr("The target's answer for the instance is not an object."));
    const QJsonObject inst = current.toObject();
    QJsonObject newConfig = inst.value(QLatin1String("config")).toObject();
    for (auto it = config.begin(); it != config.end(); ++it)
        newConfig.insert(it.key(), it.value());
    QJsonObject newDevices = inst.value(QLatin1String("devices")).toObject();
    for (auto it = devices.begin(); it != devices.end(); ++it)
        newDevices.insert(it.key(), it.value());
    QJsonObject put;
    for (const char *key : {"architecture", "description", "ephemeral", "profiles", "stateful"})
        if (inst.contains(QLatin1String(key)))
            put.insert(QLatin1String(key), inst.value(QLatin1String(key)));
    put.insert(QLatin1String("config"), newConfig);
    put.insert(QLatin1String("devices"), newDevices);
    return put;
}

} // namespace ferry::engine::targetstate
