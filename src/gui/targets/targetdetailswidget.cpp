#include "targets/targetdetailswidget.h"

#include "common/iconlabel.h"
#include "common/notelabel.h"
#include "sources/sourcepresentation.h"
#include "targets/targetinventorymodel.h"
#include "targets/targetpresentation.h"
#include "targets/targetservice.h"
#include "targets/trustcommandswidget.h"
#include "util/units.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace ferry::gui {

using namespace targetpresentation;

namespace {
constexpr int kStatusIconSize = 22;
}

TargetDetailsWidget::TargetDetailsWidget(QWidget *parent)
    : QWidget(parent)
    , m_statusIcon(new IconLabel(this))
    , m_name(new QLabel(this))
    , m_status(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_statusDetail(noteLabel(QString(), this))
    , m_trustCommands(new TrustCommandsWidget(this))
    , m_inventoryStack(new QStackedWidget(this))
    , m_inventoryPlaceholder(noteLabel(QString(), this))
    , m_inventoryView(new QTreeView(this))
    , m_inventoryModel(new TargetInventoryModel(this))
{
    setObjectName(QStringLiteral("targetDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    m_statusIcon->setObjectName(QStringLiteral("targetDetailsStatusIcon"));
    m_name->setObjectName(QStringLiteral("targetDetailsName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("targetDetailsStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_statusIcon);
    header->addWidget(m_name);
    header->addSpacing(6);
    header->addWidget(m_status);
    header->addStretch(1);
    layout->addLayout(header);

    m_explanation->setObjectName(QStringLiteral("targetDetailsExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusDetail->setObjectName(QStringLiteral("targetDetailsStatusDetail"));
    m_statusDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_explanation);
    layout->addWidget(m_statusDetail);
    layout->addWidget(m_trustCommands);

    auto *facts = new QHBoxLayout;
    facts->setSpacing(32);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *form : {left, right}) {
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
        form->setHorizontalSpacing(12);
        form->setVerticalSpacing(4);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }
    m_server = addFact(left, tr("Server:"), QStringLiteral("targetDetailsServer"));
    m_endpoint = addFact(left, tr("Endpoint:"), QStringLiteral("targetDetailsEndpoint"));
    m_auth = addFact(left, tr("Authentication:"), QStringLiteral("targetDetailsAuth"));
    m_limits = addFact(left, tr("Limits:"), QStringLiteral("targetDetailsLimits"));
    m_serverCert = addFact(
        right, tr("Server certificate:"), QStringLiteral("targetDetailsServerCert"), true);
    m_clientCert = addFact(
        right, tr("Ferry's certificate:"), QStringLiteral("targetDetailsClientCert"), true);
    m_inventoryAt
        = addFact(right, tr("Inventory read:"), QStringLiteral("targetDetailsInventoryAt"));
    facts->addLayout(left, 1);
    facts->addLayout(right, 1);
    layout->addSpacing(2);
    layout->addLayout(facts);

    m_inventoryPlaceholder->setObjectName(QStringLiteral("targetInventoryPlaceholder"));
    m_inventoryPlaceholder->setAlignment(Qt::AlignCenter);
    m_inventoryView->setObjectName(QStringLiteral("targetInventoryView"));
    m_inventoryView->setModel(m_inventoryModel);
    m_inventoryView->setUniformRowHeights(true);
    m_inventoryView->setAlternatingRowColors(true);
    m_inventoryView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_inventoryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_inventoryView->setAccessibleName(tr("Projects, storage pools, networks and profiles"));
    m_inventoryView->header()->setStretchLastSection(true);
    m_inventoryView->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_inventoryView->setColumnWidth(TargetInventoryModel::NameColumn, 240);
    m_inventoryView->setColumnWidth(TargetInventoryModel::TypeColumn, 90);
    m_inventoryView->setColumnWidth(TargetInventoryModel::ManagedColumn, 80);
    m_inventoryView->setColumnWidth(TargetInventoryModel::Ipv4Column, 130);
    m_inventoryView->setColumnWidth(TargetInventoryModel::Ipv6Column, 160);
    m_inventoryStack->addWidget(m_inventoryPlaceholder);
    m_inventoryStack->addWidget(m_inventoryView);
    layout->addSpacing(4);
    layout->addWidget(m_inventoryStack, 1);
    clear();
}

TargetDetailsWidget::~TargetDetailsWidget() = default;

QLabel *TargetDetailsWidget::addFact(
    QFormLayout *form, const QString &label, const QString &objectName, bool monospace)
{
    auto *field = new QLabel(this);
    field->setObjectName(objectName);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(!monospace);
    if (monospace) {
        field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        field->setTextFormat(Qt::PlainText);
    }
    auto *title = new QLabel(label, this);
    title->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(title, field);
    return field;
}

void TargetDetailsWidget::clear()
{
    m_target = Target();
    m_busyText.clear();
    m_statusIcon->clear();
    m_name->clear();
    m_status->clear();
    m_explanation->clear();
    m_statusDetail->clear();
    m_statusDetail->setVisible(false);
    m_trustCommands->setVisible(false);
    for (QLabel *l :
        {m_server, m_endpoint, m_auth, m_limits, m_serverCert, m_clientCert, m_inventoryAt})
        l->clear();
    m_inventoryModel->setInventory({});
    m_inventoryPlaceholder->setText(tr("Select a target to see its projects, storage pools "
                                       "and networks."));
    m_inventoryStack->setCurrentWidget(m_inventoryPlaceholder);
}

void TargetDetailsWidget::setBusyText(const QString &text)
{
    m_busyText = text;
    showStatus();
}

void TargetDetailsWidget::showStatus()
{
    if (m_target.name.isEmpty())
        return;
    const bool busy = !m_busyText.isEmpty();
    m_statusIcon->setIcon(busy ? QStringLiteral("status-busy")
                               : sourcepresentation::statusIconName(m_target.connectivityStatus),
        kStatusIconSize);
    m_status->setText(busy ? m_busyText : statusText(m_target));
}

void TargetDetailsWidget::setTarget(const Target &t, const QString &clientCertificateFile)
{
    const bool sameTarget = t.id == m_target.id;
    m_target = t;
    m_name->setText(t.name);
    showStatus();
    const bool oidc = t.authType == QLatin1String("oidc");
    m_explanation->setText(t.connectivityStatus == connectivity::AuthenticationError && !oidc
            ? tr("The server does not trust Ferry's client certificate (SHA-256 %1) yet. Run "
                 "the command below on the server, then Check Again, or redeem a new trust "
                 "token with Edit.")
                  .arg(clientFingerprint(t))
            : statusExplanation(t));
    // (An OIDC target has no certificate to trust: its detail says to sign in again.)
    const bool untrusted = t.connectivityStatus == connectivity::AuthenticationError && !oidc;
    m_statusDetail->setText(t.statusDetail);
    // While the server does not trust Ferry, the trust command below says it all.
    m_statusDetail->setVisible(!t.statusDetail.isEmpty() && !untrusted);
    m_trustCommands->setVisible(untrusted);
    if (untrusted)
        m_trustCommands->setTarget(t, clientCertificateFile);

    m_server->setText(t.apiExtensions.isEmpty()
            ? serverType(t)
            : tr("%1, %2 API extensions").arg(serverType(t)).arg(t.apiExtensions.size()));
    const QStringList missing = TargetService::missingApiExtensions(t);
    if (!missing.isEmpty())
        m_server->setText(
            tr("%1; missing: %2").arg(m_server->text(), missing.join(QLatin1String(", "))));
    m_endpoint->setText(t.endpoint);
    m_auth->setText(authDescription(t));
    const auto limit = [](int n) {
        return n == 0 ? tr("no limit") : QString::number(n);
    };
    m_limits->setText(tr("%1 imports, %2 creations at once; timeout %3")
                          .arg(limit(t.importLimit), limit(t.createLimit),
                              units::formatDuration(t.connectionTimeoutMs)));
    m_serverCert->setText(
        t.cert.trustedSha256.isEmpty() ? tr("not trusted yet") : t.cert.trustedSha256);
    if (t.cert.changed(t.connectivityStatus))
        m_serverCert->setText(
            tr("%1 (trusted)\n%2 (presented now)").arg(t.cert.trustedSha256, t.cert.seenSha256));
    if (t.verifiesByCa())
        m_serverCert->setText(
            tr("verified by certificate authority and host name (%1 presented last)")
                .arg(t.cert.seenSha256.isEmpty() ? tr("nothing") : t.cert.seenSha256.left(16)));
    const QString client = clientFingerprint(t);
    m_clientCert->setText(client.isEmpty() ? tr("none") : client);
    m_inventoryAt->setText(t.inventoryAt.isValid()
            ? QLocale().toString(t.inventoryAt.toLocalTime(), QLocale::ShortFormat)
            : tr("never"));

    const TargetInventory inventory = TargetInventory::fromJson(t.inventory);
    if (inventory.isEmpty()) {
        m_inventoryModel->setInventory({});
        m_inventoryPlaceholder->setText(
            tr("Ferry reads the projects, storage pools and networks once the target's status "
               "is OK."));
        m_inventoryStack->setCurrentWidget(m_inventoryPlaceholder);
        return;
    }
    // Keep what a person expanded when the same target is shown again after a check.
    QStringList expanded;
    const bool restore = sameTarget && m_inventoryModel->rowCount() > 0;
    if (restore) {
        for (int p = 0; p < m_inventoryModel->rowCount(); ++p) {
            const QModelIndex project = m_inventoryModel->index(p, 0);
            if (m_inventoryView->isExpanded(project))
                expanded << project.data().toString();
            for (int g = 0; g < m_inventoryModel->rowCount(project); ++g) {
                const QModelIndex group = m_inventoryModel->index(g, 0, project);
                if (m_inventoryView->isExpanded(group))
                    expanded << project.data().toString() + QLatin1Char('/') + QString::number(g);
            }
        }
    }
    m_inventoryModel->setInventory(inventory);
    m_inventoryStack->setCurrentWidget(m_inventoryView);
    for (int p = 0; p < m_inventoryModel->rowCount(); ++p) {
        const QModelIndex project = m_inventoryModel->index(p, 0);
        const QString name = project.data().toString();
        m_inventoryView->setExpanded(project, !restore || expanded.contains(name));
        for (int g = 0; g < m_inventoryModel->rowCount(project); ++g) {
            const QModelIndex group = m_inventoryModel->index(g, 0, project);
            const auto kind
                = TargetInventoryModel::Kind(group.data(TargetInventoryModel::KindRole).toInt());
            // Pools and networks open by default: they are what placement needs.
            const bool open = kind == TargetInventoryModel::Kind::PoolGroup
                || kind == TargetInventoryModel::Kind::NetworkGroup;
            m_inventoryView->setExpanded(group,
                restore ? expanded.contains(name + QLatin1Char('/') + QString::number(g)) : open);
        }
    }
}

} // namespace ferry::gui
