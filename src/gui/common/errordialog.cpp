#include "common/errordialog.h"

#include "ui_errordialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLayout>
#include <QPushButton>
#include <QStyle>

namespace ferry::gui {

namespace {
constexpr int kMinimumWidth = 520;
} // namespace

ErrorDialog::ErrorDialog(const QString &summary, const Error &error, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ErrorDialog>())
{
    m_ui->setupUi(this);

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()
                                   ->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this)
                                   .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));

    QFont summaryFont = m_ui->summaryLabel->font();
    summaryFont.setWeight(QFont::DemiBold);
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_ui->summaryLabel->setFont(summaryFont);
    m_ui->summaryLabel->setText(summary);
    m_ui->messageLabel->setText(error.message);
    m_ui->messageLabel->setVisible(!error.message.isEmpty());

    QStringList details;
    if (!error.details.isEmpty())
        details << error.details;
    details << tr("Error code: %1").arg(QString::fromLatin1(Error::codeName(error.code)));
    m_ui->detailsText->setPlainText(details.join(QLatin1String("\n\n")));
    m_ui->detailsText->setVisible(false);
    m_ui->detailsText->setMinimumHeight(fontMetrics().lineSpacing() * 6);

    connect(m_ui->detailsButton, &QToolButton::toggled, this, &ErrorDialog::setDetailsVisible);

    QPushButton *copy
        = m_ui->buttonBox->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetailsButton"));
    copy->setAccessibleName(tr("Copy details"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(
            QStringLiteral("%1\n%2\n\n%3")
                .arg(m_ui->summaryLabel->text(), m_ui->messageLabel->text(),
                    m_ui->detailsText->toPlainText()));
    });
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setMinimumWidth(kMinimumWidth);
    fitHeight();
}

ErrorDialog::~ErrorDialog() = default;

QString ErrorDialog::summary() const
{
    return m_ui->summaryLabel->text();
}

QString ErrorDialog::message() const
{
    return m_ui->messageLabel->text();
}

QString ErrorDialog::detailsText() const
{
    return m_ui->detailsText->toPlainText();
}

bool ErrorDialog::detailsVisible() const
{
    return m_ui->detailsButton->isChecked();
}

void ErrorDialog::setDetailsVisible(bool visible)
{
    m_ui->detailsButton->setChecked(visible);
    m_ui->detailsButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_ui->detailsText->setVisible(visible);
    fitHeight();
}

void ErrorDialog::fitHeight()
{
    // The wrapped message decides the height at the dialog's width; adjustSize() would measure it
    // at the labels' preferred width and leave a gap.
    const int w = qMax(width(), kMinimumWidth);
    resize(w, layout()->totalHeightForWidth(w));
}

ErrorDialog *ErrorDialog::showError(QWidget *parent, const QString &summary, const Error &error)
{
    auto *dialog = new ErrorDialog(summary, error, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

int ErrorDialog::reportStartupFailure(const Error &error)
{
    ErrorDialog dialog(tr("Ferry cannot start"), error);
    dialog.setObjectName(QStringLiteral("startupErrorDialog"));
    dialog.exec();
    return 1;
}

} // namespace ferry::gui
