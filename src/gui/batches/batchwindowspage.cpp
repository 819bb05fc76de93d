#include "batches/batchwindowspage.h"

#include "batch/batchrules.h"
#include "batches/batchwizard.h"
#include "batches/batchwizardwidgets.h"
#include "batches/windowsdelegate.h"
#include "batches/windowsmodel.h"
#include "batches/windowstimeline.h"
#include "common/colors.h"
#include "common/icons.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

using batchwizard::problemLabel;
using batchwizard::showProblem;

QDateTime nextFullHourUtc()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC).addSecs(3600);
}

} // namespace

BatchWindowsPage::BatchWindowsPage(BatchWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new WindowsModel(this))
    , m_table(new QTableView(this))
    , m_timeline(new WindowsTimeline(this))
    , m_problem(problemLabel(this, QStringLiteral("windowsProblem")))
{
    setObjectName(QStringLiteral("batchWindowsPage"));
    setTitle(tr("Migration windows"));
    setSubTitle(tr("When the final cut-over may happen (times in UTC). Without windows each "
                   "instance cuts over as soon as its copy is ready. No new instance is "
                   "assigned to a window after its lockout."));
    m_table->setObjectName(QStringLiteral("windowsTable"));
    m_table->setAccessibleName(tr("Migration windows"));
    m_model->setProblemColor(errorTextColor(palette()));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new WindowsDelegate(m_table));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {110, 140, 140, 140, 90};
    for (int c = 0; c < ProblemColumn; ++c)
        m_table->setColumnWidth(c, widths[c]);

    auto *add = new QPushButton(themedIcon(QStringLiteral("add")), tr("&Add Window"), this);
    add->setObjectName(QStringLiteral("addWindowButton"));
    m_remove = new QPushButton(themedIcon(QStringLiteral("remove")), tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeWindowButton"));
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, [this] { addWindow(); });
    connect(m_remove, &QPushButton::clicked, this, &BatchWindowsPage::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.column() != ProblemColumn)
            revalidate();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) {
            // The editors stay open, as in a form.
            for (int row = first; row <= last; ++row)
                for (int c = StartColumn; c <= CapacityColumn; ++c)
                    m_table->openPersistentEditor(m_model->index(row, c));
            revalidate();
        });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { revalidate(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    // Tab as laid out: the buttons above the table first.
    setTabOrder(add, m_remove);
    setTabOrder(m_remove, m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_timeline);
    layout->addWidget(m_problem);
    revalidate();
}

BatchWindowsPage::~BatchWindowsPage() = default;

int BatchWindowsPage::addWindow()
{
    const QVector<MigrationWindow> current = windows();
    MigrationWindow w;
    w.name = tr("window%1").arg(current.size() + 1);
    w.start = nextFullHourUtc();
    for (const MigrationWindow &other : current)
        if (other.end.isValid() && other.end > w.start)
            w.start = other.end;
    w.end = w.start.addSecs(3600);
    return m_model->addWindow(w);
}

void BatchWindowsPage::setWindow(int row, const MigrationWindow &w)
{
    m_model->setWindow(row, w);
}

void BatchWindowsPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_model->removeRow(row);
}

QVector<MigrationWindow> BatchWindowsPage::windows() const
{
    QVector<MigrationWindow> out = m_model->windows();
    for (MigrationWindow &w : out) {
        w.name = w.name.trimmed();
        w.start = w.start.toUTC();
        w.end = w.end.toUTC();
        if (w.lockout.isValid())
            w.lockout = w.lockout.toUTC();
    }
    return out;
}

QStringList BatchWindowsPage::problems() const
{
    // The rules a batch document's windows follow (ferryctl batch add|edit), one row each.
    const QVector<MigrationWindow> list = windows();
    QVector<QStringList> rows(list.size());
    for (const batch::WindowProblem &p : batch::checkWindows(list))
        rows[p.index] << p.message;
    QStringList out;
    for (const QStringList &row : std::as_const(rows))
        out << row.join(QLatin1Char(' '));
    return out;
}

void BatchWindowsPage::revalidate()
{
    if (m_updating)
        return;
    m_updating = true;
    const QStringList list = problems();
    m_model->setProblems(list);
    m_updating = false;
    m_timeline->setWindows(windows(), list);
    showProblem(m_problem, {});
    Q_EMIT completeChanged();
}

bool BatchWindowsPage::isComplete() const
{
    for (const QString &p : problems())
        if (!p.isEmpty())
            return false;
    return true;
}

bool BatchWindowsPage::validatePage()
{
    const QVector<batch::WindowProblem> problems = batch::checkWindows(windows());
    if (problems.isEmpty())
        return true;
    showProblem(m_problem, problems.constFirst().message);
    return false;
}

} // namespace ferry::gui
