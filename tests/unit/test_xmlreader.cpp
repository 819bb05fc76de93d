// The vSphere XML reader (vmware/xmlreader.h): tokens, entities, namespaces, CDATA, comments,
// errors with their place, and the same result whether the input comes whole or a few bytes at
// a time from a device (the SOAP client's receiving pipe).
#include "vmware/xmlnode.h"
#include "vmware/xmlreader.h"

#include <QIODevice>
#include <QTest>

#include <algorithm>
#include <cstring>

using namespace ferry::vmware;

namespace {

// Hands out at most `step` bytes per read, like a socket that delivers small pieces.
class Trickle final : public QIODevice
{
public:
    Trickle(QByteArray data, int step)
        : m_data(std::move(data))
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min({max, qint64(m_step), qint64(m_data.size()) - m_pos});
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    int m_step;
};

// The tokens as one line each: "S name type ref", "E name", "C text".
QStringList tokens(XmlReader &r)
{
    QStringList out;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case XmlReader::StartElement:
            out << QStringLiteral("S %1 %2 %3").arg(r.name(), r.xsiType(), r.plainType());
            break;
        case XmlReader::EndElement:
            out << QStringLiteral("E %1").arg(r.name());
            break;
        case XmlReader::Characters:
            out << QStringLiteral("C %1").arg(r.text());
            break;
        case XmlReader::Invalid:
            out << QStringLiteral("! %1").arg(r.errorString());
            break;
        default:
            break;
        }
    }
    return out;
}

const QByteArray kDocument
    = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<!-- a comment -->\n"
      "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
      "xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xmlns:x=\"urn:other\">"
      "<soapenv:Body><obj type=\"VirtualMachine\">vm-42</obj>"
      "<val xsi:type=\"xsd:string\">Z&#xFC;rich &amp; &lt;B&gt; &quot;q&quot; &apos;a&apos; "
      "&#65;</val>"
      "<val x:type=\"ignored\"/>"
      "<n>line1\r\nline2\rline3</n>"
      "<c><![CDATA[<raw> & text]]></c>"
      "<e></e>"
      "<u>Ünïcødé 名前</u>"
      "</soapenv:Body></soapenv:Envelope>\n";

const QStringList kTokens {
    QStringLiteral("S Envelope  "),
    QStringLiteral("S Body  "),
    QStringLiteral("S obj  VirtualMachine"),
    QStringLiteral("C vm-42"),
    QStringLiteral("E obj"),
    QStringLiteral("S val string "),
    QString::fromUtf8("C Zürich & <B> \"q\" 'a' A"),
    QStringLiteral("E val"),
    QStringLiteral("S val  "),
    QStringLiteral("E val"),
    QStringLiteral("S n  "),
    QStringLiteral("C line1\nline2\nline3"),
    QStringLiteral("E n"),
    QStringLiteral("S c  "),
    QStringLiteral("C <raw> & text"),
    QStringLiteral("E c"),
    QStringLiteral("S e  "),
    QStringLiteral("E e"),
    QStringLiteral("S u  "),
    QString::fromUtf8("C Ünïcødé 名前"),
    QStringLiteral("E u"),
    QStringLiteral("E Body"),
    QStringLiteral("E Envelope"),
};

} // namespace

class TestXmlReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeDocument()
    {
        XmlReader r(kDocument);
        QCOMPARE(tokens(r), kTokens);
        QVERIFY(!r.hasError());
        QCOMPARE(r.tokenType(), XmlReader::EndDocument);
    }

    void fromADeviceInSmallPieces_data()
    {
        QTest::addColumn<int>("step");
        for (int step : {1, 2, 3, 7, 64, 4096})
            QTest::addRow("%d bytes", step) << step;
    }
    void fromADeviceInSmallPieces()
    {
        QFETCH(int, step);
        Trickle device(kDocument, step);
        XmlReader r(&device);
        QCOMPARE(tokens(r), kTokens);
    }

    // A large answer crosses the reader's internal buffer many times (it drops what was read).
    void largeInputThroughADevice()
    {
        QByteArray doc = "<r>";
        for (int i = 0; i < 60000; ++i)
            doc += "<item kind=\"k\">value " + QByteArray::number(i) + "</item>\n";
        doc += "</r>";
        Trickle device(doc, 65536 + 17);
        XmlReader r(&device);
        int items = 0;
        QString last;
        while (!r.atEnd()) {
            if (r.readNext() == XmlReader::StartElement && r.name() == QLatin1String("item")) {
                ++items;
                last = r.readElementText();
            }
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(items, 60000);
        QCOMPARE(last, QStringLiteral("value 59999"));
    }

    void readElementTextAndSkip()
    {
        XmlReader r(QByteArray("<a><b>one<!-- x -->two</b><c><d>deep</d></c><e>after</e></a>"));
        QCOMPARE(r.readNext(), XmlReader::StartElement);
        QCOMPARE(r.readNext(), XmlReader::StartElement);
        QCOMPARE(r.readElementText(), QStringLiteral("onetwo"));
        QCOMPARE(r.readNext(), XmlReader::StartElement);
        QCOMPARE(r.name(), QStringLiteral("c"));
        r.skipCurrentElement();
        QCOMPARE(r.tokenType(), XmlReader::EndElement);
        QCOMPARE(r.name(), QStringLiteral("c"));
        QCOMPARE(r.readNext(), XmlReader::StartElement);
        QCOMPARE(r.readElementText(), QStringLiteral("after"));

        XmlReader nested(QByteArray("<a><b>text<c/></b></a>"));
        nested.readNext();
        nested.readNext();
        (void)nested.readElementText();
        QVERIFY(nested.hasError());
        QCOMPARE(nested.errorString(), QStringLiteral("Expected character data."));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("error");
        QTest::addRow("empty") << QByteArray() << "Premature end of document.";
        QTest::addRow("only spaces") << QByteArray("  \n ") << "Premature end of document.";
        QTest::addRow("truncated in a tag") << QByteArray("<a><b") << "Premature end of document.";
        QTest::addRow("truncated in text") << QByteArray("<a>text") << "Premature end of document.";
        QTest::addRow("unclosed") << QByteArray("<a><b></b>") << "Premature end of document.";
        QTest::addRow("mismatch") << QByteArray("<a><b></a>") << "Opening and ending tag mismatch.";
        QTest::addRow("stray end") << QByteArray("</a>") << "Opening and ending tag mismatch.";
        QTest::addRow("text before root") << QByteArray("hello<a/>") << "Start tag expected.";
        QTest::addRow("two roots") << QByteArray("<a/><b/>") << "Extra content at end of document.";
        QTest::addRow("trailing text")
            << QByteArray("<a/>x") << "Extra content at end of document.";
        QTest::addRow("html") << QByteArray("<html><body>502 Bad Gateway<br></body></html>")
                              << "Opening and ending tag mismatch.";
        QTest::addRow("doctype") << QByteArray("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>")
                                 << "Document type declarations are not accepted.";
        QTest::addRow("unknown entity")
            << QByteArray("<a>&nbsp;</a>") << "Entity 'nbsp' not declared.";
        QTest::addRow("bare ampersand")
            << QByteArray("<a>fish & chips</a>") << "Invalid entity reference.";
        QTest::addRow("bad char ref")
            << QByteArray("<a>&#0;</a>") << "Invalid character reference.";
        QTest::addRow("surrogate ref")
            << QByteArray("<a>&#xD800;</a>") << "Invalid character reference.";
        QTest::addRow("undeclared prefix")
            << QByteArray("<p:a/>") << "Namespace prefix p not declared.";
        QTest::addRow("undeclared attribute prefix")
            << QByteArray("<a q:type=\"x\"/>") << "Namespace prefix q not declared.";
        QTest::addRow("unquoted attribute")
            << QByteArray("<a type=x/>") << "Expected a quoted attribute value.";
        QTest::addRow("attribute without =")
            << QByteArray("<a type/>") << "Expected '=' after the attribute name.";
        QTest::addRow("< in attribute")
            << QByteArray("<a type=\"<\"/>") << "Invalid attribute value.";
        QTest::addRow("bad name") << QByteArray("<1a/>") << "Invalid element name.";
        QTest::addRow("utf-16 declared")
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>")
            << "Encoding not supported (only UTF-8 is).";
        QTest::addRow("cdata outside") << QByteArray("<![CDATA[x]]><a/>") << "Start tag expected.";
    }
    void malformed()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, error);
        XmlReader r(xml);
        const QStringList seen = tokens(r);
        QVERIFY(r.hasError());
        QCOMPARE(r.errorString(), error);
        QVERIFY2(seen.last().startsWith(QLatin1String("! ")), qPrintable(seen.join(u'|')));
        // The same through parseXml(): an error naming the call, no crash.
        QVERIFY(!parseXml(xml, QStringLiteral("Test")));
    }

    void errorsNameLineAndColumn()
    {
        XmlReader r(QByteArray("<a>\n  <b>\n    <c></b>\n</a>"));
        (void)tokens(r);
        QVERIFY(r.hasError());
        QCOMPARE(r.lineNumber(), 3);
        QCOMPARE(r.columnNumber(), 7);
        auto doc = parseXml(QByteArray("<a>\n  <b>\n    <c></b>\n</a>"), QStringLiteral("Login"));
        QVERIFY(!doc);
        QVERIFY2(doc.error().details.startsWith(QLatin1String("line 3, column 7: ")),
            qPrintable(doc.error().details));
    }

    void treeKeepsTypes()
    {
        auto doc = parseXml(kDocument, QStringLiteral("Test"));
        QVERIFY(doc);
        QCOMPARE(doc->name, QStringLiteral("Envelope"));
        const XmlNode *obj = doc->at(u"Body/obj");
        QVERIFY(obj);
        QCOMPARE(obj->refType, QStringLiteral("VirtualMachine"));
        QCOMPARE(obj->text, QStringLiteral("vm-42"));
        const auto vals = doc->child(u"Body")->all(u"val");
        QCOMPARE(vals.size(), size_t(2));
        QCOMPARE(vals[0]->type, QStringLiteral("string"));
        QVERIFY(vals[1]->type.isEmpty()); // x:type is not xsi:type
        QCOMPARE(doc->textAt(u"Body/u"), QString::fromUtf8("Ünïcødé 名前"));
    }
};

QTEST_GUILESS_MAIN(TestXmlReader)
#include "test_xmlreader.moc"
