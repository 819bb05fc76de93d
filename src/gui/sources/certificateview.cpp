#include "sources/certificateview.h"

#include "tls/certificate.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSslError>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

QString nameLines(const QSslCertificate &cert, bool issuer)
{
    auto info = [&](QSslCertificate::SubjectInfo what) {
        return (issuer ? cert.issuerInfo(what) : cert.subjectInfo(what)).join(QLatin1String(", "));
    };
    QStringList lines;
    const QString cn = info(QSslCertificate::CommonName);
    lines << (cn.isEmpty() ? (issuer ? cert.issuerDisplayName() : cert.subjectDisplayName()) : cn);
    if (const QString o = info(QSslCertificate::Organization); !o.isEmpty())
        lines << CertificateView::tr("Organization: %1").arg(o);
    if (const QString ou = info(QSslCertificate::OrganizationalUnitName); !ou.isEmpty())
        lines << CertificateView::tr("Unit: %1").arg(ou);
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

QString alternativeNames(const QSslCertificate &cert)
{
    QStringList names;
    const auto sans = cert.subjectAlternativeNames();
    for (auto it = sans.constBegin(); it != sans.constEnd(); ++it) {
        switch (it.key()) {
        case QSsl::DnsEntry:
            names << CertificateView::tr("DNS %1").arg(it.value());
            break;
        case QSsl::IpAddressEntry:
            names << CertificateView::tr("IP %1").arg(it.value());
            break;
        case QSsl::EmailEntry:
            names << CertificateView::tr("email %1").arg(it.value());
            break;
        }
    }
    return names.join(QLatin1String(", "));
}

} // namespace

CertificateView::CertificateView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("certificateView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_changedBanner = new QLabel(this);
    m_changedBanner->setObjectName(QStringLiteral("certificateChangedBanner"));
    m_changedBanner->setWordWrap(true);
    m_changedBanner->setTextFormat(Qt::RichText);
    m_changedBanner->setVisible(false);
    layout->addWidget(m_changedBanner);

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("certificateProblems"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::RichText);
    m_problemsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problemsLabel);

    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(6);
    layout->addLayout(m_form);

    m_subject = addRow(tr("Issued to:"), QStringLiteral("certificateSubject"));
    addRow(tr("Alternative names:"), QStringLiteral("certificateAlternativeNames"));
    m_issuer = addRow(tr("Issued by:"), QStringLiteral("certificateIssuer"));
    m_validFrom = addRow(tr("Valid from:"), QStringLiteral("certificateValidFrom"));
    m_validUntil = addRow(tr("Valid until:"), QStringLiteral("certificateValidUntil"));

    m_trustedSha256
        = addRow(tr("Trusted before:"), QStringLiteral("certificateTrustedSha256"), true);
    m_trustedSha256Title = qobject_cast<QLabel *>(m_form->labelForField(m_trustedSha256));
    m_trustedColons = new QLabel(this);
    m_trustedColons->setObjectName(QStringLiteral("certificateTrustedSha256Colons"));
    m_trustedColons->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_trustedColons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trustedColons->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(QString(), m_trustedColons);

    m_sha256Label = addRow(tr("SHA-256 fingerprint:"), QStringLiteral("certificateSha256"), true);
    m_sha256Title = qobject_cast<QLabel *>(m_form->labelForField(m_sha256Label));
    m_colons = new QLabel(this);
    m_colons->setObjectName(QStringLiteral("certificateSha256Colons"));
    m_colons->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_colons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_colons->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(QString(), m_colons);

    m_trust = new QCheckBox(tr("I &trust this certificate"), this);
    m_trust->setObjectName(QStringLiteral("trustCertificateCheckBox"));
    m_trust->setAccessibleName(tr("I trust this certificate"));
    m_trust->setToolTip(tr("Tick only after you compared the fingerprint with the one your "
                           "vSphere administrator gave you."));
    layout->addSpacing(4);
    layout->addWidget(m_trust, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_trust, &QCheckBox::toggled, this, &CertificateView::trustTickChanged);
    clear();
}

CertificateView::~CertificateView() = default;

QLabel *CertificateView::addRow(const QString &label, const QString &objectName, bool monospace)
{
    auto *field = new QLabel(this);
    field->setObjectName(objectName);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(!monospace);
    if (monospace)
        field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_form->addRow(label, field);
    return field;
}

QString CertificateView::twoLineColonFingerprint(const QString &sha256)
{
    const QString colons = tls::colonFingerprint(sha256);
    // 32 pairs: "AA:BB:...:PP" is 95 characters; break after the 16th pair.
    if (colons.size() == 95)
        return colons.left(47) + QLatin1String(":\n") + colons.mid(48);
    return colons;
}

