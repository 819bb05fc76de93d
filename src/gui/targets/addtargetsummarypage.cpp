#include "targets/addtargetsummarypage.h"

#include "common/operationstatuswidget.h"
#include "targets/addtargetwizard.h"
#include "targets/targetinventory.h"
#include "targets/targetpresentation.h"
#include "targets/targetservice.h"
#include "util/units.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

constexpr int kNamesShown = 4;

// "2: default, web" or "7: a, b, c, d and 3 more"; "none" for an empty list.
QString countAndNames(const QStringList &names)
{
    if (names.isEmpty())
        return AddTargetSummaryPage::tr("none");
    QString shown = names.mid(0, kNamesShown).join(QLatin1String(", "));
    if (names.size() > kNamesShown)
        shown
            = AddTargetSummaryPage::tr("%1 and %2 more").arg(shown).arg(names.size() - kNamesShown);
    return AddTargetSummaryPage::tr("%1: %2").arg(names.size()).arg(shown);
}

} // namespace

AddTargetSummaryPage::AddTargetSummaryPage(AddTargetWizard *wizard)
    : AddTargetPage(wizard, AddTargetWizard::SummaryPageId)
    , m_status(new OperationStatusWidget(QStringLiteral("summary"), this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setIntro(tr("What Ferry registered and found on the server."));
    setFinalPage(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(m_status);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(7);
    layout->addLayout(m_form);
    layout->addStretch(1);

    m_server = addRow(tr("Server:"), QStringLiteral("summaryServerLabel"));
    m_extensions = addRow(tr("API extensions:"), QStringLiteral("summaryExtensionsLabel"));
    m_endpoint = addRow(tr("Endpoint:"), QStringLiteral("summaryEndpointLabel"));
    m_serverCert
        = addRow(tr("Server certificate:"), QStringLiteral("summaryServerCertLabel"), true);
    m_clientCert
        = addRow(tr("Ferry's certificate:"), QStringLiteral("summaryClientCertLabel"), true);
    m_auth = addRow(tr("Authentication:"), QStringLiteral("summaryAuthLabel"));
    m_limits = addRow(tr("Limits:"), QStringLiteral("summaryLimitsLabel"));
    m_projects = addRow(tr("Projects:"), QStringLiteral("summaryProjectsLabel"));
    m_pools = addRow(tr("Storage pools:"), QStringLiteral("summaryPoolsLabel"));
    m_networks = addRow(tr("Networks:"), QStringLiteral("summaryNetworksLabel"));
}

AddTargetSummaryPage::~AddTargetSummaryPage() = default;

QLabel *AddTargetSummaryPage::addRow(
    const QString &label, const QString &objectName, bool monospace)
{
    auto *field = new QLabel(this);
    field->setObjectName(objectName);
    field->setWordWrap(!monospace);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (monospace)
        field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_form->addRow(label, field);
    return field;
}

void AddTargetSummaryPage::initializePage()
{
    updateSubTitle();
    AddTargetWizard *wizard = targetWizard();
    const Target &t = *wizard->target();
    using namespace targetpresentation;

    if (t.connectivityStatus == connectivity::Ok) {
        m_status->setResult(OperationStatusWidget::State::Succeeded,
            tr("Target %1 is ready.").arg(t.name),
            tr("Ferry and the server trust each other. The target is on the Targets page."),
            t.statusDetail);
    } else {
        m_status->setResult(OperationStatusWidget::State::NeedsAttention,
            tr("Ferry saved target %1; its status is \"%2\".").arg(t.name, statusText(t)),
            tr("%1 You can do that later on the Targets page.").arg(statusExplanation(t)),
            t.statusDetail);
    }

    m_server->setText(serverType(t));
    const QStringList missing = TargetService::missingApiExtensions(t);
    m_extensions->setText(t.apiExtensions.isEmpty()
            ? tr("not read yet")
            : (missing.isEmpty() ? tr("%1, all that Ferry needs").arg(t.apiExtensions.size())
                                 : tr("%1; missing: %2")
                                       .arg(t.apiExtensions.size())
                                       .arg(missing.join(QLatin1String(", ")))));
    m_endpoint->setText(t.endpoint);
    m_serverCert->setText(
        t.cert.trustedSha256.isEmpty() ? tr("not trusted yet") : t.cert.trustedSha256);
    m_clientCert->setText(clientFingerprint(t));
    switch (wizard->authChoice()) {
    case AddTargetWizard::AuthChoice::TrustToken:
        m_auth->setText(tr("A TLS client certificate Ferry created, trusted by the server through "
                           "the token. Its private key is only in the system keychain."));
        break;
    case AddTargetWizard::AuthChoice::GenerateCertificate:
        m_auth->setText(tr("A TLS client certificate Ferry created. Its private key is only in "
                           "the system keychain."));
        break;
    case AddTargetWizard::AuthChoice::CertificateFiles:
        m_auth->setText(tr("Your TLS client certificate. Ferry copied its private key into the "
                           "system keychain."));
        break;
    case AddTargetWizard::AuthChoice::Oidc:
        m_auth->setText(tr("OIDC sign-in at the server's identity provider. Ferry keeps the "
                           "tokens only in the system keychain and renews them itself."));
        break;
    }
    const auto limit = [](int n) {
        return n == 0 ? AddTargetSummaryPage::tr("no limit") : QString::number(n);
    };
    m_limits->setText(tr("imports at once: %1, creations at once: %2, timeout: %3")
                          .arg(limit(t.importLimit), limit(t.createLimit),
                              units::formatDuration(t.connectionTimeoutMs)));

    const TargetInventory inv = TargetInventory::fromJson(t.inventory);
    const bool read = t.inventoryAt.isValid();
    QStringList projects, pools, managed, unmanaged;
    for (const incus::Project &p : inv.projects)
        projects << p.name;
    for (const incus::StoragePool &p : inv.storagePools)
        pools << tr("%1 (%2)").arg(p.name, p.driver);
    for (auto it = inv.networks.constBegin(); it != inv.networks.constEnd(); ++it)
        for (const incus::Network &n : it.value())
            (n.managed ? managed : unmanaged) << tr("%1 (%2)").arg(n.name, n.type);
    managed.removeDuplicates();
    unmanaged.removeDuplicates();
    QString networks
        = managed.isEmpty() ? tr("no network managed by the server") : countAndNames(managed);
    if (!unmanaged.isEmpty())
        networks
            = tr("%1, plus %n unmanaged interface(s) of the host", nullptr, int(unmanaged.size()))
                  .arg(networks);
    m_projects->setText(read ? countAndNames(projects) : tr("not read yet"));
    m_pools->setText(read ? countAndNames(pools) : tr("not read yet"));
    m_networks->setText(read ? networks : tr("not read yet"));
    m_networks->setToolTip(unmanaged.isEmpty()
            ? QString()
            : tr("Not managed by the server: %1").arg(unmanaged.join(QLatin1String(", "))));
}

} // namespace ferry::gui
