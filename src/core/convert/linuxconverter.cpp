#include "convert/linuxconverter.h"

#include "convert/guestfishsession.h"
#include "convert/linuxconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

namespace ferry::convert {

Q_LOGGING_CATEGORY(lcConvert, "ferry.convert", QtInfoMsg)

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::convert)
};

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

} // namespace

LinuxConverter::LinuxConverter(ConversionRequest request)
    : m_request(std::move(request))
    , m_env(QProcessEnvironment::systemEnvironment())
{ }

LinuxConverter::~LinuxConverter() = default;

Result<QString> LinuxConverter::gf(const QStringList &command, int timeoutSeconds)
{
    auto out = m_session->run(command, timeoutSeconds > 0 ? timeoutSeconds : 300);
    if (!out)
        qCWarning(lcConvert) << "guestfish" << command.value(0)
                             << "failed:" << out.error().toString();
    return out;
}

Result<bool> LinuxConverter::isFile(const QString &path)
{
    auto out = gf({QStringLiteral("is-file"), path, QStringLiteral("followsymlinks:true")});
    if (!out)
        return out.error();
    return out->trimmed() == QLatin1String("true");
}

Result<std::optional<QString>> LinuxConverter::readIfFile(const QString &path)
{
    auto exists = isFile(path);
    if (!exists)
        return exists.error();
    if (!*exists)
        return std::optional<QString>();
    auto text = readGuestFile(path);
    if (!text)
        return text.error();
    return std::optional<QString>(*text);
}

Result<QString> LinuxConverter::readGuestFile(const QString &path)
{
    const QString local = m_scratch + QStringLiteral("/download");
    QFile::remove(local);
    auto out = gf({QStringLiteral("download"), path, local});
    if (!out)
        return out.error();
    QFile f(local);
    if (!f.open(QIODevice::ReadOnly))
        return Error(
            Error::Code::Io, Text::tr("Cannot read a file copied out of the guest."), local);
    return QString::fromUtf8(f.readAll());
}

Status LinuxConverter::writeGuestFile(const QString &path, const QString &text)
{
    const QString local = m_scratch + QStringLiteral("/upload");
    QFile f(local);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0)
        return Error(Error::Code::Io, Text::tr("Cannot write a file for the guest."), local);
    f.close();
    auto out = gf({QStringLiteral("upload"), local, path});
    if (!out)
        return out.error();
    return {};
}

Status LinuxConverter::checkCanceled() const
{
    if (m_canceled.load() || (m_externalCancel && m_externalCancel->load()))
        return Error(Error::Code::Canceled, Text::tr("The guest conversion was canceled."));
    return {};
}

Result<ConversionResult> LinuxConverter::run()
{
    QElapsedTimer timer;
    timer.start();
    ConversionResult result;
    if (m_request.disks.isEmpty())
        return Error(Error::Code::InvalidInput, Text::tr("The conversion has no disk."));
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error(Error::Code::Io, Text::tr("No temporary directory for the conversion."),
            scratch.errorString());
    m_scratch = scratch.path();

    m_session = std::make_unique<GuestfishSession>();
    if (Status s = m_session->start(m_request.disks, m_request.dryRun, m_env); !s)
        return s.error();

    auto fail = [this](const Error &e) -> Result<ConversionResult> {
        m_session->kill();
        return e;
    };
    QElapsedTimer launch;
    launch.start();
    if (auto out = gf({QStringLiteral("run")}, m_request.launchTimeoutSeconds); !out)
        return fail(out.error());
    result.launchSeconds = static_cast<double>(launch.elapsed()) / 1000.0;
    qCInfo(lcConvert) << "libguestfs appliance up in" << result.launchSeconds << "s";

    QElapsedTimer inspectTimer;
    inspectTimer.start();
    if (Status s = inspect(result); !s)
        return fail(s.error());
    if (!result.steps.isEmpty())
        result.steps.last().seconds = static_cast<double>(inspectTimer.elapsed()) / 1000.0;
    if (result.outcome == ConversionResult::Outcome::Converted) {
        if (Status s = runTimedSteps(*this, result,
                {&LinuxConverter::removeVmwareTools, &LinuxConverter::pinNicNames,
                    &LinuxConverter::rewriteFstab, &LinuxConverter::rebuildInitramfs,
                    &LinuxConverter::ensureEfiFallback, &LinuxConverter::writeLog},
                [this]() { return checkCanceled(); });
            !s)
            return fail(s.error());
        if (auto out = gf({QStringLiteral("umount-all")}); !out)
            return fail(out.error());
    }
    if (Status s = m_session->close(m_request.stepTimeoutSeconds); !s)
        return s.error();
    result.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    qCInfo(lcConvert) << "conversion" << ConversionResult::outcomeName(result.outcome) << "in"
                      << result.seconds << "s";
    return result;
}

