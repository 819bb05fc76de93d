#include "sources/sourceformwidget.h"

#include "common/colors.h"
#include "sources/sourceservice.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {
constexpr int kDefaultTimeoutSeconds = 600;
constexpr int kMaxTimeoutSeconds = 3600;
} // namespace

SourceFormWidget::SourceFormWidget(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("sourceForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_endpoint = new QLineEdit(this);
    m_endpoint->setObjectName(QStringLiteral("endpointEdit"));
    m_endpoint->setPlaceholderText(tr("vcenter.example.com, 10.0.0.5 or https://esxi01:8443"));
    m_endpoint->setAccessibleName(tr("Endpoint"));
    m_endpoint->setToolTip(tr("The host name, IP address or https URL of the vCenter Server or "
                              "ESXi host; https and port 443 unless you say otherwise."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("sourceNameEdit"));
    m_name->setPlaceholderText(tr("vc01"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setToolTip(tr("How Ferry and ferryctl refer to this source."));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setPlaceholderText(tr("administrator@vsphere.local"));
    m_username->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setToolTip(tr("Kept in the system keychain, never in Ferry's database."));
    if (mode == Mode::Edit)
        m_password->setPlaceholderText(tr("Unchanged"));
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    auto *options = new QGroupBox(tr("Import options"), this);
    options->setObjectName(QStringLiteral("importOptionsGroup"));
    auto *optionsForm = new QFormLayout(options);
    optionsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_importLimit = new QSpinBox(options);
    m_importLimit->setObjectName(QStringLiteral("importLimitSpinBox"));
    m_importLimit->setRange(1, 10000);
    m_importLimit->setValue(50);
    m_importLimit->setAccessibleName(tr("Import limit"));
    m_importLimit->setToolTip(tr("How many VMs may be imported from this source at the same "
                                 "time."));
    m_timeout = new QSpinBox(options);
    m_timeout->setObjectName(QStringLiteral("timeoutSpinBox"));
    m_timeout->setRange(5, kMaxTimeoutSeconds);
    m_timeout->setValue(kDefaultTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Connection timeout in seconds"));
    m_timeout->setToolTip(tr("A request that receives nothing for this long fails with \"Cannot "
                             "connect\"."));
    m_datacenters = new QLineEdit(options);
    m_datacenters->setObjectName(QStringLiteral("datacentersEdit"));
    m_datacenters->setPlaceholderText(tr("All datacenters"));
    m_datacenters->setAccessibleName(tr("Datacenters"));
    m_datacenters->setToolTip(tr("Only import from these datacenters, separated by commas."));
    optionsForm->addRow(tr("Import &limit:"), m_importLimit);
    optionsForm->addRow(tr("Connection &timeout:"), m_timeout);
    optionsForm->addRow(tr("&Datacenters:"), m_datacenters);
    m_hostDirect = new QCheckBox(tr("Read disks directly from the ESXi &hosts"), options);
    m_hostDirect->setObjectName(QStringLiteral("hostDirectReadsCheckBox"));
    m_hostDirect->setToolTip(tr("vCenter only: each disk is read from the host that runs the VM "
                                "with a one-time service ticket per read, the host's certificate "
                                "pinned by the ticket; if that fails, through vCenter."));
    optionsForm->addRow(QString(), m_hostDirect);
    layout->addWidget(options);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("formProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setPalette(errorPalette(m_problem->palette()));
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    for (QLineEdit *edit : {m_endpoint, m_name, m_username, m_password, m_datacenters})
        connect(edit, &QLineEdit::textChanged, this, &SourceFormWidget::changed);
    connect(m_endpoint, &QLineEdit::textChanged, this, &SourceFormWidget::suggestName);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_importLimit, &QSpinBox::valueChanged, this, &SourceFormWidget::changed);
    connect(m_timeout, &QSpinBox::valueChanged, this, &SourceFormWidget::changed);
    connect(m_hostDirect, &QCheckBox::toggled, this, &SourceFormWidget::changed);
    setTabOrder(m_endpoint, m_name);
    setTabOrder(m_name, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_importLimit);
    setTabOrder(m_importLimit, m_timeout);
    setTabOrder(m_timeout, m_datacenters);
    setTabOrder(m_datacenters, m_hostDirect);
}

SourceFormWidget::~SourceFormWidget() = default;

void SourceFormWidget::suggestName()
{
    // Until the person types a name, the endpoint's host is a good one.
    if (m_nameEdited || m_mode == Mode::Edit)
        return;
    QString text = m_endpoint->text().trimmed();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const QString host = QUrl(text).host();
    QHostAddress address;
    m_name->setText(
        host.isEmpty() || address.setAddress(host) ? host : host.section(QLatin1Char('.'), 0, 0));
}

void SourceFormWidget::setSource(const Source &source)
{
    m_originalName = m_mode == Mode::Edit ? source.name : QString();
    m_endpoint->setText(source.endpoint);
    m_name->setText(source.name);
    m_nameEdited = !source.name.isEmpty();
    m_username->setText(source.username);
    m_importLimit->setValue(source.importLimit);
    m_timeout->setValue(
        int(qBound<qint64>(5, source.connectionTimeoutMs / 1000, qint64(kMaxTimeoutSeconds))));
    m_datacenters->setText(source.datacenters.join(QLatin1String(", ")));
    m_hostDirect->setChecked(source.hostDirectReads);
}

Source SourceFormWidget::applyTo(Source base) const
{
    base.name = m_name->text().trimmed();
    auto endpoint = SourceService::normalizeEndpoint(m_endpoint->text());
    base.endpoint = endpoint ? *endpoint : m_endpoint->text().trimmed();
    base.username = m_username->text().trimmed();
    base.importLimit = m_importLimit->value();
    base.connectionTimeoutMs = qint64(m_timeout->value()) * 1000;
    base.hostDirectReads = m_hostDirect->isChecked();
    QStringList datacenters;
    const QStringList parts = m_datacenters->text().split(QLatin1Char(','));
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            datacenters << part.trimmed();
    base.datacenters = datacenters;
    return base;
}

QByteArray SourceFormWidget::password() const
{
    return m_password->text().toUtf8();
}

bool SourceFormWidget::passwordChanged() const
{
    return !m_password->text().isEmpty();
}

std::optional<QString> SourceFormWidget::validate(
    const std::function<bool(const QString &)> &nameTaken)
{
    auto fail = [this](const QString &message, QWidget *field) -> std::optional<QString> {
        showProblem(message, field);
        return message;
    };
    if (m_endpoint->text().trimmed().isEmpty())
        return fail(tr("Enter the endpoint: the host name, IP address or URL of the vCenter "
                       "Server or ESXi host."),
            m_endpoint);
    if (auto endpoint = SourceService::normalizeEndpoint(m_endpoint->text()); !endpoint)
        return fail(endpoint.error().message, m_endpoint);
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return fail(tr("Enter a name for the source."), m_name);
    if (name != m_originalName && nameTaken && nameTaken(name))
        return fail(
            tr("A source named \"%1\" exists already; choose another name.").arg(name), m_name);
    if (m_username->text().trimmed().isEmpty())
        return fail(tr("Enter the user name to log in with."), m_username);
    if (m_mode == Mode::Add && m_password->text().isEmpty())
        return fail(tr("Enter the password."), m_password);
    showProblem({});
    return std::nullopt;
}

void SourceFormWidget::showProblem(const QString &message, QWidget *field)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
}

void SourceFormWidget::focusPassword()
{
    m_password->setFocus(Qt::OtherFocusReason);
    m_password->selectAll();
}

} // namespace ferry::gui
