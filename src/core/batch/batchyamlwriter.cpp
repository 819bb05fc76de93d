// Batch YAML: writing in the reference's layout, and the text `batch edit` shows.
#include "batch/batchyaml.h"

#include "batch/batchconfig.h"
#include "batch/batchtime.h"
#include "inventory/networkmapping.h"
#include "util/yamltext.h"

#include <QRegularExpression>

namespace ferry::batch {

namespace {

bool isReservedWord(const QString &s)
{
    static const QStringList words = {QStringLiteral("true"), QStringLiteral("false"),
        QStringLiteral("null"), QStringLiteral("~"), QStringLiteral("yes"), QStringLiteral("no"),
        QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("y"), QStringLiteral("n")};
    return words.contains(s.toLower());
}

bool plainSafe(const QString &s)
{
    if (s.isEmpty() || s != s.trimmed() || isReservedWord(s))
        return false;
    static const QRegularExpression numberLike(QStringLiteral("^[-+.]?[0-9]"));
    if (numberLike.match(s).hasMatch())
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(s.at(0)))
        return false;
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #"))
        || s.endsWith(QLatin1Char(':')))
        return false;
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format
            || c.isSurrogate())
            return false;
    return true;
}

QString scalar(const QString &s)
{
    return plainSafe(s) ? s : yamlDoubleQuoted(s);
}

// A literal block (|) when the text can be one, else a double-quoted line.
QString blockOrQuoted(const QString &s, int indent)
{
    if (!s.contains(QLatin1Char('\n')))
        return yamlDoubleQuoted(s);
    for (const QChar c : s)
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            || c.unicode() == 0x7f || c.isSurrogate() || c.category() == QChar::Other_Format
            || c == QChar(0xfeff))
            return yamlDoubleQuoted(s);
    QString body = s;
    int trailing = 0;
    while (body.endsWith(QLatin1Char('\n'))) {
        body.chop(1);
        ++trailing;
    }
    if (body.isEmpty())
        return yamlDoubleQuoted(s);
    const QString chomp = trailing == 0 ? QStringLiteral("-")
        : trailing == 1                 ? QString()
                                        : QStringLiteral("+");
    const QStringList lines = body.split(QLatin1Char('\n'));
    // A first line starting with a space needs the indentation spelled out.
    const bool explicitIndent = lines.first().startsWith(QLatin1Char(' '));
    QString out = QLatin1Char('|') + (explicitIndent ? QString::number(4) : QString()) + chomp;
    const QString pad(indent, QLatin1Char(' '));
    for (const QString &l : lines)
        out += QLatin1Char('\n') + (l.isEmpty() ? QString() : pad + l);
    for (int i = 1; i < trailing; ++i)
        out += QLatin1Char('\n');
    return out;
}

} // namespace

