#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QHeaderView;
class QMenu;
class QWidget;

namespace ferry::gui {

// Lets people choose a table's columns from the header's context menu, and remembers the choice
// with the column widths and order in QSettings (UI state only). Columns are identified by the
// key the model returns for headerData(column, Qt::Horizontal, Qt::UserRole), so a later version
// that adds columns keeps the choice.
class ColumnChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooser)

public:
    // settingsGroup: "InstancesPage/header". Columns in alwaysVisible cannot be hidden.
    ColumnChooser(QHeaderView *header, QString settingsGroup, QList<int> hiddenByDefault = {},
        QList<int> alwaysVisible = {});
    ~ColumnChooser() override;

    void setColumnVisible(int column, bool visible);
    bool isColumnVisible(int column) const;
    // Back to the default columns, widths and order.
    void reset();

    // The context menu (one checkable action per column, objectName "columnAction_<key>",
    // then "Reset Columns"); the caller owns it. Public for the tests.
    QMenu *createMenu(QWidget *parent);

Q_SIGNALS:
    void columnsChanged();

private:
    void restore();
    void save() const;
    void showMenu(const QPoint &pos);
    QString keyOf(int column) const;

    QHeaderView *m_header = nullptr;
    QString m_group;
    QList<int> m_hiddenByDefault;
    QList<int> m_alwaysVisible;
    QByteArray m_defaultState;
    bool m_restoring = false;
};

} // namespace ferry::gui
