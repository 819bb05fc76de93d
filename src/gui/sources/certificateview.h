#pragma once

#include <QSslCertificate>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace ferry::gui {

// One server certificate as a person checks it before trusting it (the Nextcloud desktop
// client's untrusted-certificate dialog): what is wrong with it, subject, issuer, validity and
// the SHA-256 fingerprint in lowercase hex (as ferryctl prints it) and in colon form (as
// browsers and openssl print it). For a pinned certificate that changed, the fingerprint that
// was trusted is shown next to the one presented now. The "I trust this certificate" tick is
// part of the view; nothing may be trusted before it is ticked.
class CertificateView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateView)

public:
    explicit CertificateView(QWidget *parent = nullptr);
    ~CertificateView() override;

    // pem: what the server presented; host: the endpoint's host name (for the name check);
    // trustedSha256: the pinned fingerprint when it no longer matches, else empty.
    void setCertificate(const QString &pem, const QString &host, const QString &trustedSha256);
    void clear();

    bool isValid() const { return !m_certificate.isNull(); }
    QString presentedSha256() const { return m_sha256; }
    QStringList problems() const { return m_problems; }
    bool isTrustTicked() const;
    void setTrustTicked(bool ticked);

    // "ba4f5b77..." -> "BA:4F:...:12\n34:..." in two lines of 16 pairs, for reading aloud.
    static QString twoLineColonFingerprint(const QString &sha256);

Q_SIGNALS:
    void trustTickChanged(bool ticked);

private:
    QLabel *addRow(const QString &label, const QString &objectName, bool monospace = false);

    QSslCertificate m_certificate;
    QString m_sha256;
    QStringList m_problems;
    QLabel *m_changedBanner = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_issuer = nullptr;
    QLabel *m_validFrom = nullptr;
    QLabel *m_validUntil = nullptr;
    QLabel *m_trustedSha256Title = nullptr;
    QLabel *m_trustedSha256 = nullptr;
    QLabel *m_trustedColons = nullptr;
    QLabel *m_sha256Title = nullptr;
    QLabel *m_sha256Label = nullptr;
    QLabel *m_colons = nullptr;
    QCheckBox *m_trust = nullptr;
};

} // namespace ferry::gui
