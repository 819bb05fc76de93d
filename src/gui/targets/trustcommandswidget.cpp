#include "targets/trustcommandswidget.h"

#include "common/icons.h"
#include "model/target.h"
#include "targets/targetpresentation.h"
#include "targets/targetservice.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {
constexpr int kCopiedFeedbackMs = 2000;

QString rowSuffix(int row)
{
    return row == 0 ? QString() : QString::number(row + 1);
}
} // namespace

TrustCommandsWidget::TrustCommandsWidget(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_run(new QLabel(tr("On the server (copy the file there first if it is another machine), "
                          "run:"),
          this))
    , m_rows(new QVBoxLayout)
    , m_showFile(new QPushButton(tr("Show Certificate &File"), this))
{
    setObjectName(QStringLiteral("trustCommands"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_intro->setObjectName(QStringLiteral("trustCommandsIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setObjectName(QStringLiteral("trustCertificateFile"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setContentsMargins(12, 0, 0, 0);
    m_run->setObjectName(QStringLiteral("trustCommandsRun"));
    m_run->setWordWrap(true);
    m_rows->setSpacing(6);
    m_showFile->setObjectName(QStringLiteral("showCertificateFileButton"));
    m_showFile->setIcon(themedIcon(QStringLiteral("folder")));
    m_showFile->setToolTip(tr("Open the folder that holds the certificate, to copy it to the "
                              "server"));
    layout->addWidget(m_intro);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_run);
    layout->addLayout(m_rows);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_showFile);
    fileRow->addStretch(1);
    layout->addLayout(fileRow);
    connect(m_showFile, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_file).absolutePath()));
    });
}

TrustCommandsWidget::~TrustCommandsWidget() = default;

void TrustCommandsWidget::setTarget(const Target &target, const QString &file)
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_file = file;
    const QString fingerprint = targetpresentation::clientFingerprint(target);
    const bool written = !file.isEmpty();
    m_fileLabel->setVisible(written);
    m_run->setVisible(written);
    m_showFile->setVisible(written);
    if (!written) {
        m_commands.clear();
        m_intro->setText(tr("Ferry could not write its client certificate (SHA-256 %1) to a "
                            "file for the server. Check that the data directory is writable.")
                             .arg(fingerprint));
        return;
    }
    m_commands = TargetService::trustCommands(target, QDir::toNativeSeparators(file));
    m_intro->setText(tr("Ferry wrote its client certificate to:"));
    m_fileLabel->setText(QDir::toNativeSeparators(file));
    m_fileLabel->setToolTip(tr("SHA-256 fingerprint of the certificate: %1").arg(fingerprint));
    for (int row = 0; row < m_commands.size(); ++row) {
        auto *line = new QWidget(this);
        auto *lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QLineEdit(m_commands.at(row), line);
        edit->setObjectName(QStringLiteral("trustCommandEdit") + rowSuffix(row));
        edit->setReadOnly(true);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setAccessibleName(tr("Command to run on the server"));
        edit->setFocusPolicy(Qt::ClickFocus); // no select-all when the page opens
        edit->setCursorPosition(0);
        auto *copyButton = new QPushButton(tr("&Copy"), line);
        copyButton->setObjectName(QStringLiteral("copyCommandButton") + rowSuffix(row));
        copyButton->setToolTip(tr("Copy the command to the clipboard"));
        lineLayout->addWidget(edit, 1);
        lineLayout->addWidget(copyButton);
        connect(copyButton, &QPushButton::clicked, this, [this, row] { copy(row); });
        m_rows->addWidget(line);
        m_rowWidgets << line;
    }
}

void TrustCommandsWidget::copy(int row)
{
    QGuiApplication::clipboard()->setText(m_commands.value(row));
    auto *button = findChild<QPushButton *>(QStringLiteral("copyCommandButton") + rowSuffix(row));
    if (!button)
        return;
    button->setText(tr("Copied"));
    QTimer::singleShot(kCopiedFeedbackMs, button, [button] { button->setText(tr("&Copy")); });
}

} // namespace ferry::gui
