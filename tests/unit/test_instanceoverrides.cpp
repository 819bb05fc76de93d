// inventory/instanceoverrides.h: the one rule for a name override (and CPUs and memory) that
// ferry's overrides dialog and ferryctl instance override both apply.
#include "inventory/instanceoverrides.h"
#include "model/instance.h"

#include <QtTest>

using namespace ferry;

class TestInstanceOverrides final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void name_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("web-01") << true;
        QTest::newRow("one letter") << QStringLiteral("a") << true;
        QTest::newRow("63 characters") << QStringLiteral("a").repeated(63) << true;
        QTest::newRow("64 characters") << QStringLiteral("a").repeated(64) << false;
        QTest::newRow("space") << QStringLiteral("web 01") << false;
        QTest::newRow("parenthesis") << QStringLiteral("web(prod)") << false;
        QTest::newRow("leading hyphen") << QStringLiteral("-web") << false;
        QTest::newRow("trailing hyphen") << QStringLiteral("web-") << false;
        QTest::newRow("digits only") << QStringLiteral("1234") << false;
        QTest::newRow("umlaut") << QString::fromUtf8("zürich") << false;
        QTest::newRow("underscore") << QStringLiteral("web_01") << false;
    }
    void name()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const QString problem = overrideNameProblem(name);
        QCOMPARE(problem.isEmpty(), valid);
        if (!valid)
            QCOMPARE(problem,
                QStringLiteral("\"%1\" cannot be a host name on the target: use letters, digits "
                               "and hyphens, at most 63, not starting or ending with a hyphen.")
                    .arg(name));
        InstanceOverrides o;
        o.name = name;
        const Status st = validateOverrides(o);
        QCOMPARE(st.ok(), valid);
        if (!valid) {
            QCOMPARE(st.error().code, Error::Code::InvalidInput);
            QCOMPARE(st.error().message, problem);
        }
    }

    void emptyName()
    {
        QCOMPARE(
            overrideNameProblem(QString()), QStringLiteral("The name on the target is empty."));
        QCOMPARE(overrideNameProblem(QStringLiteral("  ")),
            QStringLiteral("The name on the target is empty."));
    }

    void otherOverrides()
    {
        InstanceOverrides o;
        QVERIFY(validateOverrides(o).ok()); // nothing set
        o.cpus = 8;
        o.memoryBytes = qint64(4) << 30;
        o.comment = QStringLiteral("anything");
        QVERIFY(validateOverrides(o).ok());
        o.cpus = 0;
        QCOMPARE(validateOverrides(o).error().message,
            QStringLiteral("The number of CPUs must be more than zero."));
        o.cpus = 2;
        o.memoryBytes = 0;
        QCOMPARE(validateOverrides(o).error().message,
            QStringLiteral("The memory must be more than zero."));
    }
};

QTEST_GUILESS_MAIN(TestInstanceOverrides)
#include "test_instanceoverrides.moc"
