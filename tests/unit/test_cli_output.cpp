#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ferry::cli;

class TestCliOutput final : public QObject
{
    Q_OBJECT

private:
    static Table sample()
    {
        Table t;
        t.headers = QStringList {
            QStringLiteral("Name"), QStringLiteral("CPUs"), QStringLiteral("Background Import")};
        t.keys = QStringList {
            QStringLiteral("name"), QStringLiteral("cpus"), QStringLiteral("background_import")};
        t.rows << QJsonArray {QStringLiteral("Win 2016 Ä"), 2, true};
        t.rows << QJsonArray {QStringLiteral("true"), 16, false};
        return t;
    }

private Q_SLOTS:
    void tableIsBoxed()
    {
        const QString out = render(sample(), Format::Table);
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7); // 4 separators, header, 2 rows
        QCOMPARE(lines[0], QStringLiteral("+------------+------+-------------------+"));
        QCOMPARE(lines[1], QStringLiteral("|    Name    | CPUs | Background Import |"));
        QCOMPARE(lines[3], QStringLiteral("| Win 2016 Ä | 2    | true              |"));
        for (const QString &l : lines)
            QCOMPARE(l.size(), lines[0].size());
    }

    void jsonUsesKeys()
    {
        const QJsonArray a
            = QJsonDocument::fromJson(render(sample(), Format::Json).toUtf8()).array();
        QCOMPARE(a.size(), 2);
        QCOMPARE(
            a[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Win 2016 Ä"));
        QCOMPARE(a[0].toObject().value(QStringLiteral("cpus")).toInt(), 2);
        QCOMPARE(a[1].toObject().value(QStringLiteral("background_import")).toBool(), false);
    }

    void yamlQuotesAmbiguousStrings()
    {
        const QString y = render(sample(), Format::Yaml);
        QVERIFY2(y.contains(QStringLiteral("name: Win 2016 Ä")), qPrintable(y));
        QVERIFY2(y.contains(QStringLiteral("name: \"true\"")), qPrintable(y));
        QVERIFY2(y.contains(QStringLiteral("background_import: true")), qPrintable(y));
        QCOMPARE(render(Table {}, Format::Yaml), QStringLiteral("[]\n"));
    }

    void objectInTableMode()
    {
        QJsonObject o {{QStringLiteral("name"), QStringLiteral("vc01")},
            {QStringLiteral("datacenters"), QJsonArray {QStringLiteral("DC0")}}};
        const QString text = renderObject(o, Format::Table);
        QVERIFY2(text.contains(QStringLiteral("name: vc01\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("datacenters:\n  - DC0")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "test_cli_output.moc"
