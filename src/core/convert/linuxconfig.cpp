#include "convert/linuxconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace ferry::convert::linuxconfig {

QStringList virtioModules()
{
    return {QStringLiteral("virtio_pci"), QStringLiteral("virtio_scsi"),
        QStringLiteral("virtio_blk"), QStringLiteral("virtio_net")};
}

Result<QString> udevNameRules(const QList<NicIdentity> &nics)
{
    static const QRegularExpression macRe(QStringLiteral("^[0-9a-f]{2}(:[0-9a-f]{2}){5}$"));
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_.-]{1,15}$"));
    QString text = QStringLiteral(
        "# Written by Ferry's conversion: each interface keeps the name it had on VMware.\n");
    for (const NicIdentity &nic : nics) {
        const QString mac = nic.mac.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char(':'));
        if (!macRe.match(mac).hasMatch())
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate("ferry::convert", "The MAC address %1 is not valid.")
                    .arg(nic.mac));
        if (!nameRe.match(nic.guestName).hasMatch() || nic.guestName == QLatin1String(".")
            || nic.guestName == QLatin1String(".."))
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate("ferry::convert", "The interface name %1 is not valid.")
                    .arg(nic.guestName));
        if (!nic.targetName.isEmpty()) {
            if (!nameRe.match(nic.targetName).hasMatch())
                return Error(Error::Code::InvalidInput,
                    QCoreApplication::translate(
                        "ferry::convert", "The interface name %1 is not valid.")
                        .arg(nic.targetName));
            continue;
        }
        text += QStringLiteral("SUBSYSTEM==\"net\", ACTION==\"add\", DRIVERS==\"?*\", "
                               "ATTR{address}==\"%1\", NAME=\"%2\"\n")
                    .arg(mac, nic.guestName);
    }
    return text;
}

QString applianceDevice(const QString &guestPath)
{
    static const QRegularExpression kernelName(
        QStringLiteral("^/dev/(?:sd|hd|vd|xvd)([a-z]+)([0-9]*)$"));
    static const QRegularExpression byPath(QStringLiteral(
        "^/dev/disk/by-path/.*-scsi-[0-9]+:[0-9]+:([0-9]+):[0-9]+(?:-part([0-9]+))?$"));
    QRegularExpressionMatch m = kernelName.match(guestPath);
    if (m.hasMatch())
        return QStringLiteral("/dev/sd") + m.captured(1) + m.captured(2);
    m = byPath.match(guestPath);
    if (m.hasMatch()) {
        const int target = m.captured(1).toInt();
        if (target < 0 || target >= 26)
            return {};
        return QStringLiteral("/dev/sd") + QChar(QLatin1Char('a').unicode() + target)
            + m.captured(2);
    }
    return {};
}

FstabRewrite rewriteFstab(const QString &fstab, const QHash<QString, QString> &uuidByDevice)
{
    FstabRewrite out;
    const QStringList lines = fstab.split(QLatin1Char('\n'));
    QStringList result;
    result.reserve(lines.size());
    for (const QString &line : lines) {
        const int start = static_cast<int>(std::find_if(line.cbegin(), line.cend(), [](QChar c) {
            return !c.isSpace();
        }) - line.cbegin());
        if (start >= line.size() || line.at(start) == QLatin1Char('#')) {
            result.append(line);
            continue;
        }
        int end = start;
        while (end < line.size() && !line.at(end).isSpace())
            ++end;
        const QString spec = line.mid(start, end - start);
        const QString device = applianceDevice(spec);
        if (device.isEmpty()) {
            result.append(line);
            continue;
        }
        const QString uuid = uuidByDevice.value(device);
        if (uuid.isEmpty()) {
            out.unresolved.append(spec);
            result.append(line);
            continue;
        }
        const QString replacement = QStringLiteral("UUID=") + uuid;
        result.append(line.left(start) + replacement + line.mid(end));
        out.changes.append(spec + QStringLiteral(" -> ") + replacement);
    }
    out.text = result.join(QLatin1Char('\n'));
    return out;
}

QString ensureModulesListed(
    const QString &modulesFile, const QStringList &modules, QStringList *added)
{
    QStringList present;
    for (const QString &line : modulesFile.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
            continue;
        present.append(
            t.section(QLatin1Char(' '), 0, 0).replace(QLatin1Char('-'), QLatin1Char('_')));
    }
    QString text = modulesFile;
    bool header = false;
    for (const QString &module : modules) {
        if (present.contains(module))
            continue;
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        if (!header) {
            text += QStringLiteral(
                "# Added by Ferry's conversion: the disk and NIC of an Incus/LXD VM\n");
            header = true;
        }
        text += module + QLatin1Char('\n');
        if (added)
            added->append(module);
    }
    return text;
}

