#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <QVector>

namespace ferry::gui {

// A table of registered records (sources, targets), one row each, found by their `id`, with a
// "busy" text per record ("Syncing… 120 VMs read", "Checking…") that the status column shows
// while something works on it. The rows and the busy texts live here; the subclass gives the
// columns and their data. `statusColumn` is the column a busy text changes.
template<typename Record, int statusColumn>
class RecordTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    // Replaces the rows; a record that is still there keeps its busy text.
    void setRecords(const QVector<Record> &records)
    {
        beginResetModel();
        m_records = records;
        QHash<qint64, QString> busy;
        for (const Record &r : records)
            if (m_busy.contains(r.id))
                busy.insert(r.id, m_busy.value(r.id));
        m_busy = busy;
        endResetModel();
    }

    // Replaces one record (found by id) or appends it.
    void updateRecord(const Record &record)
    {
        const int row = rowOfId(record.id);
        if (row < 0) {
            beginInsertRows({}, int(m_records.size()), int(m_records.size()));
            m_records << record;
            endInsertRows();
            return;
        }
        m_records[row] = record;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

    void removeRecord(qint64 id)
    {
        const int row = rowOfId(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_records.removeAt(row);
        m_busy.remove(id);
        endRemoveRows();
    }

    const Record *record(int row) const
    {
        return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
    }

    int rowOfId(qint64 id) const
    {
        for (int row = 0; row < m_records.size(); ++row)
            if (m_records.at(row).id == id)
                return row;
        return -1;
    }

    int rowOfName(const QString &name) const
    {
        for (int row = 0; row < m_records.size(); ++row)
            if (m_records.at(row).name == name)
                return row;
        return -1;
    }

    // An empty text clears it.
    void setBusy(qint64 id, const QString &text)
    {
        if (text.isEmpty())
            m_busy.remove(id);
        else
            m_busy.insert(id, text);
        if (const int row = rowOfId(id); row >= 0)
            Q_EMIT dataChanged(index(row, statusColumn), index(row, statusColumn));
    }
    bool isBusy(qint64 id) const { return m_busy.contains(id); }
    // The busy text of the record, or empty.
    QString busyText(qint64 id) const { return m_busy.value(id); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }

protected:
    const QVector<Record> &records() const { return m_records; }

private:
    QVector<Record> m_records;
    QHash<qint64, QString> m_busy;
};

} // namespace ferry::gui