Status LinuxConverter::inspect(ConversionResult &result)
{
    auto roots = gf({QStringLiteral("inspect-os")});
    if (!roots)
        return roots.error();
    const QStringList rootList = linuxconfig::parseLines(*roots);
    if (rootList.isEmpty()) {
        result.outcome = ConversionResult::Outcome::NoOperatingSystem;
        result.warnings.append(
            Text::tr("No operating system was found on the disk: it is migrated unconverted."));
        return {};
    }
    OsFound &os = result.os;
    result.osCount = int(rootList.size());
    os.root = rootList.first();
    if (rootList.size() > 1)
        result.warnings.append(
            Text::tr("The disks hold %1 operating systems; the first (%2) is converted.")
                .arg(rootList.size())
                .arg(os.root));
    auto get = [this, &os](const char *what) -> Result<QString> {
        auto out = gf({QString::fromLatin1(what), os.root});
        if (!out)
            return out.error();
        return out->trimmed();
    };
    const char *const keys[]
        = {"inspect-get-type", "inspect-get-distro", "inspect-get-major-version",
            "inspect-get-minor-version", "inspect-get-product-name", "inspect-get-package-format"};
    QStringList values;
    for (const char *key : keys) {
        auto v = get(key);
        if (!v)
            return v.error();
        values.append(*v);
    }
    os.type = values.at(0);
    os.distro = values.at(1);
    os.majorVersion = values.at(2).toInt();
    os.minorVersion = values.at(3).toInt();
    os.productName = values.at(4);
    os.packageFormat = values.at(5);

    if (os.type == QLatin1String("windows") && !m_request.dryRun) {
        result.outcome = ConversionResult::Outcome::OtherConverter; // WindowsConverter's
        return {};
    }
    if (os.type != QLatin1String("linux") && m_request.dryRun) {
        result.outcome = ConversionResult::Outcome::Inspected; // the dry run says what it is
        return {};
    }
    if (os.type != QLatin1String("linux"))
        return Error(Error::Code::Unsupported,
            Text::tr("The guest's operating system (%1) cannot be converted yet.")
                .arg(os.productName),
            QStringLiteral("type=%1 distro=%2").arg(os.type, os.distro));

    auto mountsOut = gf({QStringLiteral("inspect-get-mountpoints"), os.root});
    if (!mountsOut)
        return mountsOut.error();
    for (const auto &[mountpoint, device] : linuxconfig::parseMountpoints(*mountsOut)) {
        auto out = gf({m_request.dryRun ? QStringLiteral("mount-ro") : QStringLiteral("mount"),
            device, mountpoint});
        if (!out) {
            if (mountpoint == QLatin1String("/"))
                return out.error();
            result.warnings.append(Text::tr("%1 (%2) could not be mounted: %3")
                                       .arg(mountpoint, device, out.error().details));
            continue;
        }
        if (mountpoint == QLatin1String("/boot/efi") || mountpoint == QLatin1String("/efi"))
            os.uefi = true;
    }
    result.steps.append({QStringLiteral("inspect"),
        QStringLiteral("%1 %2.%3 (%4), root %5, %6")
            .arg(os.distro)
            .arg(os.majorVersion)
            .arg(os.minorVersion)
            .arg(os.productName, os.root,
                os.uefi ? QStringLiteral("UEFI") : QStringLiteral("BIOS"))});
    if (m_request.dryRun)
        result.outcome = ConversionResult::Outcome::Inspected;
    return {};
}

Result<std::optional<QStringList>> LinuxConverter::installedVmwareTools(
    const QString &packageFormat)
{
    const QStringList packages {QStringLiteral("open-vm-tools-desktop"),
        QStringLiteral("open-vm-tools-sdmp"), QStringLiteral("open-vm-tools")};
    QStringList installed;
    if (packageFormat == QLatin1String("deb")) {
        auto out = gf({QStringLiteral("sh"),
            QStringLiteral(
                "dpkg-query -W -f='${Package} ${db:Status-Status}\\n' %1 2>/dev/null; true")
                .arg(packages.join(QLatin1Char(' ')))});
        if (!out)
            return out.error();
        for (const QString &line : linuxconfig::parseLines(*out)) {
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.size() >= 2 && f.at(1) != QLatin1String("not-installed"))
                installed.append(f.at(0));
        }
    } else if (packageFormat == QLatin1String("rpm")) {
        auto out = gf({QStringLiteral("sh"),
            QStringLiteral(
                "rpm -q --qf '%{NAME}\\n' %1 2>/dev/null | grep -v 'not installed'; true")
                .arg(packages.join(QLatin1Char(' ')))});
        if (!out)
            return out.error();
        installed = linuxconfig::parseLines(*out);
    } else {
        return std::optional<QStringList>();
    }
    return std::optional<QStringList>(installed);
}

