#include "about/aboutdialog.h"

#include "common/icons.h"
#include "version.h"

#include "ui_aboutdialog.h"

#include <QLayout>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPushButton>

namespace ferry::gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);

    m_ui->iconLabel->setPixmap(applicationIcon().pixmap(QSize(64, 64), devicePixelRatioF()));

    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setWeight(QFont::DemiBold);
    m_ui->nameLabel->setFont(nameFont);

    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(FERRY_VERSION_STRING)));
    m_ui->qtVersionLabel->setText(
        tr("Built with Qt %1, running on Qt %2.")
            .arg(QStringLiteral(QT_VERSION_STR), QLibraryInfo::version().toString()));
    m_ui->licenseLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->licenseLabel->setText(
        tr("Ferry uses Qt (GNU LGPL version 3), QtKeychain (BSD licence) and yaml-cpp (MIT "
           "licence). It is provided without any warranty."));

    QPushButton *aboutQt = m_ui->buttonBox->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    aboutQt->setAccessibleName(tr("About Qt"));
    connect(aboutQt, &QPushButton::clicked, this,
        [this] { QMessageBox::aboutQt(this, tr("About Qt")); });
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    constexpr int kWidth = 480;
    setFixedSize(kWidth, qMax(sizeHint().height(), layout()->heightForWidth(kWidth)));
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionText() const
{
    return m_ui->versionLabel->text();
}

} // namespace ferry::gui
