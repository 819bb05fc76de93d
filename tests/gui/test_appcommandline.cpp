#include "startup/commandline.h"

#include "version.h"

#include <QTest>

using ferry::gui::CommandLine;

class TestAppCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void helpMentionsEveryOption();
    void versionNamesTheRelease();
};

void TestAppCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("dataDirectory");
    QTest::addColumn<bool>("verbose");

    const auto run = int(CommandLine::Action::Run);
    const auto help = int(CommandLine::Action::ShowHelp);
    const auto version = int(CommandLine::Action::ShowVersion);
    const auto error = int(CommandLine::Action::Error);
    const QString exe = QStringLiteral("ferry");

    QTest::newRow("nothing") << QStringList {exe} << run << QString() << false;
    QTest::newRow("--help") << QStringList {exe, QStringLiteral("--help")} << help << QString()
                            << false;
    QTest::newRow("-h") << QStringList {exe, QStringLiteral("-h")} << help << QString() << false;
    QTest::newRow("--version") << QStringList {exe, QStringLiteral("--version")} << version
                               << QString() << false;
    QTest::newRow("-V") << QStringList {exe, QStringLiteral("-V")} << version << QString() << false;
    QTest::newRow("--data-dir DIR")
        << QStringList {exe, QStringLiteral("--data-dir"), QStringLiteral("/tmp/f")} << run
        << QStringLiteral("/tmp/f") << false;
    QTest::newRow("--data-dir=DIR") << QStringList {exe, QStringLiteral("--data-dir=/tmp/g")} << run
                                    << QStringLiteral("/tmp/g") << false;
    QTest::newRow("--verbose") << QStringList {exe, QStringLiteral("-v")} << run << QString()
                               << true;
    QTest::newRow("qt options pass")
        << QStringList {exe, QStringLiteral("-platform"), QStringLiteral("offscreen"),
               QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("-reverse")}
        << run << QString() << false;
    QTest::newRow("help wins over qt options") << QStringList {exe, QStringLiteral("-platform"),
        QStringLiteral("xcb"), QStringLiteral("--help")}
                                               << help << QString() << false;
    QTest::newRow("unknown option")
        << QStringList {exe, QStringLiteral("--bogus")} << error << QString() << false;
    QTest::newRow("positional") << QStringList {exe, QStringLiteral("file.db")} << error
                                << QString() << false;
    QTest::newRow("missing value")
        << QStringList {exe, QStringLiteral("--data-dir")} << error << QString() << false;
    QTest::newRow("empty value") << QStringList {exe, QStringLiteral("--data-dir=")} << error
                                 << QString() << false;
}

void TestAppCommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, action);
    QFETCH(QString, dataDirectory);
    QFETCH(bool, verbose);

    const CommandLine parsed = ferry::gui::parseCommandLine(arguments);
    QCOMPARE(int(parsed.action), action);
    if (parsed.action == CommandLine::Action::Error)
        QVERIFY(!parsed.errorText.isEmpty());
    else
        QCOMPARE(parsed.dataDirectory, dataDirectory);
    QCOMPARE(parsed.verbose, verbose);
}

void TestAppCommandLine::helpMentionsEveryOption()
{
    const QString help = ferry::gui::commandLineHelp();
    for (const char *option : {"--help", "--version", "--data-dir", "--verbose", "FERRY_DATA_DIR",
             "--database", "FERRY_DATABASE"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
}

void TestAppCommandLine::versionNamesTheRelease()
{
    QVERIFY(ferry::gui::versionText().startsWith(
        QStringLiteral("ferry %1").arg(QStringLiteral(FERRY_VERSION_STRING))));
}

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "test_appcommandline.moc"
