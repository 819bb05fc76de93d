#include "inventory/osinfo.h"

#include "model/instance.h"

#include <QRegularExpression>

namespace ferry {

namespace {

struct DistroPattern
{
    const char *pattern;
    const char *distribution;
};

// Checked in order: the first match wins (e.g. "Rocky" before "Red Hat" mentions).
const DistroPattern kDistros[] = {
    {"almalinux|alma linux", "alma"},
    {"arch linux|archlinux", "arch"},
    {"ubuntu", "ubuntu"},
    {"debian", "debian"},
    {"oracle", "oracle"},
    {"centos", "centos"},
    {"rocky", "rocky"},
    {"red hat|rhel", "rhel"},
    {"suse|sles", "suse"},
    {"amazon", "amazon"},
    {"fedora", "fedora"},
    {"freebsd", "freebsd"},
};

QString windowsVersion(const QString &text)
{
    static const QRegularExpression server(
        QStringLiteral("server (\\d{4})(?: r2)?"), QRegularExpression::CaseInsensitiveOption);
    if (auto m = server.match(text); m.hasMatch()) {
        const bool r2 = m.captured(0).endsWith(QLatin1String("r2"), Qt::CaseInsensitive);
        return QStringLiteral("Server %1%2")
            .arg(m.captured(1), r2 ? QStringLiteral(" R2") : QString());
    }
    static const QRegularExpression desktop(
        QStringLiteral("windows (11|10|8\\.1|8|7)\\b"), QRegularExpression::CaseInsensitiveOption);
    if (auto m = desktop.match(text); m.hasMatch())
        return m.captured(1);
    return {};
}

QString majorVersion(
    const QString &distribution, const QString &explicitVersion, const QString &text)
{
    if (distribution == QLatin1String("ubuntu")) {
        static const QRegularExpression yymm(QStringLiteral("(\\d{2}\\.\\d{2})"));
        for (const QString &s : {explicitVersion, text})
            if (auto m = yymm.match(s); m.hasMatch())
                return m.captured(1);
    }
    static const QRegularExpression major(QStringLiteral("(\\d+)"));
    for (const QString &s : {explicitVersion, text})
        if (auto m = major.match(s); m.hasMatch())
            return m.captured(1);
    return {};
}

} // namespace

OsInfo deriveOs(const QString &os, const QString &osVersion, const QString &osDescription,
    const QString &osTemplate, const QString &description)
{
    OsInfo info;
    const QString all
        = (os + QLatin1Char(' ') + osDescription + QLatin1Char(' ') + osTemplate).toLower();
    if (description.startsWith(QLatin1String("FortiGate"), Qt::CaseInsensitive)) {
        info.osType = QStringLiteral("fortigate");
        info.distribution = QStringLiteral("fortigate");
        return info;
    }
    if (all.contains(QLatin1String("windows"))) {
        info.osType = QStringLiteral("windows");
        info.distribution = QStringLiteral("windows");
        // The detailed data is the most precise; the template only when tools never reported.
        for (const QString &s : {osDescription, os, osTemplate}) {
            info.version = windowsVersion(s);
            if (!info.version.isEmpty())
                break;
        }
        return info;
    }
    info.osType
        = all.contains(QLatin1String("bsd")) ? QStringLiteral("bsd") : QStringLiteral("linux");
    info.distribution = QStringLiteral("other");
    // Prefer what the guest itself reported; fall back to the configured template.
    const QString reported = (os + QLatin1Char(' ') + osDescription).toLower();
    static const QVector<QRegularExpression> patterns = [] {
        QVector<QRegularExpression> v;
        for (const DistroPattern &p : kDistros)
            v << QRegularExpression(QLatin1String(p.pattern));
        return v;
    }();
    for (const QString &source : {reported, osTemplate.toLower()}) {
        if (source.trimmed().isEmpty())
            continue;
        for (int i = 0; i < int(std::size(kDistros)); ++i) {
            const DistroPattern &p = kDistros[i];
            if (patterns[i].match(source).hasMatch()) {
                info.distribution = QLatin1String(p.distribution);
                info.version
                    = majorVersion(info.distribution, source == reported ? osVersion : QString(),
                        source == reported ? osDescription + QLatin1Char(' ') + os : osTemplate);
                return info;
            }
        }
    }
    return info;
}

void applyDerivedOs(Instance &instance)
{
    const OsInfo info = deriveOs(instance.os, instance.osVersion, instance.osDescription,
        instance.osTemplate, instance.description);
    instance.osType = info.osType;
    instance.distribution = info.distribution;
    instance.distributionVersion = info.version;
}

QString targetHostName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        // "ü" decomposes to "u" and a combining mark: keep the ASCII letters and digits of each
        // character's decomposition; anything else becomes one '-'.
        QString kept;
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
        for (const QChar d : decomposed)
            if (d.unicode() < 128 && d.isLetterOrNumber())
                kept += d;
        if (!kept.isEmpty())
            out += kept;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    // Incus and LXD want a letter first.
    while (!out.isEmpty() && !out.at(0).isLetter())
        out.remove(0, 1);
    out.truncate(63);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

bool isValidHostName(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return re.match(name).hasMatch() && !digits.match(name).hasMatch();
}

} // namespace ferry
