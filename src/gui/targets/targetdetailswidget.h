#pragma once

#include "model/target.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace ferry::gui {

class IconLabel;
class TargetInventoryModel;
class TrustCommandsWidget;

// The selected target on the Targets page: its status with what to do next (the trust command
// while the server does not trust Ferry), the server, the certificates, the limits, and the
// cached inventory as a tree of projects with their storage pools, networks and profiles.
class TargetDetailsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetDetailsWidget)

public:
    explicit TargetDetailsWidget(QWidget *parent = nullptr);
    ~TargetDetailsWidget() override;

    // clientCertificateFile: the exported certificate for the trust command, or empty.
    void setTarget(const Target &target, const QString &clientCertificateFile);
    // A busy text ("Checking…") in place of the status, or empty.
    void setBusyText(const QString &text);
    void clear();

    TargetInventoryModel *inventoryModel() const { return m_inventoryModel; }
    QTreeView *inventoryView() const { return m_inventoryView; }

private:
    QLabel *addFact(
        QFormLayout *form, const QString &label, const QString &objectName, bool monospace = false);
    void showStatus();

    Target m_target;
    QString m_busyText;
    IconLabel *m_statusIcon;
    QLabel *m_name;
    QLabel *m_status;
    QLabel *m_explanation;
    QLabel *m_statusDetail;
    TrustCommandsWidget *m_trustCommands;
    QLabel *m_server;
    QLabel *m_endpoint;
    QLabel *m_auth;
    QLabel *m_limits;
    QLabel *m_serverCert;
    QLabel *m_clientCert;
    QLabel *m_inventoryAt;
    QStackedWidget *m_inventoryStack;
    QLabel *m_inventoryPlaceholder;
    QTreeView *m_inventoryView;
    TargetInventoryModel *m_inventoryModel;
};

} // namespace ferry::gui