Status LinuxConverter::removeVmwareTools(ConversionResult &result)
{
    auto found = installedVmwareTools(result.os.packageFormat);
    if (!found)
        return found.error();
    if (!*found) {
        result.warnings.append(Text::tr("Package format %1: VMware Tools were not looked for.")
                                   .arg(result.os.packageFormat));
        return {};
    }
    const QStringList installed = **found;
    const QString removeCommand = result.os.packageFormat == QLatin1String("deb")
        ? QStringLiteral("DEBIAN_FRONTEND=noninteractive dpkg --purge %1")
        : QStringLiteral("rpm -e %1");
    if (installed.isEmpty()) {
        result.steps.append(
            {QStringLiteral("remove-vmware-tools"), QStringLiteral("open-vm-tools not installed")});
    } else {
        auto out
            = gf({QStringLiteral("sh"),
                     removeCommand.arg(installed.join(QLatin1Char(' '))) + QStringLiteral(" 2>&1")},
                m_request.stepTimeoutSeconds);
        if (!out)
            return Error(Error::Code::Internal,
                Text::tr("VMware Tools could not be removed from the guest."), out.error().details);
        result.steps.append({QStringLiteral("remove-vmware-tools"),
            QStringLiteral("removed %1").arg(installed.join(QStringLiteral(", ")))});
    }
    auto tarball = isFile(QStringLiteral("/etc/vmware-tools/locations"));
    if (tarball && *tarball)
        result.warnings.append(
            Text::tr("VMware Tools installed from VMware's own installer were found "
                     "(/etc/vmware-tools): they are left in place."));
    return {};
}

namespace {
// Where a Linux guest keeps its network configuration, and in which form (the kinds of
// linuxconfig::configuredInterfaces and the set*Address functions).
const QList<QPair<QString, QString>> &networkConfigPatterns()
{
    static const QList<QPair<QString, QString>> patterns {
        {QStringLiteral("/etc/network/interfaces"), QStringLiteral("ifupdown")},
        {QStringLiteral("/etc/network/interfaces.d/*"), QStringLiteral("ifupdown")},
        {QStringLiteral("/etc/netplan/*.yaml"), QStringLiteral("netplan")},
        {QStringLiteral("/etc/NetworkManager/system-connections/*"), QStringLiteral("keyfile")},
        {QStringLiteral("/etc/systemd/network/*.network"), QStringLiteral("networkd")},
        {QStringLiteral("/etc/sysconfig/network-scripts/ifcfg-*"), QStringLiteral("ifcfg")}};
    return patterns;
}

// Where the renames look (linuxconfig::renameInterfacesIn's kinds): the files above, and those
// that name an interface without holding its address: systemd .link files, SUSE's ifcfg files
// (whose addresses the address step does not write: SUSE reads BOOTPROTO differently) and the
// route files of both families. systemd .netdev files are not read: they name the virtual
// devices they create, and a NIC joins one in its own .network file.
const QList<QPair<QString, QString>> &renameConfigPatterns()
{
    static const QList<QPair<QString, QString>> patterns = [] {
        QList<QPair<QString, QString>> p = networkConfigPatterns();
        p.append({
            {QStringLiteral("/etc/systemd/network/*.link"), QStringLiteral("networkd-link")},
            {QStringLiteral("/etc/sysconfig/network/ifcfg-*"), QStringLiteral("ifcfg")},
            {QStringLiteral("/etc/sysconfig/network-scripts/route-*"),
                QStringLiteral("ifcfg-route")},
            {QStringLiteral("/etc/sysconfig/network-scripts/route6-*"),
                QStringLiteral("ifcfg-route")},
            {QStringLiteral("/etc/sysconfig/network/ifroute-*"), QStringLiteral("ifcfg-route")},
            {QStringLiteral("/etc/sysconfig/network/routes"), QStringLiteral("ifcfg-route")},
        });
        return p;
    }();
    return patterns;
}
} // namespace

Result<QList<QPair<QString, QString>>> LinuxConverter::networkConfigFiles(
    const QList<QPair<QString, QString>> &patterns)
{
    QList<QPair<QString, QString>> files;
    for (const auto &[pattern, kind] : patterns) {
        auto found = gf({QStringLiteral("glob-expand"), pattern});
        if (!found)
            return found.error();
        for (const QString &file : linuxconfig::parseLines(*found))
            files.append({file, kind});
    }
    return files;
}

