#pragma once

// Internal to transfer/: not part of its interface (transfer/vmimport.h is).

#include "transfer/extentreader.h"
#include "transfer/sha256.h"
#include "transfer/tarformat.h"
#include "transfer/zeroscan.h"

#include <QIODevice>

#include <memory>

namespace ferry::transfer {

// What to upload where: the same streaming serves a VM (instance backup) and a custom volume.
struct Upload
{
    incus::TargetConnection connection;
    QString path; // POST path with the project (incus::path)
    QString name; // <prefix>name
    QString pool; // <prefix>pool: where the instance goes (empty: not sent)
    QVector<QPair<QString, QByteArray>> files; // small files before the image
    QString imageName; // backup/virtual-machine.img or backup/volume.img
    QString what; // for messages
};

// The tar stream: index.yaml, backup.yaml, then the disk image, whose bytes arrive from ranged
// reads of the datastore; with zeros skipped, the image is a PAX 1.0 sparse member (its map
// first, then the data regions). A sequential device of known size, opened unbuffered, so the
// upload streams it.
class BackupStream final : public QIODevice
{
    Q_OBJECT

public:
    // scan: where the data is (zeros skipped), or nullptr (every byte sent).
    BackupStream(const DiskSource &source, const Upload &target, const StreamOptions &options,
        const Scan *scan)
        : m_source(source)
        , m_options(options)
        , m_limit(qint64(options.readsInFlight + 2) * options.chunkBytes)
    {
        QByteArray prefix;
        auto add = [&](const QString &name, const QByteArray &content, char type = '0') {
            prefix += tarHeader(name, content.size(), 0600, type);
            prefix += content;
            prefix += QByteArray(int(tarPadding(content.size())), '\0');
        };
        for (const auto &file : target.files)
            add(file.first, file.second);
        qint64 memberSize = source.sizeBytes;
        QVector<Piece> runs {{0, source.sizeBytes}};
        if (scan) {
            m_scan = scan;
            runs = scan->dataRuns;
            // GNU sparse 1.0 in PAX: the real name and size in an extended header, then a
            // member whose data starts with the map ("<count>\n" and "<offset>\n<length>\n" per
            // region, padded to a block) and goes on with the regions' bytes. A disk that ends
            // in a hole ends its map with an empty region at its size, as GNU tar writes it.
            const QString base = target.imageName.section(QLatin1Char('/'), -1);
            const QString dir = target.imageName.section(QLatin1Char('/'), 0, -2);
            add(dir + QStringLiteral("/PaxHeaders/") + base,
                paxRecord("GNU.sparse.major", "1") + paxRecord("GNU.sparse.minor", "0")
                    + paxRecord("GNU.sparse.name", target.imageName.toUtf8())
                    + paxRecord("GNU.sparse.realsize", QByteArray::number(source.sizeBytes)),
                'x');
            QVector<Piece> map = runs;
            if (map.isEmpty() || map.last().offset + map.last().length < source.sizeBytes)
                map.push_back({source.sizeBytes, 0});
            QByteArray text = QByteArray::number(map.size()) + '\n';
            for (const Piece &p : std::as_const(map))
                text += QByteArray::number(p.offset) + '\n' + QByteArray::number(p.length) + '\n';
            text += QByteArray(int(tarPadding(text.size())), '\0');
            memberSize = text.size() + scan->dataBytes;
            prefix += tarHeader(dir + QStringLiteral("/GNUSparseFile.0/") + base, memberSize);
            prefix += text;
        } else {
            prefix += tarHeader(target.imageName, source.sizeBytes);
        }
        m_dataBytes = scan ? scan->dataBytes : source.sizeBytes;
        // No end-of-archive blocks: the archive ends after the image's padding, and readers
        // stop at the end of the file (Go's archive/tar and GNU tar both accept that). LXD runs
        // GNU tar on the staged archive with the file fed through a pipe by a goroutine it does
        // not wait for; with the two zero blocks, tar can stop and exit before that goroutine's
        // last read, which then lands after LXD has rewound the file for its own tar reader and
        // takes 32 KiB from it: "Create instance from backup: unexpected EOF", now and then, on
        // archives that end on a 10240-byte record under load. Without them, tar reads to the
        // end of the file, so the goroutine is done before tar exits (docs/transfer.md).
        m_suffix = tarPadding(memberSize);
        m_total = prefix.size() + m_dataBytes + m_suffix;
        push(std::move(prefix));

        m_reader = std::make_unique<ExtentReader>(
            source, piecesOf(runs, options.chunkBytes), options.readsInFlight, options.cancel);
        m_reader->setRateLimit(options.readLimitBytesPerSecond);
        m_reader->setRoom(
            [this](qint64 bytes) { return m_queued + m_reader->pending() + bytes <= m_limit; });
        m_reader->setConsumer(
            [this](const Piece &piece, QByteArray &&data) { consume(piece, std::move(data)); });
        connect(m_reader.get(), &ExtentReader::failed, this, &BackupStream::failed);
        connect(m_reader.get(), &ExtentReader::finished, this, &BackupStream::readerFinished);
        m_settled = scan ? source.sizeBytes - scan->dataBytes : 0;
    }

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_total; }
    qint64 bytesAvailable() const override { return m_queued + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_sent >= m_total; }

