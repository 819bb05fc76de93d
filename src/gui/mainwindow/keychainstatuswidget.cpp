#include "mainwindow/keychainstatuswidget.h"

#include "common/iconlabel.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>

namespace ferry::gui {

KeychainStatusWidget::KeychainStatusWidget(Probe probe, QWidget *parent)
    : QWidget(parent)
    , m_probe(std::move(probe))
    , m_watcher(new QFutureWatcher<Status>(this))
    , m_icon(new IconLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("keychainStatus"));
    m_icon->setObjectName(QStringLiteral("keychainStatusIcon"));
    m_text->setObjectName(QStringLiteral("keychainStatusText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    connect(
        m_watcher, &QFutureWatcher<Status>::finished, this, &KeychainStatusWidget::onProbeFinished);
    setState(State::NotStarted, {});
}

KeychainStatusWidget::~KeychainStatusWidget() = default;

void KeychainStatusWidget::start()
{
    if (m_state == State::Checking || !m_probe)
        return;
    setState(State::Checking, tr("Asking the system keychain whether it is reachable."));
    m_watcher->setFuture(QtConcurrent::run(m_probe));
}

QString KeychainStatusWidget::text() const
{
    return m_text->text();
}

void KeychainStatusWidget::onProbeFinished()
{
    const Status status = m_watcher->result();
    if (status.ok()) {
        setState(State::Available,
            tr("The system keychain answers. Ferry keeps passwords and keys only there."));
        return;
    }
    const Error &error = status.error();
    QString toolTip = error.message;
    if (!error.details.isEmpty())
        toolTip += QStringLiteral("\n\n") + error.details;
    setState(State::Unavailable, toolTip);
}

void KeychainStatusWidget::setState(State state, const QString &toolTip)
{
    m_state = state;
    switch (state) {
    case State::NotStarted:
        m_text->setText(tr("Keychain: not checked"));
        break;
    case State::Checking:
        m_text->setText(tr("Keychain: checking…"));
        break;
    case State::Available:
        m_text->setText(tr("Keychain: available"));
        break;
    case State::Unavailable:
        m_text->setText(tr("Keychain: unavailable"));
        break;
    }
    setToolTip(toolTip);
    setAccessibleName(m_text->text());
    setAccessibleDescription(toolTip);
    updateIcon();
    Q_EMIT stateChanged(state);
}

void KeychainStatusWidget::updateIcon()
{
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const bool pending = m_state == State::Checking || m_state == State::NotStarted;
    m_icon->setIcon(
        m_state == State::Unavailable ? QStringLiteral("warnings") : QStringLiteral("keychain"),
        side, pending ? QIcon::Disabled : QIcon::Normal);
}

} // namespace ferry::gui
