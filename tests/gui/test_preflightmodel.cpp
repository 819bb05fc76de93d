// The Batch wizard's pre-flight results model under QAbstractItemModelTester: instances with
// their state, findings under them, why one is not queued.
#include "batches/preflightmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

class TestPreflightModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelUnderTester();
};

namespace {

batch::PlannedInstance planned(
    const QString &location, const QVector<batch::Finding> &findings, const QString &skipped = {})
{
    batch::PlannedInstance p;
    p.instance.location = location;
    p.findings = findings;
    p.skipped = skipped;
    return p;
}

batch::Finding finding(batch::Severity severity, const QString &code, const QString &message)
{
    batch::Finding f;
    f.severity = severity;
    f.code = code;
    f.message = message;
    return f;
}

} // namespace

void TestPreflightModel::modelUnderTester()
{
    PreflightModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setPlanned({planned(QStringLiteral("/dc/vm1"), {}),
        planned(QStringLiteral("/dc/vm2"),
            {finding(batch::Severity::Warning, QStringLiteral("w1"), QStringLiteral("slow")),
                finding(batch::Severity::Critical, QStringLiteral("c1"), QStringLiteral("no os"))},
            QStringLiteral("claimed")),
        planned(QStringLiteral("/dc/vm3"),
            {finding(batch::Severity::Warning, QStringLiteral("w2"), QStringLiteral("old"))})});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.state(0), PreflightModel::State::Ready);
    QCOMPARE(model.state(1), PreflightModel::State::Blocked);
    QCOMPARE(model.state(2), PreflightModel::State::Warnings);
    QCOMPARE(model.index(1, PreflightModel::SeverityColumn).data().toString(),
        QStringLiteral("blocked"));
    QCOMPARE(
        model.index(0, PreflightModel::SeverityColumn).data().toString(), QStringLiteral("ready"));
    const QModelIndex vm2 = model.index(1, 0);
    QCOMPARE(model.rowCount(vm2), 3); // two findings, then why it is not queued
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(
        model.index(1, PreflightModel::CodeColumn, vm2).data().toString(), QStringLiteral("c1"));
    QCOMPARE(model.index(1, PreflightModel::SeverityColumn, vm2).data().toString(),
        QStringLiteral("critical"));
    QCOMPARE(model.index(0, 0, vm2).data(Qt::ToolTipRole).toString(), QStringLiteral("slow"));
    QCOMPARE(model.index(2, 0, vm2).data().toString(), QStringLiteral("Not queued: claimed"));
    QCOMPARE(model.index(2, 0, vm2).parent(), vm2);
    QCOMPARE(model.headerData(PreflightModel::CodeColumn, Qt::Horizontal).toString(),
        QStringLiteral("Code"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestPreflightModel)
#include "test_preflightmodel.moc"