QString dracutConf(const QStringList &modules)
{
    return QStringLiteral("# Added by Ferry's conversion: the disk and NIC of an Incus/LXD VM\n"
                          "add_drivers+=\" %1 \"\n")
        .arg(modules.join(QLatin1Char(' ')));
}

QStringList parseLines(const QString &out)
{
    QStringList lines;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            lines.append(t);
    }
    return lines;
}

static QPair<QString, QString> splitColon(const QString &line)
{
    const int colon = line.indexOf(QStringLiteral(": "));
    if (colon < 0)
        return {};
    return {line.left(colon).trimmed(), line.mid(colon + 2).trimmed()};
}

QList<QPair<QString, QString>> parseMountpoints(const QString &out)
{
    QList<QPair<QString, QString>> mounts;
    for (const QString &line : parseLines(out)) {
        const auto kv = splitColon(line);
        if (!kv.first.startsWith(QLatin1Char('/')) || kv.second.isEmpty())
            continue;
        mounts.append(kv);
    }
    std::stable_sort(mounts.begin(), mounts.end(),
        [](const auto &a, const auto &b) { return a.first.size() < b.first.size(); });
    return mounts;
}

QHash<QString, QString> parseFilesystems(const QString &out)
{
    QHash<QString, QString> fs;
    for (const QString &line : parseLines(out)) {
        const auto kv = splitColon(line);
        if (!kv.first.isEmpty())
            fs.insert(kv.first, kv.second);
    }
    return fs;
}

QString conversionLog(const ConversionResult &result, const QDateTime &when)
{
    QString text = QStringLiteral("Ferry conversion, %1\n").arg(when.toUTC().toString(Qt::ISODate));
    text += QStringLiteral("operating system: %1 %2 %3.%4 (%5), root %6, %7\n")
                .arg(result.os.type, result.os.distro)
                .arg(result.os.majorVersion)
                .arg(result.os.minorVersion)
                .arg(result.os.productName, result.os.root,
                    result.os.uefi ? QStringLiteral("UEFI") : QStringLiteral("BIOS"));
    for (const ConversionStep &step : result.steps)
        text += QStringLiteral("%1: %2\n").arg(step.name, step.detail);
    for (const QString &w : result.warnings)
        text += QStringLiteral("warning: %1\n").arg(w);
    return text;
}

QStringList configuredInterfaces(const QString &text, const QString &kind)
{
    QStringList names;
    auto add = [&names](QString name) {
        name = name.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('.'), 0, 0);
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,15}$"));
        if (name != QLatin1String("lo") && valid.match(name).hasMatch() && !names.contains(name))
            names << name;
    };
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (kind == QLatin1String("ifupdown")) {
        static const QRegularExpression re(
            QStringLiteral("^\\s*(?:iface|auto|allow-hotplug|allow-auto)\\s+(.+)$"));
        for (const QString &line : lines) {
            const auto m = re.match(line);
            if (!m.hasMatch())
                continue;
            const QString rest = m.captured(1).trimmed();
            if (line.trimmed().startsWith(QLatin1String("iface")))
                add(rest.section(QLatin1Char(' '), 0, 0));
            else
                for (const QString &n : rest.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    add(n);
        }
    } else if (kind == QLatin1String("netplan")) {
        // ethernets:\n    ens192:\n      addresses: ...; an entry with a match: block names a
        // label, not an interface.
        int sectionIndent = -1;
        int entryIndent = -1;
        QString entry;
        bool matched = false;
        auto flush = [&]() {
            if (!entry.isEmpty() && !matched)
                add(entry);
            entry.clear();
            matched = false;
        };
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
                continue;
            const int indent = int(line.indexOf(QRegularExpression(QStringLiteral("\\S"))));
            const QString key = line.trimmed().section(QLatin1Char(':'), 0, 0).trimmed();
            if (sectionIndent >= 0 && indent <= sectionIndent) {
                flush();
                sectionIndent = -1;
            }
            if (sectionIndent < 0) {
                if (key == QLatin1String("ethernets")) {
                    sectionIndent = indent;
                    entryIndent = -1;
                }
                continue;
            }
            if (entryIndent < 0)
                entryIndent = indent;
            if (indent == entryIndent) {
                flush();
                entry = key;
                entry.remove(QLatin1Char('"'));
                entry.remove(QLatin1Char('\''));
            } else if (key == QLatin1String("match")) {
                matched = true;
            }
        }
        flush();
    } else if (kind == QLatin1String("keyfile")) {
        static const QRegularExpression re(QStringLiteral("^\\s*interface-name\\s*=\\s*(\\S+)"));
        for (const QString &line : lines)
            if (const auto m = re.match(line); m.hasMatch())
                add(m.captured(1));
    } else if (kind == QLatin1String("networkd")) {
        static const QRegularExpression re(QStringLiteral("^\\s*Name\\s*=\\s*(.+)$"));
        for (const QString &line : lines)
            if (const auto m = re.match(line); m.hasMatch())
                for (const QString &n : m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    if (!n.contains(QLatin1Char('*')) && !n.contains(QLatin1Char('?')))
                        add(n);
    }
    sortNaturally(names);
    return names;
}

