// A snapshot chain read over the lab vCenter's datastore HTTPS front (/folder, pinned certificate,
// the SOAP session's cookie): tests/fixtures/vmdk-chain/make_chain.py writes a real chain (flat
// base, COWD delta, SEsparse delta) into the simulator's datastore directory; Ferry maps it with
// ranged GETs (vmware/datastorechain) and its merged image must equal what qemu-img (the
// reference decoder, only in tests) makes of the same files.
#include "common/labenv.h"
#include "engine/disksource.h"
#include "net/httpclient.h"
#include "transfer/vmimport.h"
#include "vmware/datastore.h"
#include "vmware/datastorechain.h"
#include "vmware/soapclient.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace ferry;
using namespace ferry::test;

class TestDatastoreChain final : public QObject
{
    Q_OBJECT

private:
    LabEnv m_lab;
    net::HttpClient m_http;
    std::unique_ptr<vmware::SoapClient> m_soap;
    std::unique_ptr<vmware::Datastores> m_datastores;
    QString m_dirName; // the chain's directory in the datastore
    QString m_dirPath; // ... on disk
    QTemporaryDir m_tmp;
    QString m_skip;

    QString ds() const { return m_lab["FERRY_LAB_VC_DATASTORE"]; }
    QString diskName(const QString &file) const
    {
        return QStringLiteral("[%1] %2/%3").arg(ds(), m_dirName, file);
    }

    // qemu-img convert -O raw of the chain's descriptor `file`: its bytes, or the reason to skip.
    QString qemuRaw(const QString &file, QByteArray &out)
    {
        const QString qemuImg = QStandardPaths::findExecutable(QStringLiteral("qemu-img"));
        if (qemuImg.isEmpty())
            return QStringLiteral(
                "qemu-img is not installed (the reference decoder; package qemu-utils)");
        const QString raw = m_tmp.filePath(file + QStringLiteral(".raw"));
        QProcess p;
        p.start(qemuImg,
            {QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("raw"),
                m_dirPath + QLatin1Char('/') + file, raw});
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return QStringLiteral("qemu-img convert failed: %1")
                .arg(QString::fromUtf8(p.readAllStandardError()));
        QFile f(raw);
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1").arg(raw);
        out = f.readAll();
        return {};
    }

    // The chain's whole image read through `chain` in pieces of odd sizes.
    static Result<QByteArray> readAll(const vmware::DatastoreChain &chain)
    {
        QByteArray out;
        const qint64 step = 3 * 1024 * 1024 + 4097;
        for (qint64 at = 0; at < chain.size(); at += step) {
            auto bytes = chain.read(at, std::min(step, chain.size() - at));
            if (!bytes)
                return bytes.error();
            out += *bytes;
        }
        return out;
    }