// The names the guest's network configuration uses, for NICs whose name on VMware is not known
// (the inventory has the MAC, not the guest's name for it).
Status LinuxConverter::discoverNicNames(ConversionResult &result)
{
    bool unknown = false;
    for (const NicIdentity &nic : std::as_const(m_request.nics))
        unknown = unknown || nic.guestName.isEmpty();
    if (!unknown)
        return {};
    auto files = networkConfigFiles(networkConfigPatterns());
    if (!files)
        return files.error();
    QStringList names;
    for (const auto &[file, kind] : std::as_const(*files)) {
        auto isRegular = isFile(file);
        if (!isRegular)
            return isRegular.error();
        if (!*isRegular)
            continue;
        QStringList found;
        if (kind == QLatin1String("ifcfg")) {
            found << file.section(QStringLiteral("ifcfg-"), -1);
        } else {
            auto text = readGuestFile(file);
            if (!text)
                return text.error();
            found = linuxconfig::configuredInterfaces(*text, kind);
        }
        for (const QString &n : std::as_const(found))
            if (n != QLatin1String("lo") && !names.contains(n))
                names << n;
    }
    linuxconfig::sortNaturally(names);
    QStringList unmatched;
    m_request.nics = linuxconfig::assignGuestNames(m_request.nics, names, &unmatched);
    if (!unmatched.isEmpty())
        result.warnings.append(
            Text::tr("No interface name in the guest's network configuration for the NIC(s) %1: "
                     "they keep the names the target's hardware gives them.")
                .arg(unmatched.join(QStringLiteral(", "))));
    QList<NicIdentity> named;
    for (const NicIdentity &nic : std::as_const(m_request.nics))
        if (!nic.guestName.isEmpty())
            named << nic;
    m_request.nics = named;
    return {};
}

// The new addresses the administrator gave, in whichever network configuration the guest has
// for the interface: ifupdown, netplan, NetworkManager keyfiles, systemd-networkd or ifcfg (the
// first file that configures it; a NIC no file configures gets a warning).
Status LinuxConverter::setNicAddresses(ConversionResult &result)
{
    bool any = false;
    for (const NicIdentity &nic : std::as_const(m_request.nics))
        any = any || !nic.ipv4.isEmpty();
    if (!any)
        return {};
    auto found = networkConfigFiles(networkConfigPatterns());
    if (!found)
        return found.error();
    const QList<QPair<QString, QString>> files = *found; // path, kind
    QStringList applied;
    for (const NicIdentity &nic : std::as_const(m_request.nics)) {
        if (nic.ipv4.isEmpty())
            continue;
        const QString &name = nic.guestName; // the renames come after
        bool done = false;
        for (const auto &[file, kind] : std::as_const(files)) {
            if (name.isEmpty())
                break;
            auto text = readIfFile(file);
            if (!text)
                return text.error();
            if (!*text)
                continue;
            bool changed = false;
            QString updated;
            if (kind == QLatin1String("ifupdown")) {
                updated = linuxconfig::setIfupdownAddress(
                    **text, name, nic.ipv4, nic.gateway, nic.dns, &changed);
            } else if (kind == QLatin1String("keyfile")) {
                updated = linuxconfig::setKeyfileAddress(
                    **text, name, nic.ipv4, nic.gateway, nic.dns, &changed);
            } else if (kind == QLatin1String("networkd")) {
                updated = linuxconfig::setNetworkdAddress(
                    **text, name, nic.ipv4, nic.gateway, nic.dns, &changed);
            } else if (kind == QLatin1String("ifcfg")) {
                updated = linuxconfig::setIfcfgAddress(**text, name,
                    file.section(QStringLiteral("ifcfg-"), -1) == name, nic.ipv4, nic.gateway,
                    nic.dns, &changed);
            } else {
                auto yaml = linuxconfig::setNetplanAddress(
                    **text, name, nic.ipv4, nic.gateway, nic.dns, &changed);
                if (!yaml)
                    return Error(yaml.error().code, yaml.error().message, file);
                updated = *yaml;
                if (changed)
                    result.warnings.append(
                        Text::tr("%1 was written anew for the new address of %2: the comments it "
                                 "had are gone.")
                            .arg(file, name));
            }
            if (!changed)
                continue;
            if (Status s = writeGuestFile(file, updated); !s)
                return s;
            applied << QStringLiteral("%1 (%2) %3 in %4").arg(name, nic.mac, nic.ipv4, file);
            done = true;
            break;
        }
        if (!done)
            result.warnings.append(
                Text::tr("The new address %1 for NIC %2 was not applied: no network "
                         "configuration in the guest (ifupdown, netplan, NetworkManager, "
                         "systemd-networkd, ifcfg) configures %3.")
                    .arg(nic.ipv4, nic.mac, name.isEmpty() ? Text::tr("it") : name));
    }
    if (!applied.isEmpty())
        result.steps.append({QStringLiteral("nic-addresses"), applied.join(QStringLiteral(", "))});
    return {};
}

