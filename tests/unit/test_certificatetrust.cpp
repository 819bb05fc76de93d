// CertificateTrust's rules, shared by sources and targets (ferry and ferryctl): whether a pinned
// certificate changed, whether a person can trust what the server presented, and pinning a
// fingerprint; and a source's server kind (apiType -> vcenter / esxi) mapped once.
#include "model/source.h"
#include "model/target.h"
#include "tls/certificatetrust.h"

#include <QtTest>

using namespace ferry;

namespace {

const QString kA = QStringLiteral("a").repeated(64);
const QString kB = QStringLiteral("b").repeated(64);

CertificateTrust trust(const QString &trusted, const QString &seen)
{
    CertificateTrust c;
    c.trustedSha256 = trusted;
    c.trustedPem = trusted.isEmpty() ? QString() : QStringLiteral("PEM ") + trusted;
    c.seenSha256 = seen;
    c.seenPem = seen.isEmpty() ? QString() : QStringLiteral("PEM ") + seen;
    return c;
}

} // namespace

class TestCertificateTrust final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void predicates_data()
    {
        QTest::addColumn<QString>("trusted");
        QTest::addColumn<QString>("seen");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("changed");
        QTest::addColumn<bool>("canTrust");
        QTest::newRow("pinned and matching") << kA << kA << connectivity::Ok << false << false;
        QTest::newRow("never trusted, asks")
            << QString() << kA << connectivity::ConfirmFingerprint << false << true;
        QTest::newRow("changed, refused") << kA << kB << connectivity::TlsError << true << true;
        QTest::newRow("changed, but the check passed")
            << kA << kB << connectivity::Ok << false << false;
        QTest::newRow("changed, cannot connect")
            << kA << kB << connectivity::CannotConnect << true << false;
        QTest::newRow("nothing seen")
            << kA << QString() << connectivity::TlsError << false << false;
        QTest::newRow("unknown") << QString() << QString() << connectivity::Unknown << false
                                 << false;
    }
    void predicates()
    {
        QFETCH(QString, trusted);
        QFETCH(QString, seen);
        QFETCH(QString, status);
        QFETCH(bool, changed);
        QFETCH(bool, canTrust);
        const CertificateTrust c = trust(trusted, seen);
        QCOMPARE(c.changed(status), changed);
        QCOMPARE(c.canTrust(status), canTrust);
        // The same rules for sources and targets: they hold the same member.
        Source s;
        s.cert = c;
        Target t;
        t.cert = c;
        QCOMPARE(s.cert.changed(status), t.cert.changed(status));
    }

    void seenDiffers()
    {
        QVERIFY(!trust(kA, kA).seenDiffers());
        QVERIFY(trust(kA, kB).seenDiffers());
        QVERIFY(trust(QString(), kB).seenDiffers());
        QVERIFY(!trust(kA, QString()).seenDiffers());
    }

    void trustFingerprint()
    {
        // The seen certificate, written with colons in upper case: its PEM is pinned too.
        CertificateTrust c = trust(kA, kB);
        QString colons;
        for (int i = 0; i < 64; i += 2)
            colons += (i ? QStringLiteral(":") : QString()) + kB.mid(i, 2).toUpper();
        QVERIFY(c.trustFingerprint(colons).ok());
        QCOMPARE(c.trustedSha256, kB);
        QCOMPARE(c.trustedPem, QStringLiteral("PEM ") + kB);
        QVERIFY(!c.changed(connectivity::TlsError));

        // Another fingerprint than the one seen: pinned without a PEM.
        c = trust(QString(), kB);
        QVERIFY(c.trustFingerprint(kA).ok());
        QCOMPARE(c.trustedSha256, kA);
        QVERIFY(c.trustedPem.isEmpty());

        // Not a fingerprint: refused, nothing changed.
        c = trust(kA, kB);
        const Status st = c.trustFingerprint(QStringLiteral("not-a-fingerprint"));
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::InvalidInput);
        QCOMPARE(c.trustedSha256, kA);
        QCOMPARE(c.trustedPem, QStringLiteral("PEM ") + kA);
    }

    // A pin typed when a source or target is added or edited.
    void editedPin()
    {
        const QString upper = kB.toUpper();
        CertificateTrust typed = trust(QString(), kB);
        typed.trustedSha256 = upper;
        QVERIFY(typed.normalizePin().ok());
        QCOMPARE(typed.trustedSha256, kB);
        CertificateTrust empty;
        QVERIFY(empty.normalizePin().ok());
        QVERIFY(empty.trustedSha256.isEmpty());
        CertificateTrust bad;
        bad.trustedSha256 = QStringLiteral("12:34");
        QCOMPARE(bad.normalizePin().error().code, Error::Code::InvalidInput);

        const CertificateTrust before = trust(kA, kB);
        // A new pin: the seen certificate's PEM when it is that one.
        CertificateTrust edited = before;
        edited.trustedSha256 = upper;
        QVERIFY(edited.applyEditedPin(before).ok());
        QCOMPARE(edited.trustedSha256, kB);
        QCOMPARE(edited.trustedPem, QStringLiteral("PEM ") + kB);
        // A new pin of another certificate: no PEM.
        edited = before;
        edited.seenSha256.clear();
        edited.seenPem.clear();
        edited.trustedSha256 = kB;
        QVERIFY(edited.applyEditedPin(before).ok());
        QVERIFY(edited.trustedPem.isEmpty());
        // The same pin: its PEM stays.
        edited = before;
        QVERIFY(edited.applyEditedPin(before).ok());
        QCOMPARE(edited.trustedPem, QStringLiteral("PEM ") + kA);
        // A cleared pin: no PEM.
        edited = before;
        edited.trustedSha256.clear();
        QVERIFY(edited.applyEditedPin(before).ok());
        QVERIFY(edited.trustedPem.isEmpty());
        // Not a fingerprint.
        edited = before;
        edited.trustedSha256 = QStringLiteral("nope");
        QCOMPARE(edited.applyEditedPin(before).error().code, Error::Code::InvalidInput);
    }

    void serverKind_data()
    {
        QTest::addColumn<QString>("apiType");
        QTest::addColumn<QString>("kind");
        QTest::newRow("vcenter") << QStringLiteral("VirtualCenter") << QStringLiteral("vcenter");
        QTest::newRow("esxi") << QStringLiteral("HostAgent") << QStringLiteral("esxi");
        QTest::newRow("not connected") << QString() << QString();
        QTest::newRow("something else") << QStringLiteral("Other") << QString();
    }
    void serverKind()
    {
        QFETCH(QString, apiType);
        QFETCH(QString, kind);
        Source s;
        s.apiType = apiType;
        QCOMPARE(s.serverKind(), kind);
    }
};

QTEST_GUILESS_MAIN(TestCertificateTrust)
#include "test_certificatetrust.moc"