    qint64 total() const { return m_total; }
    qint64 dataBytes() const { return m_dataBytes; }
    qint64 sent() const { return m_sent; }
    QString sha256()
    {
        return QString::fromLatin1((m_scan ? m_scan->sha256 : m_hash.result()).toHex());
    }
    qint64 bytesRead() const { return m_reader->bytesRead(); }
    qint64 peakBuffered() const { return m_peak; }
    std::optional<Error> failure() const
    {
        if (m_failure)
            return m_failure;
        return m_reader->failure();
    }

    void start() { m_reader->pump(); }
    void abortReads() { m_reader->abort(); }

Q_SIGNALS:
    void failed();

protected:
    qint64 readData(char *data, qint64 max) override
    {
        qint64 n = 0;
        while (n < max && !m_queue.isEmpty()) {
            const QByteArray &front = m_queue.first();
            const qint64 take = qMin<qint64>(max - n, front.size() - m_frontPos);
            std::memcpy(data + n, front.constData() + m_frontPos, size_t(take));
            n += take;
            m_frontPos += take;
            if (m_frontPos == front.size()) {
                m_queue.removeFirst();
                m_frontPos = 0;
            }
        }
        m_queued -= n;
        m_sent += n;
        if (n > 0 && !m_pumpQueued) {
            // Room for more reads; not from inside the upload's read.
            m_pumpQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this]() {
                    m_pumpQueued = false;
                    m_reader->pump();
                },
                Qt::QueuedConnection);
        }
        // Nothing to give: -1 only after a failure (the upload then ends with an error), else
        // 0, which the upload takes as "later" (readyRead follows) on a sequential device.
        if (n == 0 && failure())
            return -1;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void push(QByteArray &&bytes)
    {
        if (bytes.isEmpty())
            return;
        m_queued += bytes.size();
        m_queue.push_back(std::move(bytes));
        m_peak = qMax(m_peak, m_queued + (m_reader ? m_reader->pending() : 0));
        Q_EMIT readyRead();
    }

    void consume(const Piece &piece, QByteArray &&data)
    {
        Q_UNUSED(piece);
        m_hash.add(data);
        m_settled += data.size();
        push(std::move(data));
        if (m_options.progress)
            m_options.progress(m_settled, m_source.sizeBytes);
    }

    void readerFinished()
    {
        if (m_scan && m_hash.result() != m_scan->dataSha256) {
            m_failure = Error(Error::Code::Io,
                tr("The source disk changed while it was copied: its data read twice differs."));
            m_reader->abort();
            Q_EMIT failed();
            return;
        }
        push(QByteArray(int(m_suffix), '\0'));
    }

    DiskSource m_source;
    StreamOptions m_options;
    Sha256 m_hash;
    const Scan *m_scan = nullptr;
    std::unique_ptr<ExtentReader> m_reader;
    QList<QByteArray> m_queue;
    qint64 m_frontPos = 0;
    qint64 m_queued = 0;
    qint64 m_limit = 0;
    qint64 m_total = 0;
    qint64 m_dataBytes = 0;
    qint64 m_suffix = 0;
    qint64 m_sent = 0;
    qint64 m_settled = 0;
    qint64 m_peak = 0;
    bool m_pumpQueued = false;
    std::optional<Error> m_failure;
};

} // namespace ferry::transfer