Status LinuxConverter::pinNicNames(ConversionResult &result)
{
    if (m_request.nics.isEmpty()) {
        result.warnings.append(
            Text::tr("The VM has no NIC in the inventory: no interface name pinned."));
        return {};
    }
    if (Status s = discoverNicNames(result); !s)
        return s;
    if (m_request.nics.isEmpty())
        return {};
    auto rules = linuxconfig::udevNameRules(m_request.nics);
    if (!rules)
        return rules.error();
    QStringList pins;
    QHash<QString, QString> renames;
    for (const NicIdentity &nic : m_request.nics) {
        if (nic.targetName.isEmpty())
            pins.append(QStringLiteral("%1=%2").arg(nic.guestName, nic.mac.toLower()));
        else
            renames.insert(nic.guestName, nic.targetName);
    }
    if (!pins.isEmpty()) {
        const QString path = QStringLiteral("/etc/udev/rules.d/70-ferry-net-names.rules");
        if (auto out = gf({QStringLiteral("mkdir-p"), QStringLiteral("/etc/udev/rules.d")}); !out)
            return out.error();
        if (Status s = writeGuestFile(path, *rules); !s)
            return s;
        result.steps.append({QStringLiteral("pin-nic-names"),
            QStringLiteral("%1: %2").arg(path, pins.join(QStringLiteral(", ")))});
    }
    if (Status st = setNicAddresses(result); !st)
        return st;
    if (renames.isEmpty())
        return {};
    return renameNicConfig(result, renames);
}

// The new names (newByOld) in every network configuration file of the guest: ifupdown, netplan,
// NetworkManager keyfiles, systemd-networkd, ifcfg and their route files
// (linuxconfig::renameInterfacesIn); ifcfg-NAME and route files named after an interface take
// the new name. A file that cannot be read as its kind, or whose new name is taken, is left as it
// was with a warning. No copy of the old file is kept beside it: NetworkManager and the network
// scripts would read a copy in their directories as one more configuration.
Status LinuxConverter::renameNicConfig(
    ConversionResult &result, const QHash<QString, QString> &renames)
{
    auto files = networkConfigFiles(renameConfigPatterns());
    if (!files)
        return files.error();
    QStringList changedFiles;
    for (const auto &[file, kind] : std::as_const(*files)) {
        auto text = readIfFile(file);
        if (!text)
            return text.error();
        if (!*text)
            continue;
        bool changed = false;
        QStringList notes;
        const auto updated
            = linuxconfig::renameInterfacesIn(kind, **text, renames, &changed, &notes);
        if (!updated) {
            result.warnings.append(
                Text::tr("%1 is left as it was, with the old interface names: %2")
                    .arg(file, updated.error().message));
            continue;
        }
        // What was left alone that may still mean an old interface (a pattern, ETHTOOL_OPTS).
        for (const QString &note : std::as_const(notes))
            result.warnings.append(QStringLiteral("%1: %2").arg(file, note));
        const QString dir = file.section(QLatin1Char('/'), 0, -2);
        const QString newName = kind.startsWith(QLatin1String("ifcfg"))
            ? linuxconfig::renamedNetworkFileName(file.section(QLatin1Char('/'), -1), renames)
            : QString();
        const QString target = newName.isEmpty() ? file : dir + QLatin1Char('/') + newName;
        if (target != file) {
            auto taken = gf({QStringLiteral("exists"), target});
            if (!taken)
                return taken.error();
            if (taken->trimmed() == QLatin1String("true")) {
                result.warnings.append(
                    Text::tr("%1 is left as it was, with the old interface names: %2 exists "
                             "already.")
                        .arg(file, target));
                continue;
            }
        }
        if (changed) {
            if (Status s = writeGuestFile(file, *updated); !s)
                return s;
        }
        if (target != file) {
            if (auto out = gf({QStringLiteral("mv"), file, target}); !out)
                return out.error();
        }
        if (changed || target != file)
            changedFiles.append(
                target == file ? file : QStringLiteral("%1 (now %2)").arg(file, newName));
    }
    QStringList pairs;
    for (auto it = renames.cbegin(); it != renames.cend(); ++it)
        pairs.append(it.key() + QStringLiteral(" -> ") + it.value());
    pairs.sort();
    result.steps.append({QStringLiteral("rename-nic-config"),
        QStringLiteral("%1 in %2")
            .arg(pairs.join(QStringLiteral(", ")),
                changedFiles.isEmpty() ? QStringLiteral("no file")
                                       : changedFiles.join(QStringLiteral(", ")))});
    return {};
}

Status LinuxConverter::rewriteFstab(ConversionResult &result)
{
    auto exists = isFile(QStringLiteral("/etc/fstab"));
    if (!exists)
        return exists.error();
    if (!*exists)
        return {};
    auto fstab = readGuestFile(QStringLiteral("/etc/fstab"));
    if (!fstab)
        return fstab.error();
    auto fsOut = gf({QStringLiteral("list-filesystems")});
    if (!fsOut)
        return fsOut.error();
    QHash<QString, QString> uuids;
    const auto filesystems = linuxconfig::parseFilesystems(*fsOut);
    for (auto it = filesystems.cbegin(); it != filesystems.cend(); ++it) {
        if (it.value() == QLatin1String("unknown"))
            continue;
        auto uuid = gf({QStringLiteral("vfs-uuid"), it.key()});
        if (uuid && !uuid->trimmed().isEmpty())
            uuids.insert(it.key(), uuid->trimmed());
    }
    const auto rewrite = linuxconfig::rewriteFstab(*fstab, uuids);
    for (const QString &spec : rewrite.unresolved)
        result.warnings.append(
            Text::tr("/etc/fstab names %1, whose UUID is not known: left as it was.").arg(spec));
    if (rewrite.changes.isEmpty())
        return {};
    if (auto out = gf({QStringLiteral("cp"), QStringLiteral("/etc/fstab"),
            QStringLiteral("/etc/fstab.ferry-orig")});
        !out)
        return out.error();
    if (Status s = writeGuestFile(QStringLiteral("/etc/fstab"), rewrite.text); !s)
        return s;
    result.steps.append({QStringLiteral("fstab-uuids"),
        rewrite.changes.join(QStringLiteral(", "))
            + QStringLiteral(" (old: /etc/fstab.ferry-orig)")});
    return {};
}

