#pragma once

#include <QHash>
#include <QString>

namespace ferry {
struct Instance;
}

namespace ferry::gui {

// One line of the Instances table: only what the columns show, so that 100,000 of them fit in a
// plain vector. Values are the effective ones (overrides applied), as `ferryctl instance list`
// prints them.
struct InstanceRow
{
    enum Overridden : quint8 {
        NameOverridden = 1,
        CpusOverridden = 2,
        MemoryOverridden = 4,
    };

    qint64 id = 0;
    QString uuid;
    QString source;
    QString location;
    QString name;
    QString os;
    QString restrictions; // short labels, "Unknown OS, No IPv4"; empty when none
    QString restrictionDetails; // one reason per line, for the tool tip
    qint64 memoryBytes = 0;
    int cpus = 0;
    int restrictionCount = 0;
    bool backgroundImport = false;
    bool migrationDisabled = false;
    bool ignoreRestrictions = false;
    bool missing = false;
    quint8 overridden = 0;
};

// Builds rows from instances (on the loader's thread). Strings that repeat across rows (source
// names, OS versions, restriction texts) are shared, so a large inventory costs little memory.
class InstanceRowBuilder final
{
public:
    InstanceRow build(const Instance &instance, const QString &sourceName);

    // "unknown-os" -> "Unknown OS": the short label of a restriction code.
    static QString restrictionLabel(const QString &code);
    // The OS text of the list: the guest's own description, else the configured guest OS.
    static QString osText(const Instance &instance);

private:
    QString shared(const QString &text);

    QHash<QString, QString> m_strings;
};

} // namespace ferry::gui