QByteArray emitBatchYaml(const BatchDocument &doc)
{
    const Batch &b = doc.batch;
    const BatchConfig config = configOf(b);
    QString out;
    const auto line = [&out](int indent, const QString &text) {
        out += QString(indent, QLatin1Char(' ')) + text + QLatin1Char('\n');
    };
    line(0, QStringLiteral("name: %1").arg(scalar(b.name)));
    line(0, QStringLiteral("include_expression: %1").arg(yamlDoubleQuoted(b.includeExpression)));
    if (b.windows.isEmpty())
        line(0, QStringLiteral("migration_windows: []"));
    else
        line(0, QStringLiteral("migration_windows:"));
    for (const MigrationWindow &w : b.windows) {
        line(2, QStringLiteral("- name: %1").arg(scalar(w.name)));
        if (w.start.isValid())
            line(4, QStringLiteral("start: %1").arg(formatBatchTime(w.start)));
        if (w.end.isValid())
            line(4, QStringLiteral("end: %1").arg(formatBatchTime(w.end)));
        if (w.lockout.isValid())
            line(4, QStringLiteral("lockout: %1").arg(formatBatchTime(w.lockout)));
        if (w.capacity > 0)
            line(4, QStringLiteral("capacity: %1").arg(w.capacity));
    }
    if (b.constraints.isEmpty())
        line(0, QStringLiteral("constraints: []"));
    else
        line(0, QStringLiteral("constraints:"));
    for (const Constraint &c : b.constraints) {
        line(2, QStringLiteral("- name: %1").arg(scalar(c.name)));
        line(4,
            QStringLiteral("description: %1")
                .arg(c.description.isEmpty() ? QStringLiteral("\"\"") : scalar(c.description)));
        line(
            4, QStringLiteral("include_expression: %1").arg(yamlDoubleQuoted(c.includeExpression)));
        line(4, QStringLiteral("max_concurrent_instances: %1").arg(c.maxConcurrentInstances));
        line(4,
            QStringLiteral("min_instance_boot_time: %1")
                .arg(formatBatchDuration(c.minInstanceBootTimeMs)));
    }
    line(0, QStringLiteral("defaults:"));
    line(4, QStringLiteral("placement:"));
    line(8,
        QStringLiteral("target: %1")
            .arg(doc.targetName.isEmpty() ? QStringLiteral("\"\"") : scalar(doc.targetName)));
    line(8, QStringLiteral("target_project: %1").arg(scalar(b.defaultProject)));
    if (const QString member = configOf(b).targetMember; !member.isEmpty())
        line(8, QStringLiteral("target_member: %1").arg(scalar(member)));
    line(8, QStringLiteral("storage_pool: %1").arg(scalar(b.defaultPool)));
    const QVector<MigrationNetwork> networks = MigrationNetwork::listFromJson(b.migrationNetwork);
    if (networks.isEmpty())
        line(4, QStringLiteral("migration_network: []"));
    else
        line(4, QStringLiteral("migration_network:"));
    for (const MigrationNetwork &n : networks) {
        line(6, QStringLiteral("- network: %1").arg(scalar(n.network)));
        line(8, QStringLiteral("nictype: %1").arg(scalar(n.nicType)));
        if (!n.vlan.isEmpty())
            line(8, QStringLiteral("vlan_id: %1").arg(yamlDoubleQuoted(n.vlan)));
        if (!n.target.isEmpty())
            line(8, QStringLiteral("target: %1").arg(scalar(n.target)));
        if (!n.project.isEmpty())
            line(8, QStringLiteral("target_project: %1").arg(scalar(n.project)));
    }
    if (config.forceConflictResolution)
        line(4, QStringLiteral("force_conflict_resolution: true"));
    const auto flag = [](bool v) {
        return v ? QStringLiteral("true") : QStringLiteral("false");
    };
    line(0, QStringLiteral("config:"));
    line(4, QStringLiteral("rerun_scriptlets: %1").arg(flag(config.rerunScriptlets)));
    line(4,
        QStringLiteral("placement_scriptlet: %1")
            .arg(config.placementScriptlet.isEmpty()
                    ? QStringLiteral("\"\"")
                    : blockOrQuoted(config.placementScriptlet, 8)));
    line(4, QStringLiteral("post_migration_retries: %1").arg(config.postMigrationRetries));
    line(4, QStringLiteral("instance_restriction_overrides:"));
    line(8,
        QStringLiteral("allow_unknown_os: %1")
            .arg(flag(config.restrictionOverrides.allowUnknownOs)));
    line(8, QStringLiteral("allow_no_ipv4: %1").arg(flag(config.restrictionOverrides.allowNoIpv4)));
    line(8,
        QStringLiteral("allow_no_background_import: %1")
            .arg(flag(config.restrictionOverrides.allowNoBackgroundImport)));
    line(4,
        QStringLiteral("background_sync_interval: %1")
            .arg(formatBatchDuration(config.backgroundSyncIntervalMs)));
    line(4,
        QStringLiteral("final_background_sync_limit: %1")
            .arg(formatBatchDuration(config.finalBackgroundSyncLimitMs)));
    // Written only when off, so documents from before the option read back byte for byte.
    if (!config.convertGuests)
        line(4, QStringLiteral("convert_guests: false"));
    // The same for the power-off policy: written only when it is not the default.
    if (config.guestShutdownTimeoutSeconds != BatchConfig().guestShutdownTimeoutSeconds)
        line(4,
            QStringLiteral("guest_shutdown_timeout: %1").arg(config.guestShutdownTimeoutSeconds));
    if (config.hardPowerOff)
        line(4, QStringLiteral("hard_power_off: true"));
    return out.toUtf8();
}

QByteArray editHeader()
{
    return QByteArrayLiteral("### This is a YAML representation of batch configuration.\n"
                             "### Any line starting with a '#' will be ignored.\n"
                             "###\n");
}

QByteArray editorText(const QByteArray &edited, const QVector<YamlIssue> &issues)
{
    QList<QByteArray> lines = edited.split('\n');
    int dropped = 0;
    while (dropped < lines.size() && lines.at(dropped).startsWith("###"))
        ++dropped;
    while (dropped < lines.size() && dropped > 0 && lines.at(dropped).trimmed().isEmpty())
        ++dropped;
    const QByteArray body = lines.mid(dropped).join('\n');
    const QByteArray header = editHeader();
    const int headerLines = int(header.count('\n'));
    QByteArray out = header;
    const int added = headerLines + int(issues.size()) + 1;
    for (const YamlIssue &i : issues) {
        YamlIssue moved = i;
        if (moved.line > dropped)
            moved.line = moved.line - dropped + added;
        QString text = moved.toString();
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        out += "### Error: " + text.toUtf8() + '\n';
    }
    out += '\n';
    out += body;
    if (!out.endsWith('\n'))
        out += '\n';
    return out;
}

} // namespace ferry::batch