Status LinuxConverter::rebuildInitramfs(ConversionResult &result)
{
    const QStringList modules = linuxconfig::virtioModules();
    auto kernelsOut = gf({QStringLiteral("ls"), QStringLiteral("/lib/modules")});
    if (!kernelsOut)
        return kernelsOut.error();
    const QStringList kernels = linuxconfig::parseLines(*kernelsOut);
    if (kernels.isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("The guest has no kernel modules (/lib/modules is empty): it cannot be "
                     "converted."));

    auto initramfsTools = isFile(QStringLiteral("/usr/sbin/update-initramfs"));
    if (!initramfsTools)
        return initramfsTools.error();
    auto dracut = isFile(QStringLiteral("/usr/bin/dracut"));
    if (!dracut)
        return dracut.error();
    QString detail;
    if (*initramfsTools) {
        const QString path = QStringLiteral("/etc/initramfs-tools/modules");
        auto has = isFile(path);
        if (!has)
            return has.error();
        QString text;
        if (*has) {
            auto old = readGuestFile(path);
            if (!old)
                return old.error();
            text = *old;
        }
        QStringList added;
        const QString updated = linuxconfig::ensureModulesListed(text, modules, &added);
        if (!added.isEmpty()) {
            if (Status s = writeGuestFile(path, updated); !s)
                return s;
        }
        auto out = gf({QStringLiteral("sh"), QStringLiteral("update-initramfs -u -k all 2>&1")},
            m_request.stepTimeoutSeconds);
        if (!out)
            return Error(Error::Code::Internal,
                Text::tr("The guest's initramfs could not be rebuilt."), out.error().details);
        // Check what was built: every kernel's initramfs holds virtio_scsi.
        for (const QString &kernel : kernels) {
            auto list
                = gf({QStringLiteral("sh"),
                         QStringLiteral(
                             "lsinitramfs /boot/initrd.img-%1 | grep -c '/virtio_scsi.ko'; true")
                             .arg(kernel)},
                    m_request.stepTimeoutSeconds);
            if (!list)
                return list.error();
            if (list->trimmed().toInt() < 1)
                return Error(Error::Code::Internal,
                    Text::tr("The rebuilt initramfs of kernel %1 has no virtio_scsi.").arg(kernel));
        }
        detail = QStringLiteral("initramfs-tools: %1 listed in %2; rebuilt for %3")
                     .arg(added.isEmpty() ? QStringLiteral("all modules already")
                                          : added.join(QLatin1Char(' ')),
                         path, kernels.join(QLatin1Char(' ')));
    } else if (*dracut) {
        const QString path = QStringLiteral("/etc/dracut.conf.d/ferry-virtio.conf");
        if (auto out = gf({QStringLiteral("mkdir-p"), QStringLiteral("/etc/dracut.conf.d")}); !out)
            return out.error();
        if (Status s = writeGuestFile(path, linuxconfig::dracutConf(modules)); !s)
            return s;
        for (const QString &kernel : kernels) {
            auto out
                = gf({QStringLiteral("sh"),
                         QStringLiteral("dracut -f --kver %1 --add-drivers %2 2>&1")
                             .arg(shellQuote(kernel), shellQuote(modules.join(QLatin1Char(' '))))},
                    m_request.stepTimeoutSeconds);
            if (!out)
                return Error(Error::Code::Internal,
                    Text::tr("The guest's initramfs could not be rebuilt."), out.error().details);
        }
        detail = QStringLiteral("dracut: %1 added (%2); rebuilt for %3")
                     .arg(modules.join(QLatin1Char(' ')), path, kernels.join(QLatin1Char(' ')));
    } else {
        return Error(Error::Code::Unsupported,
            Text::tr(
                "The guest has neither initramfs-tools nor dracut: its initramfs cannot be rebuilt "
                "with the virtio drivers."));
    }
    result.steps.append({QStringLiteral("initramfs-virtio"), detail});
    return {};
}

