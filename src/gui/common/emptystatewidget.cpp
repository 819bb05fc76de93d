#include "common/emptystatewidget.h"

#include "common/iconlabel.h"
#include "common/notelabel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

constexpr int kIconSize = 72;
constexpr qreal kIconOpacity = 0.55;
constexpr int kTextWidth = 440;

} // namespace

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new IconLabel(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_button(new QPushButton(this))
    , m_hint(noteLabel(QString(), this))
{
    m_icon->setObjectName(QStringLiteral("emptyStateIcon"));

    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_description->setObjectName(QStringLiteral("emptyStateDescription"));
    m_description->setAlignment(Qt::AlignCenter);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_button->setObjectName(QStringLiteral("emptyStateButton"));
    m_button->setVisible(false);
    m_button->setMinimumHeight(m_button->sizeHint().height() + 8);
    m_button->setMinimumWidth(140);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action->trigger();
    });

    m_hint->setObjectName(QStringLiteral("emptyStateHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    QFont hintFont = m_hint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    m_hint->setFont(hintFont);
    m_hint->setVisible(false);

    // A centred column of fixed maximum width. The word-wrapped labels sit in the column's
    // layout without alignment flags, so that their height follows their width.
    auto *column = new QWidget(this);
    column->setMaximumWidth(kTextWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(0);
    columnLayout->addWidget(m_icon, 0, Qt::AlignHCenter);
    columnLayout->addSpacing(20);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(10);
    columnLayout->addWidget(m_description);
    columnLayout->addSpacing(24);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_button);
    buttonRow->addStretch();
    columnLayout->addLayout(buttonRow);
    columnLayout->addSpacing(10);
    columnLayout->addWidget(m_hint);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(0);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

EmptyStateWidget::~EmptyStateWidget() = default;

void EmptyStateWidget::setIconName(const QString &name)
{
    // A large, quiet icon: the page's line icon at reduced opacity, so that the title and the
    // action carry the eye.
    m_icon->setIcon(name, kIconSize, QIcon::Normal, kIconOpacity);
}

void EmptyStateWidget::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
}

void EmptyStateWidget::setDescription(const QString &description)
{
    m_description->setText(description);
}

void EmptyStateWidget::setAction(QAction *action)
{
    if (m_action)
        disconnect(m_action, nullptr, this, nullptr);
    m_action = action;
    if (m_action) {
        connect(m_action, &QAction::changed, this, &EmptyStateWidget::syncWithAction);
        connect(m_action, &QObject::destroyed, this, [this] {
            m_action = nullptr;
            syncWithAction();
        });
    }
    syncWithAction();
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

QString EmptyStateWidget::description() const
{
    return m_description->text();
}

void EmptyStateWidget::syncWithAction()
{
    if (!m_action) {
        m_button->setVisible(false);
        m_hint->setVisible(false);
        return;
    }
    m_button->setText(m_action->text());
    m_button->setIcon(m_action->icon());
    m_button->setEnabled(m_action->isEnabled());
    m_button->setToolTip(m_action->toolTip());
    m_button->setAccessibleName(m_action->text().remove(QLatin1Char('&')));
    m_button->setAccessibleDescription(m_action->toolTip());
    m_button->setVisible(m_action->isVisible());
    m_hint->setText(m_action->toolTip());
    m_hint->setVisible(m_action->isVisible() && !m_action->isEnabled());
}

} // namespace ferry::gui