void CertificateView::clear()
{
    m_certificate = QSslCertificate();
    m_sha256.clear();
    m_problems.clear();
    m_changedBanner->setVisible(false);
    m_problemsLabel->clear();
    m_problemsLabel->setVisible(false);
    const QList<QLabel *> fields = findChildren<QLabel *>(
        QRegularExpression(QStringLiteral("^certificate(Subject|AlternativeNames|Issuer|Valid|"
                                          "TrustedSha256|Sha256)")));
    for (QLabel *field : fields)
        field->clear();
    m_form->setRowVisible(m_trustedSha256, false);
    m_form->setRowVisible(m_trustedColons, false);
    m_trust->setChecked(false);
    m_trust->setEnabled(false);
}

void CertificateView::setCertificate(
    const QString &pem, const QString &host, const QString &trustedSha256)
{
    clear();
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem.toLatin1(), QSsl::Pem);
    if (certs.isEmpty()) {
        m_problemsLabel->setText(tr("The server did not present a certificate that Ferry could "
                                    "read, so there is nothing to trust."));
        m_problemsLabel->setVisible(true);
        return;
    }
    m_certificate = certs.constFirst();
    m_sha256 = tls::sha256Of(m_certificate);
    const bool changed = !trustedSha256.isEmpty() && trustedSha256 != m_sha256;

    if (changed)
        m_problems << tr("This is not the certificate you trusted before: its fingerprint "
                         "changed.");
    const QList<QSslError> errors = QSslCertificate::verify(certs, host);
    for (const QSslError &e : errors)
        if (!m_problems.contains(e.errorString()))
            m_problems << e.errorString();

    if (changed) {
        m_changedBanner->setText(
            tr("<b>The certificate of this server changed.</b> Ferry sent nothing to the "
               "server. Trust the new certificate only if you know why it changed, for "
               "example because the server was renewed or reinstalled."));
        m_changedBanner->setVisible(true);
    }
    if (!m_problems.isEmpty()) {
        QString html = tr("<b>Problems with this certificate:</b>")
            + QLatin1String("<ul style=\"margin-top:2px; margin-left:-20px\">");
        for (const QString &p : std::as_const(m_problems))
            html += QLatin1String("<li>") + p.toHtmlEscaped() + QLatin1String("</li>");
        html += QLatin1String("</ul>");
        m_problemsLabel->setText(html);
        m_problemsLabel->setVisible(true);
    }

    m_subject->setText(nameLines(m_certificate, false));
    const QString alt = alternativeNames(m_certificate);
    auto *altLabel = findChild<QLabel *>(QStringLiteral("certificateAlternativeNames"));
    altLabel->setText(alt);
    m_form->setRowVisible(altLabel, !alt.isEmpty());
    m_issuer->setText(m_certificate.issuerDisplayName() == m_certificate.subjectDisplayName()
                && m_certificate.isSelfSigned()
            ? tr("%1\n(self-signed: issued by itself)").arg(nameLines(m_certificate, true))
            : nameLines(m_certificate, true));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = m_certificate.effectiveDate();
    const QDateTime until = m_certificate.expiryDate();
    QLocale locale;
    m_validFrom->setText(from > now
            ? tr("%1 (not valid yet)").arg(locale.toString(from.toLocalTime(), QLocale::LongFormat))
            : locale.toString(from.toLocalTime(), QLocale::LongFormat));
    m_validUntil->setText(until < now
            ? tr("%1 (expired)").arg(locale.toString(until.toLocalTime(), QLocale::LongFormat))
            : locale.toString(until.toLocalTime(), QLocale::LongFormat));

    if (changed) {
        m_trustedSha256Title->setText(tr("Trusted fingerprint:"));
        m_trustedSha256->setText(trustedSha256);
        m_trustedColons->setText(twoLineColonFingerprint(trustedSha256));
        m_form->setRowVisible(m_trustedSha256, true);
        m_form->setRowVisible(m_trustedColons, true);
        m_sha256Title->setText(tr("Presented fingerprint:"));
    } else {
        m_sha256Title->setText(tr("SHA-256 fingerprint:"));
    }
    m_sha256Label->setText(m_sha256);
    m_sha256Label->setAccessibleName(tr("SHA-256 fingerprint"));
    m_colons->setText(twoLineColonFingerprint(m_sha256));
    m_trust->setEnabled(true);
    m_trust->setText(
        changed ? tr("I &trust the new certificate") : tr("I &trust this certificate"));
}

bool CertificateView::isTrustTicked() const
{
    return m_trust->isEnabled() && m_trust->isChecked();
}

void CertificateView::setTrustTicked(bool ticked)
{
    m_trust->setChecked(ticked);
}

} // namespace ferry::gui