Status LinuxConverter::ensureEfiFallback(ConversionResult &result)
{
    if (!result.os.uefi)
        return {};
    QString esp = QStringLiteral("/boot/efi");
    if (auto inBoot = gf({QStringLiteral("is-dir"), esp});
        !inBoot || inBoot->trimmed() != QLatin1String("true"))
        esp = QStringLiteral("/efi");
    const QString fallback = esp + QStringLiteral("/EFI/BOOT/BOOTX64.EFI");
    auto present = isFile(fallback);
    if (!present)
        return present.error();
    if (*present) {
        result.steps.append(
            {QStringLiteral("efi-fallback"), fallback + QStringLiteral(" present")});
        return {};
    }
    auto dirsOut = gf({QStringLiteral("ls"), esp + QStringLiteral("/EFI")});
    if (!dirsOut)
        return dirsOut.error();
    QStringList dirs = linuxconfig::parseLines(*dirsOut);
    // The distribution's own directory first.
    std::stable_sort(dirs.begin(), dirs.end(), [&result](const QString &a, const QString &b) {
        return a.compare(result.os.distro, Qt::CaseInsensitive) == 0
            && b.compare(result.os.distro, Qt::CaseInsensitive) != 0;
    });
    for (const QString &dir : dirs) {
        if (dir.compare(QLatin1String("BOOT"), Qt::CaseInsensitive) == 0)
            continue;
        const QString from = esp + QStringLiteral("/EFI/") + dir;
        auto shim = isFile(from + QStringLiteral("/shimx64.efi"));
        auto grub = isFile(from + QStringLiteral("/grubx64.efi"));
        if (!shim || !grub)
            return (!shim ? shim : grub).error();
        if (!*shim && !*grub)
            continue;
        const QString bootDir = esp + QStringLiteral("/EFI/BOOT");
        QStringList copies;
        QList<QPair<QString, QString>> plan;
        if (*shim) {
            plan.append({from + QStringLiteral("/shimx64.efi"), fallback});
            if (*grub)
                plan.append({from + QStringLiteral("/grubx64.efi"),
                    bootDir + QStringLiteral("/grubx64.efi")});
        } else {
            plan.append({from + QStringLiteral("/grubx64.efi"), fallback});
        }
        // A signed grub reads grub.cfg next to itself.
        auto cfg = isFile(from + QStringLiteral("/grub.cfg"));
        if (cfg && *cfg)
            plan.append(
                {from + QStringLiteral("/grub.cfg"), bootDir + QStringLiteral("/grub.cfg")});
        if (auto out = gf({QStringLiteral("mkdir-p"), bootDir}); !out)
            return out.error();
        for (const auto &[src, dst] : plan) {
            if (auto out = gf({QStringLiteral("cp"), src, dst}); !out)
                return out.error();
            copies.append(src + QStringLiteral(" -> ") + dst);
        }
        result.steps.append({QStringLiteral("efi-fallback"), copies.join(QStringLiteral(", "))});
        return {};
    }
    return Error(Error::Code::Unsupported,
        Text::tr(
            "The UEFI guest has no boot loader on its EFI system partition that could serve as "
            "the fallback loader \\EFI\\BOOT\\BOOTX64.EFI."));
}

Status LinuxConverter::writeLog(ConversionResult &result)
{
    const QString path = QStringLiteral("/var/log/ferry-conversion.log");
    result.steps.append({QStringLiteral("conversion-log"), path});
    return writeGuestFile(
        path, linuxconfig::conversionLog(result, QDateTime::currentDateTimeUtc()));
}

