#pragma once

// Internal to transfer/: not part of its interface (transfer/vmimport.h is).

#include "transfer/extentreader.h"
#include "transfer/sha256.h"
#include "transfer/tarformat.h"
#include "transfer/zeroscan.h"

#include <QIODevice>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

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

// One disk image in the tar stream: its bytes (from the datastore), its path in the archive,
// where its data is (nullptr: every byte sent) and who hears of its progress.
struct StreamMember
{
    DiskSource source;
    QString imageName; // backup/virtual-machine.img, backup/volume.img, backup/<vol>/volume.img
    const Scan *scan = nullptr;
    std::function<void(qint64 done, qint64 total)> progress;
};

// The tar stream: the small files (index.yaml, backup.yaml), then each disk image in turn, whose
// bytes arrive from ranged reads of the datastore; with zeros skipped, an image is a PAX 1.0
// sparse member (its map first, then the data regions). Every header is known before the first
// byte (the upload's Content-Length is the archive's size), the images are read one after the
// other, each with its own reader and its own SHA-256. A sequential device of known size, opened
// unbuffered, so the upload streams it.
class BackupStream final : public QIODevice
{
    Q_OBJECT

public:
    // One image (an instance backup with its root disk, or a custom volume backup).
    // scan: where the data is (zeros skipped), or nullptr (every byte sent).
    BackupStream(const DiskSource &source, const Upload &target, const StreamOptions &options,
        const Scan *scan)
        : BackupStream(
            target, {StreamMember {source, target.imageName, scan, options.progress}}, options)
    { }

