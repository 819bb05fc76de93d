#include "queue/enginesmodel.h"

#include "common/icons.h"
#include "engine/enginereach.h"
#include "queue/queuepresentation.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"

#include <QHash>
#include <QLocale>

namespace ferry::gui {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

bool sameCells(const EngineRow &a, const EngineRow &b)
{
    return a.engine.id == b.engine.id && a.engine.host == b.engine.host
        && a.engine.pid == b.engine.pid && a.engine.version == b.engine.version
        && a.engine.startedAt == b.engine.startedAt && a.engine.heartbeatAt == b.engine.heartbeatAt
        && a.engine.heldEntries == b.engine.heldEntries
        && a.engine.restrictions == b.engine.restrictions && a.entryNames == b.entryNames
        && a.thisProcess == b.thisProcess;
}

} // namespace

EnginesSnapshot loadEnginesSnapshot(const std::shared_ptr<Database> &database)
{
    EnginesSnapshot snapshot;
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    auto engines = EngineRepository(database).list();
    if (!engines) {
        snapshot.error = engines.error().message;
        return snapshot;
    }
    QHash<QString, int> rowOf;
    for (const EngineRecord &e : std::as_const(*engines)) {
        EngineRow r;
        r.engine = e;
        r.thisProcess
            = e.pid == EngineRepository::currentPid() && e.host == EngineRepository::currentHost();
        rowOf.insert(e.id, int(snapshot.rows.size()));
        snapshot.rows << r;
    }
    bool anyHeld = false;
    for (const EngineRow &r : std::as_const(snapshot.rows))
        anyHeld = anyHeld || r.engine.heldEntries > 0;
    if (!anyHeld)
        return snapshot;
    // Which entries: read the queue once, names only of the held entries' instances.
    auto entries = QueueRepository(database).all();
    if (!entries)
        return snapshot; // the counts stand; the names are a nicety
    InstanceRepository instances(database);
    for (const QueueEntry &q : std::as_const(*entries)) {
        const int row = rowOf.value(q.engineId, -1);
        if (q.engineId.isEmpty() || row < 0)
            continue;
        auto vm = instances.byId(q.instanceId);
        snapshot.rows[row].entryNames << (vm ? vm->effectiveName() : QString::number(q.id));
    }
    for (EngineRow &r : snapshot.rows)
        r.entryNames.sort(Qt::CaseInsensitive);
    return snapshot;
}

EnginesModel::EnginesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{ }

EnginesModel::~EnginesModel() = default;

int EnginesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnginesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnginesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HostColumn:
        return tr("Host");
    case ProcessColumn:
        return tr("Process");
    case VersionColumn:
        return tr("Version");
    case StartedColumn:
        return tr("Started");
    case HeartbeatColumn:
        return tr("Heartbeat");
    case RestrictionsColumn:
        return tr("Restrictions");
    case EntriesColumn:
        return tr("Entries");
    default:
        return {};
    }
}

QString EnginesModel::ageText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 120)
        return tr("%1 s ago").arg(seconds);
    if (seconds < 2 * 3600)
        return tr("%1 min ago").arg(seconds / 60);
    return tr("%1 h ago").arg(seconds / 3600);
}

qint64 EnginesModel::ageOf(const EngineRow &r) const
{
    if (!r.engine.heartbeatAt.isValid())
        return -1;
    return qMax<qint64>(0, r.engine.heartbeatAt.secsTo(m_now));
}

QVariant EnginesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EngineRow &r = m_rows.at(index.row());
    const qint64 age = ageOf(r);
    const bool stale = age > kStaleAfterSecs;
    switch (role) {
    case IdRole:
        return r.engine.id;
    case StaleRole:
        return stale;
    case HeartbeatAgeRole:
        return age;
    case Qt::DisplayRole:
        switch (index.column()) {
        case HostColumn:
            return r.engine.host;
        case ProcessColumn:
            return r.thisProcess ? tr("%1 (this window)").arg(r.engine.pid)
                                 : QString::number(r.engine.pid);
        case VersionColumn:
            return r.engine.version;
        case StartedColumn:
            return timeText(r.engine.startedAt);
        case HeartbeatColumn:
            return stale ? tr("%1, late").arg(ageText(age)) : ageText(age);
        case EntriesColumn:
            if (r.engine.heldEntries == 0)
                return tr("none");
            if (r.entryNames.isEmpty())
                return QString::number(r.engine.heldEntries);
            return tr("%1: %2").arg(r.engine.heldEntries).arg(r.entryNames.join(tr(", ")));
        case RestrictionsColumn: {
            const QString text
                = engine::EngineRestrictions::fromJson(r.engine.restrictions).describe();
            return text.isEmpty() ? tr("none") : text;
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == HostColumn)
            return themedIcon(stale ? QStringLiteral("status-warning")
                                    : (r.engine.heldEntries > 0 ? QStringLiteral("status-busy")
                                                                : QStringLiteral("status-ok")));
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case HostColumn:
            return stale ? tr("No heartbeat for %1: the engine may have stopped. Once its lease "
                              "runs out, another engine takes its entries over.")
                               .arg(queuetext::duration(age))
                         : tr("Engine %1").arg(r.engine.id);
        case HeartbeatColumn:
            return stale ? data(index.siblingAtColumn(HostColumn), role) : QVariant();
        case EntriesColumn:
            return r.entryNames.isEmpty() ? QVariant() : QVariant(r.entryNames.join(u'\n'));
        case RestrictionsColumn: {
            const QString text
                = engine::EngineRestrictions::fromJson(r.engine.restrictions).describe();
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == HeartbeatColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

void EnginesModel::setRows(const QVector<EngineRow> &rows)
{
    bool sameIds = rows.size() == m_rows.size();
    for (int i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows[i].engine.id == m_rows[i].engine.id;
    if (!sameIds) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (sameCells(rows[i], m_rows[i]))
            continue;
        m_rows[i] = rows[i];
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

void EnginesModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const EngineRow *EnginesModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int EnginesModel::staleCount() const
{
    int n = 0;
    for (const EngineRow &r : m_rows)
        n += ageOf(r) > kStaleAfterSecs ? 1 : 0;
    return n;
}

} // namespace ferry::gui
