#pragma once

#include "store/enginerepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace ferry {
class Database;
}

namespace ferry::gui {

// One registered engine as the Engines panel shows it.
struct EngineRow
{
    EngineRecord engine;
    QStringList entryNames; // the instances of the entries it holds, by name
    bool thisProcess = false; // the engine of this window
};

// The engines table read at one moment, off the GUI thread.
struct EnginesSnapshot
{
    QVector<EngineRow> rows; // oldest first
    QDateTime takenAt;
    QString error;
};

// Reads every registered engine and the names of the instances whose entries each holds (one
// query for the engines, one for the queue, one per held entry's instance). Any thread.
EnginesSnapshot loadEnginesSnapshot(const std::shared_ptr<Database> &database);

// The engines sharing the database (docs/scale.md), one row each: host, process, version, when
// it started, how long ago its last heartbeat was, the entries it holds and its restrictions.
// An engine whose heartbeat is late (more than three of the default 10 s heartbeats missed) is
// marked: it may have died, and once its lease runs out another engine takes its entries over.
// The heartbeat's age is counted against setNow(), which the panel moves on every second.
class EnginesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnginesModel)

public:
    enum Column {
        HostColumn,
        ProcessColumn,
        VersionColumn,
        StartedColumn,
        HeartbeatColumn,
        RestrictionsColumn,
        EntriesColumn, // last: it takes the room that is left
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StaleRole, // bool: the heartbeat is late
        HeartbeatAgeRole, // seconds (qint64), -1 when unknown
    };
    // Three heartbeats (engine default: every 10 s) missed.
    static constexpr qint64 kStaleAfterSecs = 30;

    explicit EnginesModel(QObject *parent = nullptr);
    ~EnginesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows; the same engines in the same order only update their cells.
    void setRows(const QVector<EngineRow> &rows);
    // The time heartbeat ages are counted to (UTC); the Heartbeat column changes with it.
    void setNow(const QDateTime &now);
    const EngineRow *rowAt(int row) const;
    int staleCount() const;

    // "12 s ago", "3 min ago", "2 h ago"; "" when never.
    static QString ageText(qint64 seconds);

private:
    qint64 ageOf(const EngineRow &r) const;

    QVector<EngineRow> m_rows;
    QDateTime m_now;
};

} // namespace ferry::gui