Result<GuestFacts> LinuxConverter::inspectOnly(int totalTimeoutSeconds)
{
    QElapsedTimer timer;
    timer.start();
    m_request.dryRun = true;
    if (m_request.disks.isEmpty())
        return Error(Error::Code::InvalidInput, Text::tr("The dry run has no disk."));
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error(Error::Code::Io, Text::tr("No temporary directory for the dry run."),
            scratch.errorString());
    m_scratch = scratch.path();
    m_session = std::make_unique<GuestfishSession>();
    if (Status s = m_session->start(m_request.disks, true, m_env); !s)
        return s.error();
    auto fail = [this](const Error &e) -> Result<GuestFacts> {
        m_session->kill();
        return e;
    };
    // Canceled, or past the whole dry run's time.
    auto check = [&]() -> Status {
        if (Status s = checkCanceled(); !s)
            return s;
        if (timer.elapsed() > qint64(totalTimeoutSeconds) * 1000)
            return Error(Error::Code::Timeout,
                Text::tr("The dry run took longer than %1 s and was stopped.")
                    .arg(totalTimeoutSeconds));
        return {};
    };
    if (auto out = gf({QStringLiteral("run")},
            qMin(m_request.launchTimeoutSeconds, qMax(1, totalTimeoutSeconds)));
        !out)
        return fail(out.error());
    GuestFacts facts;
    ConversionResult result;
    if (Status s = check(); !s)
        return fail(s.error());
    if (Status s = inspect(result); !s)
        return fail(s.error());
    facts.osCount = result.outcome == ConversionResult::Outcome::NoOperatingSystem
        ? 0
        : qMax(1, result.osCount);
    facts.os = result.os;
    // inspect()'s warnings: first the one about several operating systems (os-several says
    // it), then the file systems that did not mount.
    if (facts.osCount > 0)
        facts.warnings = result.warnings.mid(facts.osCount > 1 ? 1 : 0);
    const bool isLinux = facts.osCount > 0 && facts.os.type == QLatin1String("linux");

    // Each read: canceled or timed out between them.
    auto isFileChecked = [&](const QString &path) -> Result<bool> {
        if (Status s = check(); !s)
            return s.error();
        return isFile(path);
    };
    if (isLinux) {
        Status st = [&]() -> Status {
            if (auto dir = gf({QStringLiteral("is-dir"), QStringLiteral("/lib/modules")});
                dir && dir->trimmed() == QLatin1String("true")) {
                auto kernels = gf({QStringLiteral("ls"), QStringLiteral("/lib/modules")});
                if (!kernels)
                    return kernels.error();
                facts.kernels = linuxconfig::parseLines(*kernels);
            }
            auto tools = isFileChecked(QStringLiteral("/usr/sbin/update-initramfs"));
            if (!tools)
                return tools.error();
            facts.initramfsTools = *tools;
            auto dracut = isFileChecked(QStringLiteral("/usr/bin/dracut"));
            if (!dracut)
                return dracut.error();
            facts.dracut = *dracut;
            if (Status s = check(); !s)
                return s;
            auto vmware = installedVmwareTools(facts.os.packageFormat);
            if (!vmware)
                return vmware.error();
            facts.vmwareToolsPackages = vmware->value_or(QStringList());
            auto tarball = isFileChecked(QStringLiteral("/etc/vmware-tools/locations"));
            facts.vmwareToolsTarball = tarball && *tarball;

            auto files = networkConfigFiles(networkConfigPatterns());
            if (!files)
                return files.error();
            for (const auto &[file, kind] : std::as_const(*files)) {
                if (Status s = check(); !s)
                    return s;
                auto text = readIfFile(file);
                if (!text)
                    return text.error();
                if (!*text)
                    continue;
                GuestNetworkFile f {file, kind, {}, **text};
                const QStringList names = kind == QLatin1String("ifcfg")
                    ? QStringList {file.section(QStringLiteral("ifcfg-"), -1)}
                    : linuxconfig::configuredInterfaces(f.text, kind);
                for (const QString &n : names)
                    if (n != QLatin1String("lo"))
                        f.interfaces << n;
                facts.networkFiles << f;
            }

            auto fstab = readIfFile(QStringLiteral("/etc/fstab"));
            if (!fstab)
                return fstab.error();
            if (*fstab) {
                facts.fstabPresent = true;
                facts.fstab = **fstab;
                auto fsOut = gf({QStringLiteral("list-filesystems")});
                if (!fsOut)
                    return fsOut.error();
                const auto filesystems = linuxconfig::parseFilesystems(*fsOut);
                for (auto it = filesystems.cbegin(); it != filesystems.cend(); ++it) {
                    if (it.value() == QLatin1String("unknown"))
                        continue;
                    auto uuid = gf({QStringLiteral("vfs-uuid"), it.key()});
                    if (uuid && !uuid->trimmed().isEmpty())
                        facts.uuidByDevice.insert(it.key(), uuid->trimmed());
                }
            }

            if (facts.os.uefi) {
                if (Status s = check(); !s)
                    return s;
                QString esp = QStringLiteral("/boot/efi");
                if (auto inBoot = gf({QStringLiteral("is-dir"), esp});
                    !inBoot || inBoot->trimmed() != QLatin1String("true"))
                    esp = QStringLiteral("/efi");
                auto present = isFile(esp + QStringLiteral("/EFI/BOOT/BOOTX64.EFI"));
                facts.efiFallbackPresent = present && *present;
                auto dirs = gf({QStringLiteral("ls"), esp + QStringLiteral("/EFI")});
                for (const QString &dir : linuxconfig::parseLines(dirs ? *dirs : QString())) {
                    if (dir.compare(QLatin1String("BOOT"), Qt::CaseInsensitive) == 0)
                        continue;
                    const QString from = esp + QStringLiteral("/EFI/") + dir;
                    auto shim = isFile(from + QStringLiteral("/shimx64.efi"));
                    auto grub = isFile(from + QStringLiteral("/grubx64.efi"));
                    if ((shim && *shim) || (grub && *grub))
                        facts.efiLoaderDirs << dir;
                }
            }
            return check();
        }();
        if (!st)
            return fail(st.error());
    }
    if (auto out = gf({QStringLiteral("umount-all")}); !out)
        return fail(out.error());
    if (Status s = m_session->close(m_request.stepTimeoutSeconds); !s)
        return s.error();
    qCInfo(lcConvert) << "dry run: inspection in" << double(timer.elapsed()) / 1000.0 << "s";
    return facts;
}

} // namespace ferry::convert
