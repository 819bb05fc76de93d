// Selection-language benchmark (issue 5): evaluations per second over ~100,000 synthetic
// instances, on one thread. Prints one line per expression:
//   name evaluations_per_second matched instances
// and "preview milliseconds matched instances" for a compile plus one pass over all instances
// (what the batch wizard's live preview does per keystroke).
#include "expr/expression.h"
#include "model/instance.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QVector>

#include <cstdio>

using namespace ferry;

namespace {

constexpr qint64 GiB = qint64(1) << 30;

QVector<Instance> makeInventory(int count)
{
    static const char *const roles[] = {"web", "db", "app", "cache", "batch", "mail", "ci"};
    static const char *const folders[] = {"Production", "Staging", "Team Folder", "Legacy"};
    static const char *const oses[][3] = {
        {"Debian GNU/Linux", "linux", "debian"},
        {"Ubuntu", "linux", "ubuntu"},
        {"Windows", "windows", "windows"},
        {"Red Hat Enterprise Linux", "linux", "rhel"},
    };
    QVector<Instance> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Instance vm;
        const QString role = QLatin1String(roles[i % 7]);
        vm.name = QStringLiteral("%1-%2").arg(role).arg(i, 6, 10, QLatin1Char('0'));
        vm.location = QStringLiteral("/DC%1/vm/%2/%3")
                          .arg(i % 4)
                          .arg(QLatin1String(folders[(i / 7) % 4]), vm.name);
        vm.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        vm.sourceSpecificId = QStringLiteral("vm-%1").arg(i);
        vm.cpus = 1 << (i % 5); // 1..16
        vm.memoryBytes = qint64(1 + i % 32) * GiB;
        const auto &os = oses[i % 4];
        vm.os = QLatin1String(os[0]);
        vm.osType = QLatin1String(os[1]);
        vm.distribution = QLatin1String(os[2]);
        vm.architecture = QStringLiteral("x86_64");
        vm.powerState = i % 3 ? QStringLiteral("poweredOn") : QStringLiteral("poweredOff");
        vm.backgroundImport = i % 2;
        for (int d = 0; d < 1 + i % 4; ++d) {
            Disk disk;
            disk.name = QStringLiteral("[ds%1] %2/%2_%3.vmdk").arg(i % 8).arg(vm.name).arg(d);
            disk.capacityBytes = qint64(16 << (d + i % 4)) * GiB;
            disk.sharing = QStringLiteral("sharingNone");
            vm.disks << disk;
        }
        for (int n = 0; n < 1 + i % 2; ++n) {
            Nic nic;
            nic.hardwareAddress = QStringLiteral("00:50:56:%1:%2:%3")
                                      .arg((i >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                                      .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                                      .arg(i & 0xff, 2, 16, QLatin1Char('0'));
            nic.location = QStringLiteral("/DC%1/network/VLAN %2").arg(i % 4).arg(10 + n);
            if (i % 5)
                nic.ipv4Address
                    = QStringLiteral("10.%1.%2.%3").arg(n).arg((i >> 8) & 0xff).arg(i & 0xff);
            vm.nics << nic;
        }
        vm.config.insert(QStringLiteral("vmware.resource_pool"), QLatin1String(folders[i % 4]));
        if (i % 10 == 0)
            vm.config.insert(QStringLiteral("tag.Environment"), QStringLiteral("prod,critical"));
        out << vm;
    }
    return out;
}

struct Figure
{
    double perSecond = 0;
    int matched = 0;
};

// Evaluations per second: whole passes over the inventory for at least 0.3 s, best of three.
Figure measure(
    const expr::Expression &e, const QVector<Instance> &inv, const expr::EvalContext &ctx)
{
    Figure best;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        qint64 evaluations = 0;
        int matched = 0;
        do {
            matched = 0;
            for (const Instance &vm : inv) {
                const auto r = e.matches(vm, ctx);
                if (!r) {
                    std::fprintf(stderr, "bench_expr: %s\n", qPrintable(r.error().message));
                    std::exit(1);
                }
                matched += *r ? 1 : 0;
            }
            evaluations += inv.size();
        } while (t.nsecsElapsed() < 300'000'000);
        const double perSecond = double(evaluations) * 1e9 / double(t.nsecsElapsed());
        if (perSecond > best.perSecond)
            best = Figure {perSecond, matched};
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const QVector<Instance> inv = makeInventory(count);
    expr::EvalContext ctx;
    ctx.source = QStringLiteral("vcenter01");
    ctx.sourceType = QStringLiteral("vmware");

    const struct
    {
        const char *name;
        const char *text;
    } cases[] = {
        {"typical", "location matches 'web' and len(disks) >= 1 and cpus <= 8"},
        {"heavier",
            "any(disks, .capacity > 500 * 1024 ** 3) or (len(filter(nics, .ipv4_address "
            "startsWith '10.')) >= 1 and os_type == 'linux' and not running)"},
        {"regex",
            "location matches '^/DC[13]/vm/[^/]+/(web|db)-[0-9]+5$' and memory >= 4 * 1024 ** 3"},
        {"config",
            "config['vmware.resource_pool'] == 'Production' and has_tag('Environment', 'prod')"},
    };
    for (const auto &c : cases) {
        auto e = expr::Expression::compile(QString::fromUtf8(c.text));
        if (!e) {
            std::fprintf(stderr, "bench_expr: %s\n", qPrintable(e.error().message));
            return 1;
        }
        const Figure f = measure(*e, inv, ctx);
        std::printf("%s %.0f %d %d\n", c.name, f.perSecond, f.matched, int(inv.size()));
        std::fflush(stdout);
    }

    // The wizard's live preview: compile what was typed, evaluate every instance once.
    double bestMs = 1e9;
    int matched = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        auto e = expr::Expression::compile(QString::fromUtf8(cases[0].text));
        matched = 0;
        for (const Instance &vm : inv) {
            const auto r = e->matches(vm, ctx);
            matched += r && *r ? 1 : 0;
        }
        bestMs = std::min(bestMs, double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("preview %.1f %d %d\n", bestMs, matched, int(inv.size()));
    return 0;
}
