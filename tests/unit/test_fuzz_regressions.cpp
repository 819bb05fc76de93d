// Fuzzing seeds and findings as regression tests: the libFuzzer harnesses of tests/fuzz (vsphere,
// incus, vmdk, vmdkdelta), built here with a plain entry point, replay every file of each target's
// corpus/ and regressions/ directory. In the sanitizer build (build-asan) a crash, an ASan or a
// UBSan report fails the test as it did in the fuzzer. The findings also get exact checks below.
#include "vmware/vmdkdescriptor.h"
#include "vmware/xmlnode.h"
#include "vmware/xmlreader.h"

#include "vmware/xmlreader.h"
#include <QDir>
#include <QtTest>

#include <cstdint>

extern "C" int ferryFuzzVsphere(const uint8_t *data, size_t size);
extern "C" int ferryFuzzIncus(const uint8_t *data, size_t size);
extern "C" int ferryFuzzVmdk(const uint8_t *data, size_t size);
extern "C" int ferryFuzzVmdkDelta(const uint8_t *data, size_t size);

using namespace ferry;

namespace {

using Harness = int (*)(const uint8_t *, size_t);

QString fuzzDir(const QString &target)
{
    return qEnvironmentVariable("FERRY_TEST_SOURCE_DIR") + QStringLiteral("/tests/fuzz/") + target;
}

QByteArray nested(int depth, const QByteArray &inner = {})
{
    QByteArray xml;
    xml.reserve(depth * 7 + inner.size());
    for (int i = 0; i < depth; ++i)
        xml += "<a>";
    xml += inner;
    for (int i = 0; i < depth; ++i)
        xml += "</a>";
    return xml;
}

const QByteArray kPageHead = "<soapenv:Envelope xmlns:soapenv=\"s\"><soapenv:Body>"
                             "<RetrievePropertiesExResponse><returnval>";
const QByteArray kPageTail = "</returnval></RetrievePropertiesExResponse></soapenv:Body>"
                             "</soapenv:Envelope>";

} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        int rows = 0;
        for (const QString &target : {QStringLiteral("vsphere"), QStringLiteral("incus"),
                 QStringLiteral("vmdk"), QStringLiteral("vmdkdelta")}) {
            for (const QString &sub : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
                const QDir dir(fuzzDir(target) + QLatin1Char('/') + sub);
                const QStringList files = dir.entryList(QDir::Files, QDir::Name);
                for (const QString &f : files) {
                    QTest::addRow("%s/%s/%s", qPrintable(target), qPrintable(sub), qPrintable(f))
                        << target << dir.filePath(f);
                    ++rows;
                }
            }
        }
        // The seeds are in the repository: an empty list means the paths are wrong.
        QVERIFY(rows >= 40);
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray data = f.readAll();
        const Harness harness = target == QLatin1String("vsphere") ? ferryFuzzVsphere
            : target == QLatin1String("incus")                     ? ferryFuzzIncus
            : target == QLatin1String("vmdk")                      ? ferryFuzzVmdk
                                                                   : ferryFuzzVmdkDelta;
        QCOMPARE(
            harness(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())), 0);
    }

    // Found by fuzzing: extents whose sector counts overflow sectors * 512 (signed overflow in
    // sizeBytes()) are refused while parsing; real sizes still parse and add up.
    void vmdkExtentSizesAreBounded_data()
    {
        QTest::addColumn<QByteArray>("extents");
        QTest::addColumn<qint64>("bytes"); // -1: refused
        QTest::newRow("lab disk") << QByteArray("RW 2097152 VMFS \"a-flat.vmdk\"\n")
                                  << (qint64(1) << 30);
        QTest::newRow("62 TB") << QByteArray("RW 133143986176 VMFS \"a-flat.vmdk\"\n")
                               << qint64(133143986176) * 512;
        QTest::newRow("int64 max")
            << QByteArray("RW 9223372036854775807 FLAT \"a\"\n") << qint64(-1);
        QTest::newRow("beyond int64")
            << QByteArray("RW 99999999999999999999 FLAT \"a\"\n") << qint64(-1);
        QTest::newRow("two halves that overflow")
            << QByteArray("RW 2199023255552 FLAT \"a\"\nRW 2199023255552 FLAT \"b\"\n")
            << qint64(-1);
        QTest::newRow("huge offset")
            << QByteArray("RW 8 FLAT \"a\" 9223372036854775807\n") << qint64(-1);
    }

    void vmdkExtentSizesAreBounded()
    {
        QFETCH(QByteArray, extents);
        QFETCH(qint64, bytes);
        auto d = vmware::parseVmdkDescriptor("createType=\"vmfs\"\n" + extents);
        if (bytes < 0) {
            QVERIFY(!d);
            QCOMPARE(d.error().code, Error::Code::Unsupported);
            QVERIFY2(d.error().message.contains(QLatin1String("larger than any disk")),
                qPrintable(d.error().message));
        } else {
            QVERIFY2(d, d ? "" : qPrintable(d.error().toString()));
            QCOMPARE(d->sizeBytes(), bytes);
        }
    }

    // Elements nested deeper than any vSphere answer are refused with an error, in the whole
    // document parser and in the streamed page walk, instead of recursing until the stack ends.
    void deeplyNestedXmlIsRefused()
    {
        auto doc = vmware::parseXml(nested(100000), QStringLiteral("RetrieveServiceContent"));
        QVERIFY(!doc);
        QVERIFY2(doc.error().details.contains(QLatin1String("nested")),
            qPrintable(doc.error().toString()));

        vmware::XmlReader reader(
            kPageHead + "<objects>" + nested(100000) + "</objects>" + kPageTail);
        int items = 0;
        const vmware::SoapStream stream = vmware::walkSoapResponse(
            reader, QStringLiteral("RetrievePropertiesEx"), [&](vmware::XmlReader &r) {
                ++items;
                (void)vmware::readElement(r);
            });
        QCOMPARE(items, 1);
        QVERIFY2(
            stream.parseError.contains(QLatin1String("nested")), qPrintable(stream.parseError));

        // Within the limit, the same shape parses.
        QVERIFY(vmware::parseXml(nested(vmware::kMaxXmlDepth - 1), QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
