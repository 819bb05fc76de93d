// util/yamltext.h: text as a double-quoted YAML scalar through yaml-cpp's emitter; every string
// comes back unchanged through yaml-cpp's parser, and what is escaped is escaped.
#include "util/yamltext.h"

#include <yaml-cpp/yaml.h>

#include <QtTest>

using namespace ferry;

class TestYamlText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("incus01") << QStringLiteral("\"incus01\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
        QTest::newRow("quote and backslash")
            << QStringLiteral("a\"b\\c") << QStringLiteral("\"a\\\"b\\\\c\"");
        QTest::newRow("newline, tab, return")
            << QStringLiteral("a\nb\tc\rd") << QStringLiteral("\"a\\nb\\tc\\rd\"");
        QTest::newRow("bell") << QStringLiteral("a\x07") << QStringLiteral("\"a\\x07\"");
        QTest::newRow("delete") << QStringLiteral("a\x7f") << QStringLiteral("\"a\\x7f\"");
        // (Inside: QString::fromUtf8 would drop a leading one when reading the text back.)
        QTest::newRow("byte order mark") << QStringLiteral("a") + QChar(0xfeff)
                + QStringLiteral("b") << QStringLiteral("\"a\\ufeffb\"");
        QTest::newRow("umlaut") << QString::fromUtf8("Zürich") << QString::fromUtf8("\"Zürich\"");
        QTest::newRow("emoji") << QString::fromUtf8("VM \U0001F600")
                               << QString::fromUtf8("\"VM \U0001F600\"");
        QTest::newRow("number") << QStringLiteral("10") << QStringLiteral("\"10\"");
        QTest::newRow("reserved") << QStringLiteral("true") << QStringLiteral("\"true\"");
        QTest::newRow("colon") << QStringLiteral("a: b") << QStringLiteral("\"a: b\"");
    }
    void quoted()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        const QString got = yamlDoubleQuoted(text);
        QCOMPARE(got, quoted);
        const YAML::Node back = YAML::Load(QStringLiteral("v: %1").arg(got).toStdString());
        QCOMPARE(QString::fromStdString(back["v"].as<std::string>()), text);
    }
};

QTEST_GUILESS_MAIN(TestYamlText)
#include "test_yamltext.moc"