void sortNaturally(QStringList &names)
{
    // Runs of digits compare as numbers (QCollator's numeric mode needs ICU, which not every Qt
    // build has).
    static const QRegularExpression chunk(QStringLiteral("(\\d+|\\D+)"));
    auto chunks = [](const QString &s) {
        QStringList out;
        for (auto it = chunk.globalMatch(s); it.hasNext();)
            out << it.next().captured(1);
        return out;
    };
    std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const QStringList x = chunks(a);
        const QStringList y = chunks(b);
        for (qsizetype i = 0; i < qMin(x.size(), y.size()); ++i) {
            const bool dx = x.at(i).at(0).isDigit();
            const bool dy = y.at(i).at(0).isDigit();
            if (dx && dy) {
                const qulonglong nx = x.at(i).toULongLong();
                const qulonglong ny = y.at(i).toULongLong();
                if (nx != ny)
                    return nx < ny;
            } else if (x.at(i) != y.at(i)) {
                return x.at(i) < y.at(i);
            }
        }
        return x.size() < y.size();
    });
}

QList<NicIdentity> assignGuestNames(
    QList<NicIdentity> nics, const QStringList &configured, QStringList *unmatched)
{
    QStringList free = configured;
    for (const NicIdentity &nic : std::as_const(nics))
        free.removeAll(nic.guestName);
    for (NicIdentity &nic : nics) {
        if (!nic.guestName.isEmpty())
            continue;
        if (free.isEmpty()) {
            if (unmatched)
                unmatched->append(nic.mac);
            continue;
        }
        nic.guestName = free.takeFirst();
    }
    return nics;
}

QString setIfupdownAddress(const QString &text, const QString &name, const QString &cidr,
    const QString &gateway, const QStringList &dns, bool *changed)
{
    static const QRegularExpression stanza(
        QStringLiteral("^\\s*(iface|auto|allow-[a-z]+|mapping|source|source-directory|no-auto-down|"
                       "no-scripts)\\b"));
    const QRegularExpression mine(QStringLiteral("^(\\s*)iface\\s+%1\\s+inet\\s+\\S+(.*)$")
                                      .arg(QRegularExpression::escape(name)));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList out;
    bool inside = false;
    bool found = false;
    QString indent = QStringLiteral("    ");
    for (const QString &line : lines) {
        if (stanza.match(line).hasMatch())
            inside = false;
        if (const auto m = mine.match(line); m.hasMatch()) {
            found = true;
            inside = true;
            out << QStringLiteral("%1iface %2 inet static%3")
                       .arg(m.captured(1), name, m.captured(2));
            out << indent + QStringLiteral("address ") + cidr;
            if (!gateway.isEmpty())
                out << indent + QStringLiteral("gateway ") + gateway;
            if (!dns.isEmpty())
                out << indent + QStringLiteral("dns-nameservers ") + dns.join(QLatin1Char(' '));
            continue;
        }
        if (inside) {
            const QString key = line.trimmed().section(QLatin1Char(' '), 0, 0);
            if (key == QLatin1String("address") || key == QLatin1String("netmask")
                || key == QLatin1String("broadcast") || key == QLatin1String("network")
                || (key == QLatin1String("gateway") && !gateway.isEmpty())
                || (key == QLatin1String("dns-nameservers") && !dns.isEmpty()))
                continue;
        }
        out << line;
    }
    if (changed)
        *changed = found;
    return out.join(QLatin1Char('\n'));
}

} // namespace ferry::convert::linuxconfig
