#include "targets/targetsettingswidget.h"

#include "common/operationstatuswidget.h"
#include "targets/targetservice.h"
#include "tls/certificate.h"
#include "ui_targetsettingswidget.h"
#include "util/units.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace ferry::gui {

TargetSettingsWidget::TargetSettingsWidget(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TargetSettingsWidget>())
    , m_mode(mode)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("targetSettings"));
    m_message = new OperationStatusWidget(QStringLiteral("settings"), m_ui->messageArea);
    auto *messageLayout = new QVBoxLayout(m_ui->messageArea);
    messageLayout->setContentsMargins(0, 4, 0, 0);
    messageLayout->addWidget(m_message);
    m_ui->timeoutEdit->setText(units::formatDuration(Target().connectionTimeoutMs));
    m_ui->fingerprintEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->verifyCombo->addItem(tr("Its fingerprint (pinned)"), QStringLiteral("fingerprint"));
    m_ui->verifyCombo->addItem(
        tr("A certificate authority and the host name"), QStringLiteral("ca"));
    m_ui->verifyCombo->setToolTip(
        tr("Pin the fingerprint of a self-signed certificate (what Incus and LXD make). Choose "
           "a certificate authority for a certificate that renews, such as one issued by ACME "
           "(acme.domain): a pinned fingerprint would stop matching at the renewal."));
    m_ui->caHint->setText(
        tr("Optional: a PEM file with the authority that issues the server's certificates (a "
           "private ACME CA, for example). Without it, the system's authorities decide. The "
           "certificate must name the endpoint's host name."));
    m_ui->caFileEdit->setPlaceholderText(tr("The system's certificate authorities"));
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &TargetSettingsWidget::browseCaFile);
    connect(m_ui->verifyCombo, &QComboBox::currentIndexChanged, this, [this]() {
        showVerifyRows();
        Q_EMIT changed();
    });
    showVerifyRows();
    // A wrapped hint is given the height of a narrower column than it gets: text at the top,
    // right under its field, not floating in the middle of the spare room.
    for (QLabel *hint : {m_ui->fingerprintHint, m_ui->caHint})
        hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (QLabel *hint : {m_ui->endpointHint, m_ui->fingerprintHint, m_ui->caHint}) {
        hint->setForegroundRole(QPalette::PlaceholderText);
        QFont font = hint->font();
        font.setPointSizeF(font.pointSizeF() * 0.92);
        hint->setFont(font);
    }
    if (mode == Mode::Add) {
        m_ui->fingerprintHint->setText(
            tr("Optional: the certificate_fingerprint that \"lxc info\" or \"incus info\" "
               "shows on the server. Without it, Ferry shows you the server's certificate to "
               "confirm. A trust token brings its own fingerprint."));
        m_ui->fingerprintEdit->setPlaceholderText(tr("Optional"));
    } else {
        m_ui->fingerprintHint->setText(
            tr("The fingerprint Ferry trusts. Change it only to trust another certificate "
               "you have compared with the server's; Ferry refuses any other."));
        m_ui->fingerprintEdit->setPlaceholderText(tr("Not trusted yet"));
    }
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->endpointEdit, m_ui->timeoutEdit,
             m_ui->fingerprintEdit, m_ui->caFileEdit})
        connect(edit, &QLineEdit::textChanged, this, &TargetSettingsWidget::changed);
    for (QSpinBox *spin : {m_ui->importLimitSpin, m_ui->createLimitSpin})
        connect(spin, &QSpinBox::valueChanged, this, &TargetSettingsWidget::changed);
    connect(this, &TargetSettingsWidget::changed, this, &TargetSettingsWidget::clearError);
}

TargetSettingsWidget::~TargetSettingsWidget() = default;

void TargetSettingsWidget::setExistingNames(const QStringList &names)
{
    m_existingNames = names;
}

void TargetSettingsWidget::setTarget(const Target &t)
{
    m_ownName = t.name;
    m_ui->nameEdit->setText(t.name);
    m_ui->endpointEdit->setText(t.endpoint);
    m_ui->importLimitSpin->setValue(t.importLimit);
    m_ui->createLimitSpin->setValue(t.createLimit);
    m_ui->timeoutEdit->setText(units::formatDuration(t.connectionTimeoutMs));
    m_ui->fingerprintEdit->setText(t.cert.trustedSha256);
    m_storedCaPem = t.tlsCaPem;
    m_ui->caFileEdit->clear();
    const int stored = int(QSslCertificate::fromData(t.tlsCaPem.toLatin1(), QSsl::Pem).size());
    m_ui->caFileEdit->setPlaceholderText(stored > 0
            ? tr(
                "%n certificate authorities stored; choose a file to replace them", nullptr, stored)
            : tr("The system's certificate authorities"));
    m_ui->verifyCombo->setCurrentIndex(t.verifiesByCa() ? 1 : 0);
    showVerifyRows();
    clearError();
}

