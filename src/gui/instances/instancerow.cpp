#include "instances/instancerow.h"

#include "inventory/restrictions.h"
#include "model/instance.h"

#include <QCoreApplication>

namespace ferry::gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::InstanceRow)
};

// A free function, not InstanceRowBuilder's: lupdate cannot always resolve the class (the
// header's `enum ... : quint8` confuses it) and would file these texts under "Text".
QString restrictionLabelText(const QString &code)
{
    if (code == QLatin1String("manually-disabled"))
        return Text::tr("Disabled manually");
    if (code == QLatin1String("invalid-name"))
        return Text::tr("Invalid name");
    if (code == QLatin1String("unknown-os"))
        return Text::tr("Unknown OS");
    if (code == QLatin1String("no-architecture"))
        return Text::tr("No architecture");
    if (code == QLatin1String("no-ipv4"))
        return Text::tr("No IPv4");
    if (code == QLatin1String("no-background-import"))
        return Text::tr("No background import");
    if (code == QLatin1String("background-import-unverified"))
        return Text::tr("Background import unverified");
    if (code == QLatin1String("unsupported-disk"))
        return Text::tr("Unsupported disk");
    return code;
}
} // namespace

QString InstanceRowBuilder::shared(const QString &text)
{
    auto it = m_strings.constFind(text);
    if (it != m_strings.constEnd())
        return *it;
    m_strings.insert(text, text);
    return text;
}

QString InstanceRowBuilder::restrictionLabel(const QString &code)
{
    return restrictionLabelText(code);
}

QString InstanceRowBuilder::osText(const Instance &i)
{
    return !i.osDescription.isEmpty() ? i.osDescription : i.osTemplate;
}

InstanceRow InstanceRowBuilder::build(const Instance &i, const QString &sourceName)
{
    InstanceRow row;
    row.id = i.id;
    row.uuid = i.uuid;
    row.source = shared(sourceName);
    row.location = i.location;
    row.name = i.effectiveName();
    row.os = shared(osText(i));
    row.cpus = i.effectiveCpus();
    row.memoryBytes = i.effectiveMemoryBytes();
    row.backgroundImport = i.backgroundImport;
    row.migrationDisabled = i.overrides.disableMigration;
    row.ignoreRestrictions = i.overrides.ignoreRestrictions;
    row.missing = i.missingSince.isValid();
    if (i.overrides.name)
        row.overridden |= InstanceRow::NameOverridden;
    if (i.overrides.cpus)
        row.overridden |= InstanceRow::CpusOverridden;
    if (i.overrides.memoryBytes)
        row.overridden |= InstanceRow::MemoryOverridden;
    const QVector<Restriction> restrictions = restrictionsOf(i);
    row.restrictionCount = int(restrictions.size());
    QStringList labels;
    QStringList details;
    for (const Restriction &r : restrictions) {
        if (!labels.contains(restrictionLabel(r.code)))
            labels << restrictionLabel(r.code);
        details << r.message;
    }
    row.restrictions = shared(labels.join(QLatin1String(", ")));
    row.restrictionDetails = shared(details.join(QLatin1Char('\n')));
    return row;
}

} // namespace ferry::gui
