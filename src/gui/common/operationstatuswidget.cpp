#include "common/operationstatuswidget.h"

#include "common/iconlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ferry::gui {

OperationStatusWidget::OperationStatusWidget(const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_icon(new IconLabel(this))
    , m_headline(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_message(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(prefix + QStringLiteral("Status"));
    m_icon->setObjectName(prefix + QStringLiteral("Icon"));
    m_headline->setObjectName(prefix + QStringLiteral("Headline"));
    m_bar->setObjectName(prefix + QStringLiteral("ProgressBar"));
    m_progressText->setObjectName(prefix + QStringLiteral("ProgressText"));
    m_message->setObjectName(prefix + QStringLiteral("Message"));
    m_detailsButton->setObjectName(prefix + QStringLiteral("DetailsButton"));
    m_details->setObjectName(prefix + QStringLiteral("Details"));

    QFont headlineFont = m_headline->font();
    headlineFont.setWeight(QFont::DemiBold);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressText->setForegroundRole(QPalette::PlaceholderText);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(m_bar->sizeHint().height());

    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setAccessibleName(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    connect(
        m_detailsButton, &QToolButton::toggled, this, &OperationStatusWidget::setDetailsVisible);

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    text->addWidget(m_headline);
    text->addWidget(m_bar);
    text->addWidget(m_progressText);
    text->addWidget(m_message);
    auto *detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_detailsButton);
    detailsRow->addStretch(1);
    text->addLayout(detailsRow);
    text->addWidget(m_details);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    clear();
}

OperationStatusWidget::~OperationStatusWidget() = default;

void OperationStatusWidget::clear()
{
    m_state = State::Idle;
    m_icon->setVisible(false);
    m_headline->clear();
    m_headline->setVisible(false);
    m_bar->setVisible(false);
    m_progressText->clear();
    m_progressText->setVisible(false);
    m_message->clear();
    m_message->setVisible(false);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(false);
    m_details->clear();
    m_details->setVisible(false);
}

void OperationStatusWidget::setRunning(const QString &headline, const QString &message)
{
    clear();
    m_state = State::Running;
    m_icon->setIcon(QStringLiteral("status-busy"), 22);
    m_icon->setVisible(true);
    m_headline->setText(headline);
    m_headline->setVisible(true);
    m_bar->setVisible(true);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void OperationStatusWidget::setProgressText(const QString &text)
{
    m_progressText->setText(text);
    m_progressText->setVisible(!text.isEmpty());
}

void OperationStatusWidget::setResult(
    State state, const QString &headline, const QString &message, const QString &details)
{
    clear();
    m_state = state;
    QString icon;
    switch (state) {
    case State::Succeeded:
        icon = QStringLiteral("status-ok");
        break;
    case State::NeedsAttention:
        icon = QStringLiteral("status-warning");
        break;
    case State::Failed:
        icon = QStringLiteral("status-error");
        break;
    case State::Idle:
    case State::Running:
        icon = QStringLiteral("status-busy");
        break;
    }
    m_icon->setIcon(icon, 22);
    m_icon->setVisible(true);
    m_headline->setText(headline);
    m_headline->setVisible(!headline.isEmpty());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
}

void OperationStatusWidget::setDetailsVisible(bool visible)
{
    m_detailsButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(visible);
}

QString OperationStatusWidget::headline() const
{
    return m_headline->text();
}

QString OperationStatusWidget::message() const
{
    return m_message->text();
}

QString OperationStatusWidget::details() const
{
    return m_details->toPlainText();
}

} // namespace ferry::gui
