#include "transfer/vmimport.h"

#include "incus/incusclient.h"
#include "net/httpclient.h"
#include "transfer/backupstream.h"
#include "transfer/rawupload.h"
#include "transfer/zeroscan.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

#include <optional>

namespace ferry::transfer {

Q_LOGGING_CATEGORY(lcTransfer, "ferry.transfer", QtInfoMsg)

namespace {

// Where the zeros of `source` are, when they are worth skipping (nullopt: every byte sent).
Result<std::optional<Scan>> zeroScan(
    const DiskSource &source, const QString &name, const StreamOptions &options, qint64 *extraRead)
{
    bool skip = options.zeros == ZeroRegions::Skip;
    if (options.zeros == ZeroRegions::Auto && source.sizeBytes >= 64 * 1024 * 1024) {
        auto share = sampleZeroShare(source, options, extraRead);
        if (!share)
            return share.error();
        skip = *share >= 0.5;
        qCInfo(lcTransfer) << name << "zero share of the samples" << *share
                           << (skip ? "- zeros skipped" : "- every byte sent");
    }
    if (!skip)
        return std::optional<Scan>();
    auto s = scanExtent(source, options, extraRead);
    if (!s)
        return s.error();
    return std::optional<Scan>(std::move(*s));
}

// One upload of a backup archive holding `members` (the first: the instance's or the volume's
// own image); a result per member.
Result<QVector<StreamResult>> streamBackup(
    const Upload &target, QVector<StreamMember> members, const StreamOptions &options)
{
    QElapsedTimer timer;
    timer.start();

    // Where the zeros are, every disk before the upload: the archive's size goes first.
    QVector<qint64> extraRead(members.size(), 0);
    std::vector<std::optional<Scan>> scans(size_t(members.size()));
    for (int i = 0; i < members.size(); ++i) {
        StreamOptions own = options; // the scan's progress (the zeros it settles) is the disk's
        own.progress = members.at(i).progress;
        auto scan = zeroScan(members.at(i).source, i == 0 ? target.name : members.at(i).imageName,
            own, &extraRead[i]);
        if (!scan)
            return scan.error();
        scans[size_t(i)] = std::move(*scan);
        if (scans[size_t(i)])
            members[i].scan = &*scans[size_t(i)];
    }

    BackupStream stream(target, members, options);
    stream.open(QIODevice::ReadOnly | QIODevice::Unbuffered);

    RawUpload upload(target, target.path, &stream, stream.total());
    // Queued: never from inside the stream's own calls.
    QObject::connect(
        &stream, &BackupStream::failed, &upload, &RawUpload::abort, Qt::QueuedConnection);
    QEventLoop loop;
    QObject::connect(&upload, &RawUpload::done, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    if (options.cancel) {
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&]() {
            if (options.cancel->load()) {
                stream.abortReads();
                upload.abort();
            }
        });
        cancelPoll.start(200);
    }
    stream.start();
    upload.start();
    if (!upload.isDone())
        loop.exec();
    cancelPoll.stop();
    stream.abortReads();

    const int status = upload.status();
    const QByteArray body = upload.body();
    if (auto f = stream.failure())
        return *f;
    if (options.cancel && options.cancel->load())
        return canceledError();
    if (status == 0)
        return Error(Error::Code::Network,
            TransferText::tr("Sending the disk to %1 failed.")
                .arg(target.connection.endpoint.host()),
            upload.error());
    if (status < 300 && stream.sent() != stream.total())
        return Error(Error::Code::Internal,
            TransferText::tr("bug: the upload ended after %1 of %2 bytes.")
                .arg(stream.sent())
                .arg(stream.total()));
    auto envelope = incus::parse::envelope(status, body, target.what);
    if (!envelope)
        return envelope.error();
    if (envelope->type != QLatin1String("async") || envelope->operation.isEmpty())
        return Error(Error::Code::Server,
            TransferText::tr("The target did not start an import operation."),
            QString::fromUtf8(body.left(300)));