    // Several images in one archive (an instance backup with dependent volumes, Incus 6.23+).
    BackupStream(
        const Upload &target, const QVector<StreamMember> &members, const StreamOptions &options)
        : m_options(options)
        , m_limit(qint64(options.readsInFlight + 2) * options.chunkBytes)
    {
        for (const auto &file : target.files)
            m_prefix += fileBytes(file.first, file.second);
        m_prefixBytes = m_prefix.size();
        m_total = m_prefixBytes;
        for (const StreamMember &m : members) {
            auto owned = std::make_unique<Part>();
            Part &part = *owned;
            part.member = m;
            part.runs = {{0, m.source.sizeBytes}};
            qint64 memberSize = m.source.sizeBytes;
            if (m.scan) {
                part.runs = m.scan->dataRuns;
                // GNU sparse 1.0 in PAX: the real name and size in an extended header, then a
                // member whose data starts with the map ("<count>\n" and "<offset>\n<length>\n"
                // per region, padded to a block) and goes on with the regions' bytes. A disk that
                // ends in a hole ends its map with an empty region at its size, as GNU tar
                // writes it.
                const QString base = m.imageName.section(QLatin1Char('/'), -1);
                const QString dir = m.imageName.section(QLatin1Char('/'), 0, -2);
                part.header += fileBytes(dir + QStringLiteral("/PaxHeaders/") + base,
                    paxRecord("GNU.sparse.major", "1") + paxRecord("GNU.sparse.minor", "0")
                        + paxRecord("GNU.sparse.name", m.imageName.toUtf8())
                        + paxRecord("GNU.sparse.realsize", QByteArray::number(m.source.sizeBytes)),
                    'x');
                QVector<Piece> map = part.runs;
                if (map.isEmpty() || map.last().offset + map.last().length < m.source.sizeBytes)
                    map.push_back({m.source.sizeBytes, 0});
                QByteArray text = QByteArray::number(map.size()) + '\n';
                for (const Piece &p : std::as_const(map))
                    text += QByteArray::number(p.offset) + '\n' + QByteArray::number(p.length)
                        + '\n';
                text += QByteArray(int(tarPadding(text.size())), '\0');
                memberSize = text.size() + m.scan->dataBytes;
                part.header
                    += tarHeader(dir + QStringLiteral("/GNUSparseFile.0/") + base, memberSize);
                part.header += text;
            } else {
                part.header += tarHeader(m.imageName, m.source.sizeBytes);
            }
            part.dataBytes = m.scan ? m.scan->dataBytes : m.source.sizeBytes;
            // No end-of-archive blocks: the archive ends after the last image's padding, and
            // readers stop at the end of the file (Go's archive/tar and GNU tar both accept
            // that). LXD runs GNU tar on the staged archive with the file fed through a pipe by
            // a goroutine it does not wait for; with the two zero blocks, tar can stop and exit
            // before that goroutine's last read, which then lands after LXD has rewound the file
            // for its own tar reader and takes 32 KiB from it: "Create instance from backup:
            // unexpected EOF", now and then, on archives that end on a 10240-byte record under
            // load. Without them, tar reads to the end of the file, so the goroutine is done
            // before tar exits (docs/transfer.md).
            part.suffix = tarPadding(memberSize);
            part.bytes = part.header.size() + part.dataBytes + part.suffix;
            m_total += part.bytes;
            m_dataBytes += part.dataBytes;
            m_parts.push_back(std::move(owned));
        }
    }

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_total; }
    qint64 bytesAvailable() const override { return m_queued + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_sent >= m_total; }

    qint64 total() const { return m_total; }
    qint64 dataBytes() const { return m_dataBytes; }
    qint64 sent() const { return m_sent; }
    int members() const { return int(m_parts.size()); }
    // Of member i: the SHA-256 of its whole disk (known once its image is through), the bytes
    // of the archive it takes (the small files count to the first), its data bytes, what its
    // reader read.
    QString sha256(int i = 0) const { return m_parts.at(size_t(i))->sha256; }
    qint64 memberBytes(int i) const
    {
        return m_parts.at(size_t(i))->bytes + (i == 0 ? m_prefixBytes : 0);
    }
    qint64 memberDataBytes(int i) const { return m_parts.at(size_t(i))->dataBytes; }
    qint64 bytesRead(int i) const
    {
        return m_parts.at(size_t(i))->reader ? m_parts.at(size_t(i))->reader->bytesRead() : 0;
    }
    qint64 bytesRead() const
    {
        qint64 n = 0;
        for (int i = 0; i < members(); ++i)
            n += bytesRead(i);
        return n;
    }
    qint64 peakBuffered() const { return m_peak; }
    std::optional<Error> failure() const
    {
        if (m_failure)
            return m_failure;
        for (const auto &p : m_parts)
            if (p->reader)
                if (auto f = p->reader->failure())
                    return f;
        return std::nullopt;
    }

    void start()
    {
        if (!m_prefix.isEmpty())
            push(std::exchange(m_prefix, QByteArray()));
        startPart(0);
    }
    void abortReads()
    {
        for (const auto &p : m_parts)
            if (p->reader)
                p->reader->abort();
    }

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
                    if (ExtentReader *r = currentReader())
                        r->pump();
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
    struct Part
    {
        StreamMember member;
        QVector<Piece> runs;
        QByteArray header;
        qint64 dataBytes = 0;
        qint64 suffix = 0;
        qint64 bytes = 0;
        qint64 settled = 0;
        Sha256 hash;
        QString sha256;
        std::unique_ptr<ExtentReader> reader;
    };

    static QByteArray fileBytes(const QString &name, const QByteArray &content, char type = '0')
    {
        return tarHeader(name, content.size(), 0600, type) + content
            + QByteArray(int(tarPadding(content.size())), '\0');
    }

    ExtentReader *currentReader() const
    {
        return m_current < members() ? m_parts.at(size_t(m_current))->reader.get() : nullptr;
    }

    // Member i: its header, then its reader, which runs until its image is through. Readers of
    // the images before stay (idle) until the stream goes: one is never deleted from inside its
    // own signal.
    void startPart(int i)
    {
        m_current = i;
        if (i >= members())
            return;
        Part &part = *m_parts.at(size_t(i));
        push(std::exchange(part.header, QByteArray()));
        part.reader = std::make_unique<ExtentReader>(part.member.source,
            piecesOf(part.runs, m_options.chunkBytes), m_options.readsInFlight, m_options.cancel);
        ExtentReader *reader = part.reader.get();
        reader->setRateLimit(m_options.readLimitBytesPerSecond);
        reader->setRoom([this, reader](qint64 bytes) {
            return m_queued + reader->pending() + bytes <= m_limit;
        });
        reader->setConsumer([this, i](const Piece &piece, QByteArray &&data) {
            consume(i, piece, std::move(data));
        });
        connect(reader, &ExtentReader::failed, this, &BackupStream::failed);
        connect(reader, &ExtentReader::finished, this, [this, i]() { partFinished(i); });
        part.settled
            = part.member.scan ? part.member.source.sizeBytes - part.member.scan->dataBytes : 0;
        reader->pump();
    }

    void push(QByteArray &&bytes)
    {
        if (bytes.isEmpty())
            return;
        m_queued += bytes.size();
        m_queue.push_back(std::move(bytes));
        const ExtentReader *r = currentReader();
        m_peak = qMax(m_peak, m_queued + (r ? r->pending() : 0));
        Q_EMIT readyRead();
    }

    void consume(int i, const Piece &piece, QByteArray &&data)
    {
        Q_UNUSED(piece);
        Part &part = *m_parts.at(size_t(i));
        part.hash.add(data);
        part.settled += data.size();
        push(std::move(data));
        if (part.member.progress)
            part.member.progress(part.settled, part.member.source.sizeBytes);
    }

    void partFinished(int i)
    {
        Part &part = *m_parts.at(size_t(i));
        const QByteArray read = part.hash.result();
        if (part.member.scan && read != part.member.scan->dataSha256) {
            m_failure = Error(Error::Code::Io,
                tr("The source disk changed while it was copied: its data read twice differs."));
            part.reader->abort();
            Q_EMIT failed();
            return;
        }
        part.sha256
            = QString::fromLatin1((part.member.scan ? part.member.scan->sha256 : read).toHex());
        push(QByteArray(int(part.suffix), '\0'));
        if (i + 1 < members())
            QMetaObject::invokeMethod(
                this, [this, i]() { startPart(i + 1); }, Qt::QueuedConnection);
        else
            m_current = members();
    }

    StreamOptions m_options;
    QByteArray m_prefix; // the small files, before the first image
    qint64 m_prefixBytes = 0;
    std::vector<std::unique_ptr<Part>> m_parts;
    int m_current = 0;
    QList<QByteArray> m_queue;
    qint64 m_frontPos = 0;
    qint64 m_queued = 0;
    qint64 m_limit = 0;
    qint64 m_total = 0;
    qint64 m_dataBytes = 0;
    qint64 m_sent = 0;
    qint64 m_peak = 0;
    bool m_pumpQueued = false;
    std::optional<Error> m_failure;
};

} // namespace ferry::transfer
