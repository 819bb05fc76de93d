// libFuzzer target for the selection language: any text is compiled (as an include expression
// and as a list filter) and, when it compiles, evaluated against a fixed lab-like instance and an
// empty one. No crash, no sanitizer report, no hang (libFuzzer's -timeout) is the contract.
// Run: tests/fuzz/run-expr [SECONDS]
#include "expr/expression.h"
#include "model/instance.h"

#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace ferry;

namespace {

Instance labInstance()
{
    Instance vm;
    vm.uuid = QStringLiteral("d0ab8a35-00a4-5682-a600-a4b05c74c2ed");
    vm.sourceSpecificId = QStringLiteral("vm-72");
    vm.location = QStringLiteral("/DC0/vm/web 01 (prod)");
    vm.name = QStringLiteral("web 01 (prod)");
    vm.description = QStringLiteral("Web front end\nProduction ünïcødé");
    vm.os = QStringLiteral("Debian GNU/Linux");
    vm.osDescription = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    vm.osTemplate = QStringLiteral("Debian GNU/Linux 12 (64-bit)");
    vm.osType = QStringLiteral("linux");
    vm.distribution = QStringLiteral("debian");
    vm.distributionVersion = QStringLiteral("12");
    vm.architecture = QStringLiteral("x86_64");
    vm.cpus = 2;
    vm.memoryBytes = qint64(4) << 30;
    vm.legacyBoot = true;
    vm.powerState = QStringLiteral("poweredOn");
    vm.backgroundImport = true;
    vm.lastUpdateFromSource = QDateTime::fromSecsSinceEpoch(1764504000, Qt::UTC);
    for (int i = 0; i < 3; ++i) {
        Disk d;
        d.name = QStringLiteral("[LocalDS_0] web 01 (prod)/web 01 (prod)_%1.vmdk").arg(i);
        d.capacityBytes = qint64(i + 1) << 30;
        d.sharing = i == 2 ? QStringLiteral("sharingMultiWriter") : QStringLiteral("sharingNone");
        d.supported = i != 2;
        vm.disks << d;
    }
    for (int i = 0; i < 2; ++i) {
        Nic n;
        n.networkId = 7 + i;
        n.hardwareAddress = QStringLiteral("00:50:56:96:2d:3%1").arg(i);
        n.location = QStringLiteral("/DC0/network/VM Network %1").arg(i);
        n.ipv4Address = i ? QString() : QStringLiteral("192.0.2.10");
        vm.nics << n;
    }
    Snapshot s;
    s.name = QStringLiteral("before-upgrade");
    vm.snapshots << s;
    vm.config.insert(QStringLiteral("vmware.resource_pool"), QStringLiteral("Production"));
    vm.config.insert(QStringLiteral("tag.mycategory"), QStringLiteral("tag1,web-tier, mytag"));
    vm.config.insert(QStringLiteral("tag.Environment"), QStringLiteral("prod"));
    vm.overrides.cpus = 4;
    QJsonObject config;
    config.insert(QStringLiteral("tag.Environment"), QStringLiteral("staging"));
    config.insert(QStringLiteral("count"), 3);
    vm.overrides.extra.insert(QStringLiteral("config"), config);
    vm.overrides.extra.insert(QStringLiteral("architecture"), QStringLiteral("aarch64"));
    return vm;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Instance vm = labInstance();
    static const Instance empty;
    static const QHash<qint64, QString> networks {{7, QStringLiteral("network-uuid-7")}};
    static const expr::EvalContext ctx {
        QStringLiteral("vcenter01"), QStringLiteral("vmware"), &networks};

    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    expr::Diagnostic where;
    if (auto e = expr::Expression::compile(text, &where)) {
        (void)e->matches(vm, ctx);
        (void)e->matches(empty, {});
    } else if (where.offset > text.size() || where.length < 0) {
        __builtin_trap(); // a diagnostic must point into the text
    }
    if (auto f = expr::compileFilter(text))
        (void)f->matches(vm, ctx);
    return 0;
}