    // Wait for the import until it ends: the server unpacks after the upload, for minutes with a
    // large disk, and a wait limited by the connection timeout would leave it running unseen.
    net::HttpClient http;
    target.connection.configure(http);
    incus::IncusClient client(
        &http, target.connection.endpoint, target.connection.operationTimeoutMs);
    const auto report = [&](const QJsonObject &operation) {
        const QString state = QStringLiteral("%1 (%2)").arg(
            operation.value(QStringLiteral("status")).toString(QStringLiteral("Running")),
            operation.value(QStringLiteral("description")).toString());
        qCInfo(lcTransfer) << target.name << "import:" << state;
        if (options.importState)
            options.importState(state);
    };
    // The state the server answered the upload with (it starts unpacking), then one a poll.
    report(envelope->metadata.toObject());
    auto op = client.waitOperationToEnd(envelope->operation, report, options.cancel);
    if (!op)
        return op.error();

    QVector<StreamResult> results;
    for (int i = 0; i < members.size(); ++i) {
        StreamResult result;
        result.sha256 = stream.sha256(i);
        result.diskBytes = members.at(i).source.sizeBytes;
        result.bytesRead = stream.bytesRead(i) + extraRead.at(i);
        result.bytesSent = members.size() == 1 ? stream.total() : stream.memberBytes(i);
        result.dataBytes = stream.memberDataBytes(i);
        result.zerosSkipped = scans[size_t(i)].has_value();
        result.peakBufferedBytes = stream.peakBuffered();
        result.elapsedMs = timer.elapsed();
        qCInfo(lcTransfer) << "imported" << target.name << members.at(i).imageName
                           << result.diskBytes << "disk bytes," << result.bytesRead << "read,"
                           << result.bytesSent << "sent in" << result.elapsedMs << "ms, peak buffer"
                           << result.peakBufferedBytes;
        results << result;
    }
    return results;
}

Result<StreamResult> streamOne(
    const DiskSource &source, const Upload &target, const StreamOptions &options)
{
    auto results = streamBackup(
        target, {StreamMember {source, target.imageName, nullptr, options.progress}}, options);
    if (!results)
        return results.error();
    return results->first();
}

} // namespace

Result<StreamResult> streamDiskIntoNewVm(
    const DiskSource &source, const VmTarget &target, const StreamOptions &options)
{
    Upload u {target.connection,
        incus::path::onMember(incus::path::instances(target.connection.project), target.member),
        target.instanceName, target.pool,
        {{QStringLiteral("backup/index.yaml"), target.indexYaml},
            {QStringLiteral("backup/virtual-machine/backup.yaml"), target.backupYaml}},
        QStringLiteral("backup/virtual-machine.img"), TransferText::tr("the instance import")};
    return streamOne(source, u, options);
}

Result<StreamResult> streamDiskIntoNewVolume(
    const DiskSource &source, const VolumeTarget &target, const StreamOptions &options)
{
    Upload u {target.connection,
        incus::path::onMember(
            incus::path::customVolumes(target.pool, target.connection.project), target.member),
        target.volumeName, QString(), {{QStringLiteral("backup/index.yaml"), target.indexYaml}},
        QStringLiteral("backup/volume.img"), TransferText::tr("the volume import")};
    return streamOne(source, u, options);
}

QString dependentImagePath(const QString &volumeName)
{
    return QStringLiteral("backup/%1/volume.img").arg(volumeName);
}

Result<QVector<StreamResult>> streamDisksIntoNewVm(const DiskSource &root,
    const QVector<DependentDisk> &dependents, const VmTarget &target, const StreamOptions &options)
{
    Upload u {target.connection,
        incus::path::onMember(incus::path::instances(target.connection.project), target.member),
        target.instanceName, target.pool,
        {{QStringLiteral("backup/index.yaml"), target.indexYaml},
            {QStringLiteral("backup/virtual-machine/backup.yaml"), target.backupYaml}},
        QStringLiteral("backup/virtual-machine.img"), TransferText::tr("the instance import")};
    QVector<StreamMember> members {{root, u.imageName, nullptr, options.progress}};
    for (const DependentDisk &d : dependents)
        members << StreamMember {d.source, dependentImagePath(d.volumeName), nullptr, d.progress};
    return streamBackup(u, members, options);
}

} // namespace ferry::transfer