    void compareWithQemu(const QString &top, int links)
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        QByteArray expected;
        if (const QString skip = qemuRaw(top, expected); !skip.isEmpty())
            QSKIP(qPrintable(skip));
        auto chain = vmware::mapDatastoreChain(*m_datastores, diskName(top));
        QVERIFY2(chain, chain ? "" : qPrintable(chain.error().toString()));
        QCOMPARE(chain->links.size(), links);
        QCOMPARE(chain->deltas.size(), links - 1);
        QCOMPARE(chain->links.first().path, m_dirName + QStringLiteral("/base.vmdk"));
        QCOMPARE(chain->links.last().path, m_dirName + QLatin1Char('/') + top);
        QCOMPARE(chain->base.path, m_dirName + QStringLiteral("/base-flat.vmdk"));
        QVERIFY(chain->base.url.toString().contains(QStringLiteral("/folder/")));
        QCOMPARE(chain->size(), qint64(expected.size()));
        const int before = m_datastores->rangeRequestsSent();
        auto image = readAll(*chain);
        QVERIFY2(image, image ? "" : qPrintable(image.error().toString()));
        QVERIFY(m_datastores->rangeRequestsSent() > before); // read over HTTP, not from disk
        QCOMPARE(image->size(), expected.size());
        QVERIFY2(*image == expected, "the merged chain differs from qemu-img's image");
        // Unaligned ranges across grain and piece borders.
        for (const qint64 at : {qint64(1), qint64(511), qint64(65535), qint64(4 * 1024 * 1024 - 3),
                 chain->size() - 777}) {
            auto part = chain->read(at, 777);
            QVERIFY(part);
            QCOMPARE(*part, expected.mid(at, 777));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_lab = LabEnv::load();
        FERRY_REQUIRE_LAB(m_lab, "vc");
        m_http.setPinnedSha256(m_lab["FERRY_LAB_VC_FINGERPRINT"]);
        m_soap = std::make_unique<vmware::SoapClient>(&m_http, QUrl(m_lab["FERRY_LAB_VC_URL"]));
        QVERIFY(m_soap->login(m_lab["FERRY_LAB_VC_USER"], m_lab["FERRY_LAB_VC_PASSWORD"]));
        m_datastores = std::make_unique<vmware::Datastores>(
            &m_http, QUrl(m_lab["FERRY_LAB_VC_URL"]), m_lab["FERRY_LAB_VC_DATACENTER"]);
        m_datastores->setRangeRetry({4, 100});

        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty()) {
            m_skip = QStringLiteral("python3 is not installed: cannot write the chain");
            return;
        }
        m_dirName = QStringLiteral("ferry-chain-")
            + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        m_dirPath = m_lab["FERRY_LAB_VC_DATASTORE_PATH"] + QLatin1Char('/') + m_dirName;
        QProcess p;
        p.start(python,
            {qEnvironmentVariable("FERRY_TEST_SOURCE_DIR")
                    + QStringLiteral("/tests/fixtures/vmdk-chain/make_chain.py"),
                m_dirPath});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
            p.readAllStandardError().constData());
        QVERIFY(QFile::exists(m_dirPath + QStringLiteral("/base-000002-sesparse.vmdk")));
    }

    void cleanupTestCase()
    {
        if (!m_dirName.isEmpty())
            QDir(m_dirPath).removeRecursively();
    }

    // Base + COWD + SEsparse: the disk's current state.
    void twoSnapshotsEqualQemu() { compareWithQemu(QStringLiteral("base-000002.vmdk"), 3); }

    // Base + COWD, and the base alone (a disk without snapshots).
    void oneSnapshotEqualsQemu() { compareWithQemu(QStringLiteral("base-000001.vmdk"), 2); }
    void baseAloneEqualsQemu() { compareWithQemu(QStringLiteral("base.vmdk"), 1); }

    // The copy's reader (transfer/, its own keep-alive connections) over the mapped chain, as a
    // migration reads it: what the engine logs, the whole disk in one piece (assembled from base
    // ranges, delta grains and zeros), and unaligned ranges.
    void copyReaderEqualsQemu()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        QByteArray expected;
        if (const QString skip = qemuRaw(QStringLiteral("base-000002.vmdk"), expected);
            !skip.isEmpty())
            QSKIP(qPrintable(skip));
        auto content = vmware::locateDiskContent(*m_datastores,
            diskName(QStringLiteral("base-000002.vmdk")), vmware::ChainDepth::Grains);
        QVERIFY2(content, content ? "" : qPrintable(content.error().toString()));
        QVERIFY(content->isChain());
        QCOMPARE(content->describe(),
            m_dirName
                + QStringLiteral("/base.vmdk <- base-000001.vmdk (vmfsSparse) <- "
                                 "base-000002.vmdk (seSparse)"));
        QCOMPARE(content->extent.sizeBytes, qint64(expected.size()));
        QCOMPARE(content->extent.url, content->chain->base.url);

        // Without the grains (the check before a power-off): the same chain, nothing mapped.
        auto described = vmware::locateDiskContent(*m_datastores,
            diskName(QStringLiteral("base-000002.vmdk")), vmware::ChainDepth::Descriptors);
        QVERIFY(described);
        QVERIFY(!described->chain);
        QCOMPARE(described->describe(), content->describe());
        QCOMPARE(described->extent.descriptorCid, content->extent.descriptorCid);
        QCOMPARE(described->extent.sizeBytes, content->extent.sizeBytes);

        const transfer::DiskSource src = engine::diskSourceOf(content->extent, content->chain,
            m_datastores->sessionCookie(), m_lab["FERRY_LAB_VC_FINGERPRINT"]);
        QCOMPARE(src.chainFiles.size(), 3);
        auto whole = transfer::readSourceRange(src, 0, src.sizeBytes, nullptr);
        QVERIFY2(whole, whole ? "" : qPrintable(whole.error().toString()));
        QCOMPARE(whole->size(), expected.size());
        QVERIFY2(*whole == expected, "the copy's reader differs from qemu-img's image");
        for (const qint64 at : {qint64(1), qint64(511), qint64(65535), qint64(4 * 1024 * 1024 - 3),
                 src.sizeBytes - 777}) {
            auto part = transfer::readSourceRange(src, at, 777, nullptr);
            QVERIFY(part);
            QCOMPARE(*part, expected.mid(at, 777));
        }
    }

    // A delta whose parent is gone: a NotFound error naming the parent, read once.
    void missingParent()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        QFile top(m_dirPath + QStringLiteral("/base-000002.vmdk"));
        QVERIFY(top.open(QIODevice::ReadOnly));
        QByteArray text = top.readAll();
        QVERIFY(text.contains("parentFileNameHint=\"base-000001.vmdk\""));
        text.replace(
            "parentFileNameHint=\"base-000001.vmdk\"", "parentFileNameHint=\"gone-000001.vmdk\"");
        QFile orphan(m_dirPath + QStringLiteral("/orphan-000002.vmdk"));
        QVERIFY(orphan.open(QIODevice::WriteOnly));
        orphan.write(text);
        orphan.close();

        const int before = m_datastores->rangeRequestsSent();
        auto chain = vmware::mapDatastoreChain(
            *m_datastores, diskName(QStringLiteral("orphan-000002.vmdk")));
        QVERIFY(!chain);
        QCOMPARE(chain.error().code, Error::Code::NotFound);
        QVERIFY2(chain.error().message.contains(m_dirName + QStringLiteral("/gone-000001.vmdk")),
            qPrintable(chain.error().toString()));
        QVERIFY(chain.error().details.contains(QStringLiteral("HTTP 404")));
        // The orphan's size and body, then one request for the parent: a 404 is not retried.
        QCOMPARE(m_datastores->rangeRequestsSent() - before, 3);
    }

    // A file that is not there: 404 at once, one request.
    void missingFileIsNotRetried()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const int before = m_datastores->rangeRequestsSent();
        auto file = m_datastores->openRanged(ds(), m_dirName + QStringLiteral("/nothing.vmdk"));
        QVERIFY(!file);
        QCOMPARE(file.error().code, Error::Code::NotFound);
        QVERIFY(file.error().message.contains(QStringLiteral("HTTP 404")));
        QCOMPARE(m_datastores->rangeRequestsSent() - before, 1);
    }

    // Last (it ends every session of the lab): the /folder front serves only a live session;
    // SoapClient::relogin() logs in again only when the session has ended (the copy's
    // renewCookie), and the new cookie reads again.
    void sessionEndsAndRelogin()
    {
        QUrl descriptor(m_lab["FERRY_LAB_VC_URL"]);
        descriptor.setPath(QStringLiteral("/folder/") + m_dirName + QStringLiteral("/base.vmdk"));
        descriptor.setQuery(
            QStringLiteral("dcPath=%1&dsName=%2").arg(m_lab["FERRY_LAB_VC_DATACENTER"], ds()));
        auto alive = m_soap->relogin();
        QVERIFY2(alive, alive ? "" : qPrintable(alive.error().toString()));
        QCOMPARE(*alive, false); // alive: nothing to do
        auto read = m_http.request("GET", descriptor);
        QVERIFY(read);
        QCOMPARE(read->status, 200);

        net::HttpClient control;
        control.setPinnedSha256(m_lab["FERRY_LAB_VC_FINGERPRINT"]);
        QUrl expire(m_lab["FERRY_LAB_VC_URL"]);
        expire.setPath(QStringLiteral("/lab/folder-faults"));
        const QByteArray basic = "Basic "
            + (m_lab["FERRY_LAB_VC_USER"] + QLatin1Char(':') + m_lab["FERRY_LAB_VC_PASSWORD"])
                  .toUtf8()
                  .toBase64();
        auto expired = control.request("POST", expire,
            {{"Authorization", basic}, {"Content-Type", "application/x-www-form-urlencoded"}},
            "expire-sessions=1");
        QVERIFY(expired);
        QVERIFY2(expired->status == 200, expired->body.constData());

        read = m_http.request("GET", descriptor);
        QVERIFY(read);
        QCOMPARE(read->status, 401);
        const QByteArray before = m_datastores->sessionCookie();
        auto renewed = m_soap->relogin();
        QVERIFY2(renewed, renewed ? "" : qPrintable(renewed.error().toString()));
        QCOMPARE(*renewed, true);
        QVERIFY(m_datastores->sessionCookie() != before);
        read = m_http.request("GET", descriptor);
        QVERIFY(read);
        QCOMPARE(read->status, 200);
    }
};

QTEST_GUILESS_MAIN(TestDatastoreChain)
#include "test_datastorechain.moc"
