// The Batch wizard's live preview (issue 5): SelectionPreview over N synthetic instances (100,000
// by default), as a person types an include expression one character at a time. For every
// keystroke whose text compiles, the time from the text change to the result delivered on the
// GUI thread (the debounce set to 0, so it is not counted; the evaluation runs on the thread
// pool as in the wizard), best of three typings. Prints one line per figure:
//   name milliseconds [extra]
//   keystroke_median, keystroke_max   over the keystrokes of the typed expression
//   typical                           the whole typical expression, best of 5
//   heavier                           an expression with any() and a regular expression, best of 5
#include "batches/selectionpreview.h"
#include "model/instance.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>

using namespace ferry;
using namespace ferry::gui;

namespace {

constexpr qint64 GiB = qint64(1) << 30;

std::shared_ptr<PreviewData> makeData(int count)
{
    static const char *const roles[] = {"web", "db", "app", "cache", "batch", "mail", "ci"};
    static const char *const folders[] = {"Production", "Staging", "Team Folder", "Legacy"};
    auto data = std::make_shared<PreviewData>();
    data->sourceNames.insert(1, QStringLiteral("vc01"));
    data->sourceTypes.insert(1, QStringLiteral("vmware"));
    data->instances.reserve(count);
    for (int i = 0; i < count; ++i) {
        Instance vm;
        vm.id = i + 1;
        vm.sourceId = 1;
        vm.name = QStringLiteral("%1-%2")
                      .arg(QLatin1String(roles[i % 7]))
                      .arg(i, 6, 10, QLatin1Char('0'));
        vm.location = QStringLiteral("/DC%1/vm/%2/%3")
                          .arg(i % 4)
                          .arg(QLatin1String(folders[(i / 7) % 4]), vm.name);
        vm.cpus = 1 << (i % 5);
        vm.memoryBytes = qint64(1 + (i * 31) % 64) * GiB;
        vm.osType = i % 5 == 2 ? QStringLiteral("windows") : QStringLiteral("linux");
        vm.architecture = QStringLiteral("x86_64");
        for (int d = 0; d < 1 + i % 3; ++d) {
            Disk disk;
            disk.position = d;
            disk.name = QStringLiteral("[ds%1] %2/%2_%3.vmdk").arg(i % 8).arg(vm.name).arg(d);
            disk.capacityBytes = qint64(16 << d) * GiB;
            disk.supported = d < 2;
            vm.disks << disk;
        }
        Nic nic;
        nic.hardwareAddress = QStringLiteral("00:50:56:%1").arg(i, 6, 16, QLatin1Char('0'));
        nic.ipv4Address
            = QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255);
        vm.nics << nic;
        data->instances << vm;
    }
    std::sort(data->instances.begin(), data->instances.end(),
        [](const Instance &a, const Instance &b) { return a.location < b.location; });
    return data;
}

// From setExpression to the result on this thread; -1 when the text does not compile.
double measure(SelectionPreview &preview, const QString &text, int *matched = nullptr)
{
    QEventLoop loop;
    double ms = -1;
    QElapsedTimer clock;
    const auto done = QObject::connect(
        &preview, &SelectionPreview::finished, &loop, [&](const PreviewResult &r) {
            ms = double(clock.nsecsElapsed()) / 1e6;
            if (matched)
                *matched = r.matched;
            loop.quit();
        });
    clock.start();
    preview.setExpression(text);
    if (preview.isValid())
        loop.exec();
    QObject::disconnect(done);
    return ms;
}

double best(SelectionPreview &preview, const QString &text, int *matched)
{
    double out = 1e9;
    for (int run = 0; run < 5; ++run) {
        preview.setExpression(QString()); // a change, so the same text runs again
        out = std::min(out, measure(preview, text, matched));
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    SelectionPreview preview;
    preview.setDebounceMs(0);
    preview.setData(makeData(count));

    const QString typical
        = QStringLiteral("location matches 'web' and len(disks) >= 1 and cpus <= 8");
    // The typing three times; each keystroke's best of the three (the machine is shared).
    QVector<double> keystrokes(typical.size() + 1, -1);
    for (int round = 0; round < 3; ++round) {
        for (int n = 1; n <= typical.size(); ++n) {
            const double ms = measure(preview, typical.left(n));
            if (ms >= 0 && (keystrokes[n] < 0 || ms < keystrokes[n]))
                keystrokes[n] = ms;
        }
    }
    keystrokes.removeAll(-1);
    std::sort(keystrokes.begin(), keystrokes.end());
    int matched = 0;
    const double whole = best(preview, typical, &matched);
    int heavierMatched = 0;
    const double heavier = best(preview,
        QStringLiteral("any(disks, .capacity > 20000000000) and name matches '^(web|db)-0[0-4]'"
                       " and not (location contains 'Legacy')"),
        &heavierMatched);
    std::printf("keystroke_median %.1f %lld\n",
        keystrokes.isEmpty() ? 0.0 : keystrokes.at(keystrokes.size() / 2),
        static_cast<long long>(keystrokes.size()));
    std::printf("keystroke_max %.1f %lld\n", keystrokes.isEmpty() ? 0.0 : keystrokes.last(),
        static_cast<long long>(keystrokes.size()));
    std::printf("typical %.1f %d\n", whole, matched);
    std::printf("heavier %.1f %d\n", heavier, heavierMatched);
    std::printf("instances %d\n", preview.instanceCount());
    return 0;
}
