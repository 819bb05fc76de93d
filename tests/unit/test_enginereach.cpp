// What an engine may take (--only-source/--only-target) and can reach (the secrets in its
// credential store), and why a Waiting entry is taken by no engine (engine/enginereach.h). Pure
// rules: the credential store is a fake, no keychain is asked.
#include "engine/enginereach.h"
#include "model/target.h"
#include "secrets/credentialstore.h"

#include <QtTest>

using namespace ferry;
using namespace ferry::engine;

class TestEngineReach final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restrictionsRoundTrip()
    {
        EngineRestrictions none;
        QCOMPARE(none.toJson(), QString());
        QVERIFY(!none.isRestricted());
        QVERIFY(none.allowsSource(QStringLiteral("vc01")));
        QVERIFY(none.allowsTarget(QStringLiteral("incus01")));
        QCOMPARE(EngineRestrictions::fromJson(QString()), none);
        QCOMPARE(EngineRestrictions::fromJson(QStringLiteral("not json")), none);
        QCOMPARE(EngineRestrictions::fromJson(QStringLiteral("[1, 2]")), none);

        EngineRestrictions r;
        r.sources = QStringList {QStringLiteral("vc01")};
        r.targets = QStringList {QStringLiteral("incus01"), QStringLiteral("incus02")};
        r.servesSources = QStringList {QStringLiteral("vc01")};
        r.lacksTargets = QStringList {QStringLiteral("incus02")};
        QVERIFY(r.isRestricted());
        QVERIFY(r.allowsSource(QStringLiteral("vc01")));
        QVERIFY(!r.allowsSource(QStringLiteral("vc02")));
        QVERIFY(r.allowsTarget(QStringLiteral("incus02")));
        QVERIFY(!r.allowsTarget(QStringLiteral("incus03")));
        const QString json = r.toJson();
        QCOMPARE(json,
            QStringLiteral("{\"lacks\":{\"sources\":[],\"targets\":[\"incus02\"]},"
                           "\"serves\":{\"sources\":[\"vc01\"],\"targets\":[]},"
                           "\"sources\":[\"vc01\"],\"targets\":[\"incus01\",\"incus02\"]}"));
        QCOMPARE(EngineRestrictions::fromJson(json), r);
        QCOMPARE(r.describe(),
            QStringLiteral("sources: vc01; targets: incus01, incus02; no credentials for target "
                           "incus02"));

        // Only what an engine found it serves: no restriction.
        EngineRestrictions serving;
        serving.servesTargets = QStringList {QStringLiteral("incus01")};
        QVERIFY(!serving.isRestricted());
        QVERIFY(serving.describe().isEmpty());
    }

    void secretsAsTheJobReadsThem()
    {
        Source s;
        s.id = 3;
        s.secretRef = CredentialStore::sourcePasswordKey(3);
        QCOMPARE(secretsNeeded(s), QStringList {QStringLiteral("source:3:password")});

        Target t;
        t.id = 7;
        t.secretRef = CredentialStore::targetClientKeyKey(7);
        QCOMPARE(secretsNeeded(t), QStringList()); // no client certificate: no key to read
        t.clientCertPem = QStringLiteral("-----BEGIN CERTIFICATE-----");
        QCOMPARE(secretsNeeded(t), QStringList {t.secretRef});
        t.authType = QStringLiteral("oidc");
        QCOMPARE(secretsNeeded(t), QStringList {CredentialStore::targetTokenKey(7)});
    }

    void credentialAnswersAreCached()
    {
        QStringList asked;
        QSet<QString> present {QStringLiteral("source:1:password")};
        CredentialReach reach(
            [&](const QString &key) -> Status {
                asked << key;
                if (present.contains(key))
                    return {};
                return Error(Error::Code::NotFound, QStringLiteral("no such entry"));
            },
            60000);
        const QDateTime t0
            = QDateTime::fromString(QStringLiteral("2026-12-07T06:00:00Z"), Qt::ISODate);
        QVERIFY(reach.canRead({QStringLiteral("source:1:password")}, t0).ok());
        QVERIFY(reach.canRead({QStringLiteral("source:1:password")}, t0.addSecs(30)).ok());
        QCOMPARE(asked.size(), 1); // the second answer came from the cache

        const Status missing = reach.canRead(
            {QStringLiteral("source:1:password"), QStringLiteral("target:2:client-key")},
            t0.addSecs(31));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QCOMPARE(asked.size(), 2);
        // The key arrives in the store: the engine sees it once the answer is older than 60 s.
        present << QStringLiteral("target:2:client-key");
        QVERIFY(!reach.canRead({QStringLiteral("target:2:client-key")}, t0.addSecs(60)).ok());
        QCOMPARE(asked.size(), 2);
        QVERIFY(reach.canRead({QStringLiteral("target:2:client-key")}, t0.addSecs(91)).ok());
        QCOMPARE(asked.size(), 3);
        // Nothing to read: reachable without asking.
        QVERIFY(reach.canRead({}, t0).ok());
        QCOMPARE(asked.size(), 3);

        // Without a credential store nothing is readable.
        CredentialReach none;
        QCOMPARE(
            none.canRead({QStringLiteral("k")}, t0).error().code, Error::Code::KeychainUnavailable);
    }

    void waitingReasons_data()
    {
        QTest::addColumn<QString>("engines"); // ';'-separated restrictions columns, '-' for none
        QTest::addColumn<QString>("reason");
        QTest::newRow("no engine") << QString() << QStringLiteral("No engine is running");
        QTest::newRow("an unrestricted engine") << QStringLiteral("-") << QString();
        QTest::newRow("one that has not looked yet")
            << QStringLiteral("{\"serves\":{\"sources\":[],\"targets\":[]}}") << QString();
        QTest::newRow("only another target")
            << QStringLiteral("{\"targets\":[\"incus02\"]}")
            << QStringLiteral(
                   "No running engine may take target incus01 (restricted with --only-target)");
        QTest::newRow("only another source")
            << QStringLiteral("{\"sources\":[\"vc02\"]};{\"sources\":[\"vc03\"]}")
            << QStringLiteral(
                   "No running engine may take source vc01 (restricted with --only-source)");
        QTest::newRow("one for the source, another for the target")
            << QStringLiteral("{\"sources\":[\"vc01\"],\"targets\":[\"incus02\"]};"
                              "{\"sources\":[\"vc02\"],\"targets\":[\"incus01\"]}")
            << QStringLiteral("No running engine may take both source vc01 and target incus01 "
                              "(restricted with --only-source and --only-target)");
        QTest::newRow("the one for the target is restricted; another lacks the source")
            << QStringLiteral("{\"targets\":[\"incus02\"]};"
                              "{\"lacks\":{\"sources\":[\"vc01\"],\"targets\":[]}}")
            << QStringLiteral("No engine has credentials for source vc01");
        QTest::newRow("lacks the target key")
            << QStringLiteral("{\"lacks\":{\"sources\":[],\"targets\":[\"incus01\"]}}")
            << QStringLiteral("No engine has credentials for target incus01");
        QTest::newRow("one lacks the source, the other the target")
            << QStringLiteral("{\"lacks\":{\"sources\":[\"vc01\"],\"targets\":[]}};"
                              "{\"lacks\":{\"sources\":[],\"targets\":[\"incus01\"]}}")
            << QStringLiteral("No engine has credentials for both source vc01 and target incus01");
        QTest::newRow("one lacks it, another has it")
            << QStringLiteral("{\"lacks\":{\"sources\":[\"vc01\"],\"targets\":[]}};"
                              "{\"serves\":{\"sources\":[\"vc01\"],\"targets\":[]}}")
            << QString();
        QTest::newRow("lacks another source only")
            << QStringLiteral("{\"lacks\":{\"sources\":[\"vc02\"],\"targets\":[]}}") << QString();
    }

    void waitingReasons()
    {
        QFETCH(QString, engines);
        QFETCH(QString, reason);
        QVector<EngineRestrictions> live;
        if (!engines.isEmpty())
            for (const QString &column : engines.split(QLatin1Char(';')))
                live << EngineRestrictions::fromJson(
                    column == QLatin1String("-") ? QString() : column);
        QCOMPARE(waitingReason(QStringLiteral("vc01"), QStringLiteral("incus01"), live), reason);
    }
};

QTEST_GUILESS_MAIN(TestEngineReach)
#include "test_enginereach.moc"
