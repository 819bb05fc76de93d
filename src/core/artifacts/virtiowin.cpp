#include "artifacts/virtiowin.h"

#include "model/instance.h"

#include <QHash>

namespace ferry::artifacts {

namespace {

const QStringList &knownDrivers()
{
    static const QStringList d {QStringLiteral("viostor"), QStringLiteral("vioscsi"),
        QStringLiteral("NetKVM"), QStringLiteral("Balloon")};
    return d;
}

// Newest first is not needed: the order here is the display order.
const QStringList &knownVersions()
{
    static const QStringList v {QStringLiteral("xp"), QStringLiteral("2k3"), QStringLiteral("2k8"),
        QStringLiteral("2k8R2"), QStringLiteral("w7"), QStringLiteral("w8"), QStringLiteral("2k12"),
        QStringLiteral("w8.1"), QStringLiteral("2k12R2"), QStringLiteral("w10"),
        QStringLiteral("2k16"), QStringLiteral("2k19"), QStringLiteral("w11"),
        QStringLiteral("2k22"), QStringLiteral("2k25")};
    return v;
}

const QStringList &knownArchitectures()
{
    static const QStringList a {
        QStringLiteral("amd64"), QStringLiteral("x86"), QStringLiteral("ARM64")};
    return a;
}

QString canonical(const QStringList &known, const QString &name)
{
    for (const QString &k : known)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return k;
    return {};
}

void addSorted(QStringList &into, const QStringList &order, const QString &value)
{
    if (into.contains(value))
        return;
    into << value;
    std::sort(into.begin(), into.end(), [&order](const QString &a, const QString &b) {
        return order.indexOf(a) < order.indexOf(b);
    });
}

} // namespace

VirtioWinLayout virtioWinLayout(const QStringList &files)
{
    VirtioWinLayout out;
    for (const QString &file : files) {
        const QStringList parts = file.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        // driver/version/arch/file: a file inside the architecture's folder.
        if (parts.size() < 4)
            continue;
        const QString driver = canonical(knownDrivers(), parts.at(0));
        const QString version = canonical(knownVersions(), parts.at(1));
        const QString arch = canonical(knownArchitectures(), parts.at(2));
        if (driver.isEmpty() || version.isEmpty() || arch.isEmpty())
            continue;
        addSorted(out.drivers, knownDrivers(), driver);
        addSorted(out.versions, knownVersions(), version);
        addSorted(out.architectures, knownArchitectures(), arch);
    }
    return out;
}

QString virtioWinVersionOf(const Instance &vm)
{
    if (vm.osType != QLatin1String("windows"))
        return {};
    // The derived version ("Server 2019", "11"), as inventory/osinfo.cpp writes it.
    static const QHash<QString, QString> byVersion {
        {QStringLiteral("server 2008"), QStringLiteral("2k8")},
        {QStringLiteral("server 2008 r2"), QStringLiteral("2k8R2")},
        {QStringLiteral("server 2012"), QStringLiteral("2k12")},
        {QStringLiteral("server 2012 r2"), QStringLiteral("2k12R2")},
        {QStringLiteral("server 2016"), QStringLiteral("2k16")},
        {QStringLiteral("server 2019"), QStringLiteral("2k19")},
        {QStringLiteral("server 2022"), QStringLiteral("2k22")},
        {QStringLiteral("server 2025"), QStringLiteral("2k25")},
        {QStringLiteral("7"), QStringLiteral("w7")}, {QStringLiteral("8"), QStringLiteral("w8")},
        {QStringLiteral("8.1"), QStringLiteral("w8.1")},
        {QStringLiteral("10"), QStringLiteral("w10")},
        {QStringLiteral("11"), QStringLiteral("w11")}};
    const QString derived = vm.osVersion.trimmed().toLower();
    if (const auto it = byVersion.constFind(derived); it != byVersion.constEnd())
        return *it;
    // The vSphere guest id (the configured guest OS), when nothing better is known. Ids that
    // stand for several versions ("windows9Server64Guest": 2016 or later) say nothing.
    static const QHash<QString, QString> byGuestId {
        {QStringLiteral("windows7server64guest"), QStringLiteral("2k8R2")},
        {QStringLiteral("windows7guest"), QStringLiteral("w7")},
        {QStringLiteral("windows7_64guest"), QStringLiteral("w7")},
        {QStringLiteral("windows8guest"), QStringLiteral("w8")},
        {QStringLiteral("windows8_64guest"), QStringLiteral("w8")},
        {QStringLiteral("windows2019srv_64guest"), QStringLiteral("2k19")},
        {QStringLiteral("windows2019srvnext_64guest"), QStringLiteral("2k22")},
        {QStringLiteral("windows2022srvnext_64guest"), QStringLiteral("2k25")},
        {QStringLiteral("windows11_64guest"), QStringLiteral("w11")}};
    return byGuestId.value(
        vm.config.value(QStringLiteral("vmware.guest_id")).toString().trimmed().toLower());
}

QString virtioWinArchitectureOf(const Instance &vm)
{
    if (vm.osType != QLatin1String("windows"))
        return {};
    const QString arch = vm.architecture.toLower();
    if (arch == QLatin1String("x86_64") || arch == QLatin1String("amd64"))
        return QStringLiteral("amd64");
    if (arch == QLatin1String("aarch64") || arch == QLatin1String("arm64"))
        return QStringLiteral("ARM64");
    if (arch == QLatin1String("i686") || arch == QLatin1String("i386")
        || arch == QLatin1String("x86"))
        return QStringLiteral("x86");
    return {};
}

bool isVirtioWin(const Artifact &a)
{
    return a.type == QLatin1String(kDriverType) && a.os == QLatin1String(kWindowsOs);
}

bool coversVersion(const Artifact &a, const QString &version)
{
    return version.isEmpty() || a.versions.contains(version);
}

int pickVirtioWin(const QVector<Artifact> &artifacts, const Instance &vm)
{
    const QString version = virtioWinVersionOf(vm);
    const QString arch = virtioWinArchitectureOf(vm);
    int best = -1;
    int bestScore = -1;
    for (int i = 0; i < artifacts.size(); ++i) {
        const Artifact &a = artifacts.at(i);
        if (!isVirtioWin(a))
            continue;
        const int score = (coversVersion(a, version) ? 2 : 0)
            + (arch.isEmpty() || a.architectures.contains(arch) ? 1 : 0);
        const bool newer = best < 0 || a.addedAt > artifacts.at(best).addedAt
            || (a.addedAt == artifacts.at(best).addedAt && a.id > artifacts.at(best).id);
        if (score > bestScore || (score == bestScore && newer)) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

} // namespace ferry::artifacts
