#pragma once

#include "model/instance.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace ferry::gui {

class IconLabel;

// The details of the selected instance under the Instances table, as `ferryctl instance show`
// lists them: the VM (OS, CPUs, memory, firmware, power, change tracking), its disks and NICs,
// the restrictions with their reasons, and the overrides with the button to edit them.
class InstanceDetailsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceDetailsWidget)

public:
    explicit InstanceDetailsWidget(QWidget *parent = nullptr);
    ~InstanceDetailsWidget() override;

    void setInstance(const Instance &instance, const QString &sourceName);
    void clear(const QString &message = {});
    bool hasInstance() const { return m_instance.id != 0; }
    const Instance &instance() const { return m_instance; }

    QTableWidget *disksTable() const { return m_disks; }
    QTableWidget *nicsTable() const { return m_nics; }
    QPushButton *editOverridesButton() const { return m_editOverrides; }

Q_SIGNALS:
    void editOverridesRequested();

private:
    QLabel *addField(QFormLayout *form, const QString &label, const QString &objectName);

    Instance m_instance;
    QWidget *m_content = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_editOverrides = nullptr;
    QLabel *m_uuid = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_os = nullptr;
    QLabel *m_cpus = nullptr;
    QLabel *m_memory = nullptr;
    QLabel *m_firmware = nullptr;
    QLabel *m_power = nullptr;
    QLabel *m_backgroundImport = nullptr;
    QTableWidget *m_disks = nullptr;
    QTableWidget *m_nics = nullptr;
    QLabel *m_restrictions = nullptr;
    QLabel *m_overrides = nullptr;
};

} // namespace ferry::gui