bool TargetSettingsWidget::byCa() const
{
    return m_ui->verifyCombo->currentData().toString() == QLatin1String("ca");
}

void TargetSettingsWidget::showVerifyRows()
{
    const bool ca = byCa();
    for (int row : {1, 2})
        m_ui->fingerprintForm->setRowVisible(row, !ca);
    for (int row : {3, 4})
        m_ui->fingerprintForm->setRowVisible(row, ca);
}

void TargetSettingsWidget::browseCaFile()
{
    const QString start
        = m_ui->caFileEdit->text().isEmpty() ? QDir::homePath() : m_ui->caFileEdit->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Certificate authorities"), start,
        tr("PEM files (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileEdit->setText(QDir::toNativeSeparators(file));
}

QString TargetSettingsWidget::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

QString TargetSettingsWidget::fingerprint() const
{
    return byCa() ? QString() : m_ui->fingerprintEdit->text().trimmed();
}

bool TargetSettingsWidget::fail(QWidget *field, const QString &text)
{
    showError(text);
    field->setFocus(Qt::OtherFocusReason);
    return false;
}

bool TargetSettingsWidget::apply(Target &t)
{
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty())
        return fail(m_ui->nameEdit, tr("Give the target a name, for example lxd01."));
    if (name.contains(QLatin1Char('/')))
        return fail(m_ui->nameEdit, tr("A target name cannot contain a slash."));
    if (name != m_ownName && m_existingNames.contains(name))
        return fail(
            m_ui->nameEdit, tr("A target named %1 already exists. Choose another name.").arg(name));

    auto endpoint = TargetService::normalizeEndpoint(m_ui->endpointEdit->text());
    if (!endpoint)
        return fail(m_ui->endpointEdit, endpoint.error().message);

    auto timeout = units::parseDurationMs(m_ui->timeoutEdit->text().trimmed());
    if (!timeout)
        return fail(m_ui->timeoutEdit,
            tr("\"%1\" is not a duration. Write it like 30s, 5m or 1h30m.")
                .arg(m_ui->timeoutEdit->text().trimmed()));
    if (*timeout <= 0)
        return fail(m_ui->timeoutEdit, tr("The timeout must be longer than zero."));

    QString fingerprint = byCa() ? QString() : m_ui->fingerprintEdit->text().trimmed();
    QString caPem = byCa() ? m_storedCaPem : QString();
    const QString caFile = m_ui->caFileEdit->text().trimmed();
    if (byCa() && !caFile.isEmpty()) {
        QFile f(QDir::fromNativeSeparators(caFile));
        if (!f.open(QIODevice::ReadOnly))
            return fail(m_ui->caFileEdit, tr("Cannot read %1: %2").arg(caFile, f.errorString()));
        const QByteArray pem = f.readAll();
        if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
            return fail(m_ui->caFileEdit,
                tr("%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).").arg(caFile));
        caPem = QString::fromLatin1(pem);
    }
    if (!fingerprint.isEmpty()) {
        auto fp = tls::normalizeFingerprint(fingerprint);
        if (!fp)
            return fail(m_ui->fingerprintEdit,
                tr("The fingerprint must be 64 hexadecimal digits (colons allowed), as \"lxc "
                   "info\" prints certificate_fingerprint."));
        fingerprint = *fp;
    }

    t.name = name;
    t.endpoint = *endpoint;
    t.importLimit = m_ui->importLimitSpin->value();
    t.createLimit = m_ui->createLimitSpin->value();
    t.connectionTimeoutMs = *timeout;
    t.cert.trustedSha256 = fingerprint;
    t.tlsVerify = byCa() ? QStringLiteral("ca") : QStringLiteral("fingerprint");
    t.tlsCaPem = caPem;
    // Show what will be used: the port and the canonical fingerprint.
    const QSignalBlocker blockEndpoint(m_ui->endpointEdit);
    const QSignalBlocker blockFingerprint(m_ui->fingerprintEdit);
    m_ui->endpointEdit->setText(t.endpoint);
    m_ui->fingerprintEdit->setText(fingerprint);
    clearError();
    return true;
}

void TargetSettingsWidget::showError(const QString &text, const QString &details)
{
    m_message->setResult(OperationStatusWidget::State::Failed, QString(), text, details);
}

void TargetSettingsWidget::clearError()
{
    m_message->clear();
}

} // namespace ferry::gui
