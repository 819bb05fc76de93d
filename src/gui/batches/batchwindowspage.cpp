#include "batches/batchwindowspage.h"

#include "batch/batchrules.h"
#include "batches/batchwizard.h"
#include "batches/batchwizardwidgets.h"
#include "batches/windowstimeline.h"
#include "common/colors.h"
#include "common/icons.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
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

QDateTimeEdit *dateTimeEdit(QWidget *parent, bool optional)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setFrame(false);
    if (optional) {
        // The minimum stands for "none".
        edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
        edit->setSpecialValueText(QCoreApplication::translate("BatchWindowsPage", "None"));
    }
    return edit;
}

} // namespace

BatchWindowsPage::BatchWindowsPage(BatchWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(0, ColumnCount, this))
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
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Start"), tr("End"), tr("Lockout"), tr("Capacity"), tr("Problem")});
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
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
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { revalidate(); });

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
    const int row = m_table->rowCount();
    m_updating = true;
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(w.name);
    m_table->setItem(row, NameColumn, name);
    auto *problem = new QTableWidgetItem;
    problem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, ProblemColumn, problem);
    for (int c : {StartColumn, EndColumn, LockoutColumn}) {
        QDateTimeEdit *edit = dateTimeEdit(m_table, c == LockoutColumn);
        edit->setObjectName(QStringLiteral("windowEdit%1_%2").arg(row).arg(c));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] { revalidate(); });
        m_table->setCellWidget(row, c, edit);
    }
    auto *capacity = new QSpinBox(m_table);
    capacity->setRange(0, 100000);
    capacity->setSpecialValueText(tr("No limit"));
    capacity->setFrame(false);
    capacity->setToolTip(tr("At most this many instances cut over in this window."));
    connect(capacity, &QSpinBox::valueChanged, this, [this] { revalidate(); });
    m_table->setCellWidget(row, CapacityColumn, capacity);
    m_updating = false;
    setWindow(row, w);
    return row;
}

void BatchWindowsPage::setWindow(int row, const MigrationWindow &w)
{
    m_updating = true;
    m_table->item(row, NameColumn)->setText(w.name);
    static_cast<QDateTimeEdit *>(m_table->cellWidget(row, StartColumn))->setDateTime(w.start);
    static_cast<QDateTimeEdit *>(m_table->cellWidget(row, EndColumn))->setDateTime(w.end);
    auto *lockout = static_cast<QDateTimeEdit *>(m_table->cellWidget(row, LockoutColumn));
    lockout->setDateTime(w.lockout.isValid() ? w.lockout : lockout->minimumDateTime());
    static_cast<QSpinBox *>(m_table->cellWidget(row, CapacityColumn))->setValue(w.capacity);
    m_updating = false;
    revalidate();
}

void BatchWindowsPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
    revalidate();
}

QVector<MigrationWindow> BatchWindowsPage::windows() const
{
    QVector<MigrationWindow> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        MigrationWindow w;
        w.name = m_table->item(row, NameColumn) ? m_table->item(row, NameColumn)->text().trimmed()
                                                : QString();
        const auto *start = static_cast<QDateTimeEdit *>(m_table->cellWidget(row, StartColumn));
        const auto *end = static_cast<QDateTimeEdit *>(m_table->cellWidget(row, EndColumn));
        const auto *lockout = static_cast<QDateTimeEdit *>(m_table->cellWidget(row, LockoutColumn));
        if (!start || !end || !lockout)
            continue;
        w.start = start->dateTime().toUTC();
        w.end = end->dateTime().toUTC();
        if (lockout->dateTime() != lockout->minimumDateTime())
            w.lockout = lockout->dateTime().toUTC();
        w.capacity = static_cast<QSpinBox *>(m_table->cellWidget(row, CapacityColumn))->value();
        out << w;
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
    const QColor bad = errorTextColor(palette());
    for (int row = 0; row < m_table->rowCount() && row < list.size(); ++row) {
        QTableWidgetItem *item = m_table->item(row, ProblemColumn);
        item->setText(list.at(row));
        item->setToolTip(list.at(row));
        item->setForeground(bad);
        item->setIcon(
            list.at(row).isEmpty() ? QIcon() : themedIcon(QStringLiteral("status-error")));
    }
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
