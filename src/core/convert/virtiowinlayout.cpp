#include "convert/virtiowinlayout.h"

#include <QCoreApplication>

namespace ferry::convert::virtiowin {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::convert)
};

QString normalized(const QString &path)
{
    QString p = path.trimmed();
    while (p.startsWith(QLatin1String("./")))
        p = p.mid(2);
    while (p.startsWith(QLatin1Char('/')))
        p = p.mid(1);
    return p;
}

} // namespace

QString windowsVersionDir(const WindowsFacts &facts, QString *why)
{
    auto none = [why](const QString &reason) {
        if (why)
            *why = reason;
        return QString();
    };
    const bool server
        = facts.productVariant.startsWith(QLatin1String("Server"), Qt::CaseInsensitive)
        || facts.productName.contains(QLatin1String("Server"), Qt::CaseInsensitive);
    const QString version = QStringLiteral("%1.%2").arg(facts.majorVersion).arg(facts.minorVersion);
    if (facts.majorVersion == 6 && facts.minorVersion == 3) {
        if (server)
            return QStringLiteral("2k12R2");
        return none(Text::tr("Windows 8.1 (6.3 client) has no directory in the virtio-win ISO's "
                             "layout."));
    }
    if (facts.majorVersion != 10 || facts.minorVersion != 0)
        return none(Text::tr("Windows %1 (%2) is older than the virtio-win ISO's layout covers "
                             "(Server 2012 R2, Windows 10 and newer).")
                        .arg(version, facts.productName));
    if (server) {
        // The product name first (it says the release); the build number where it does not.
        const QString name = facts.productName;
        if (name.contains(QLatin1String("2025")))
            return QStringLiteral("2k25");
        if (name.contains(QLatin1String("2022")))
            return QStringLiteral("2k22");
        if (name.contains(QLatin1String("2019")))
            return QStringLiteral("2k19");
        if (name.contains(QLatin1String("2016")))
            return QStringLiteral("2k16");
        if (facts.build >= 26100)
            return QStringLiteral("2k25");
        if (facts.build >= 20348)
            return QStringLiteral("2k22");
        if (facts.build >= 17763)
            return QStringLiteral("2k19");
        if (facts.build >= 14393)
            return QStringLiteral("2k16");
        return none(Text::tr("Windows Server 10.0 of unknown release (%1, build %2): no "
                             "virtio-win directory can be chosen.")
                        .arg(name)
                        .arg(facts.build));
    }
    // Windows 11 still calls itself "Windows 10" in ProductName: the build decides.
    if (facts.build >= 22000 || facts.productName.contains(QLatin1String("Windows 11")))
        return QStringLiteral("w11");
    return QStringLiteral("w10");
}

QString archDir(const QString &arch)
{
    if (arch == QLatin1String("x86_64"))
        return QStringLiteral("amd64");
    if (arch == QLatin1String("i386") || arch == QLatin1String("i686"))
        return QStringLiteral("x86");
    if (arch == QLatin1String("aarch64"))
        return QStringLiteral("ARM64");
    return {};
}

QStringList DriverFiles::sysFiles() const
{
    QStringList out;
    for (const QString &f : files) {
        if (f.endsWith(QLatin1String(".sys"), Qt::CaseInsensitive))
            out.append(f);
    }
    return out;
}

bool Selection::hasStorageDriver() const
{
    for (const DriverFiles &d : drivers) {
        if ((d.driver == QLatin1String("viostor") || d.driver == QLatin1String("vioscsi"))
            && !d.sysFiles().isEmpty())
            return true;
    }
    return false;
}

const DriverFiles *Selection::find(const QString &driver) const
{
    for (const DriverFiles &d : drivers) {
        if (d.driver.compare(driver, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

Selection selectDrivers(const QStringList &isoPaths, const WindowsFacts &facts)
{
    Selection s;
    QString why;
    s.winVersion = windowsVersionDir(facts, &why);
    s.arch = archDir(facts.arch);
    if (s.arch.isEmpty())
        why = Text::tr("virtio-win has no drivers for the architecture %1.").arg(facts.arch);
    if (s.winVersion.isEmpty() || s.arch.isEmpty()) {
        s.missing = driverNames();
        s.reason = why;
        return s;
    }
    for (const QString &driver : driverNames()) {
        DriverFiles d;
        d.driver = driver;
        for (const QString &raw : isoPaths) {
            const QString path = normalized(raw);
            const QStringList parts = path.split(QLatin1Char('/'));
            if (parts.size() != 4 || parts.at(0).compare(driver, Qt::CaseInsensitive) != 0
                || parts.at(1).compare(s.winVersion, Qt::CaseInsensitive) != 0
                || parts.at(2).compare(s.arch, Qt::CaseInsensitive) != 0)
                continue;
            const QString &name = parts.at(3);
            if (name.isEmpty() || !name.contains(QLatin1Char('.'))
                || name.endsWith(QLatin1String(".pdb"), Qt::CaseInsensitive))
                continue;
            d.dir = parts.mid(0, 3).join(QLatin1Char('/'));
            d.files.append(path);
        }
        d.files.sort();
        if (d.files.isEmpty())
            s.missing.append(driver);
        else
            s.drivers.append(d);
    }
    const QString agentArch = s.arch == QLatin1String("amd64") ? QStringLiteral("x86_64")
        : s.arch == QLatin1String("x86")                       ? QStringLiteral("i386")
                                                               : QString();
    if (!agentArch.isEmpty()) {
        const QString agent = QStringLiteral("guest-agent/qemu-ga-%1.msi").arg(agentArch);
        for (const QString &raw : isoPaths) {
            if (normalized(raw).compare(agent, Qt::CaseInsensitive) == 0)
                s.guestAgent = normalized(raw);
        }
    }
    if (!s.hasStorageDriver())
        s.reason = Text::tr("The virtio-win ISO has no storage driver (viostor, vioscsi) for "
                            "%1 (%2/%3).")
                       .arg(facts.productName, s.winVersion, s.arch);
    return s;
}

} // namespace ferry::convert::virtiowin
