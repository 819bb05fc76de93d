#pragma once

#include "batch/batchconfig.h"
#include "batch/batchyaml.h"
#include "batch/batchyamlfields.h"
#include "model/target.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace ferry::batch::detail {

// Reads one batch document against the schema (keys, window rules, expressions, the placement
// script, with context the target names), collecting issues rather than stopping at the first.
// yaml-cpp throws; every exception stops in run() (the edge of batch/ towards yaml-cpp).
class SchemaReader final : public FieldReader
{
public:
    SchemaReader(const QByteArray &text, const YamlContext &context, ParsedBatch &out)
        : FieldReader(text, out)
        , m_text(text)
        , m_context(context)
    { }

    void run();

private:
    void expression(const Field &f, const QString &path, const QString &value);
    void script(const Field &f, const QString &path, const QString &value);

    void readWindows(const Field &f);
    void readConstraints(const Field &f);
    void readDefaults(const Field &f);
    void readConfig(const Field &f);
    void checkNames();

    const Target *target(const QString &name) const
    {
        for (const Target &t : m_context.targets)
            if (t.name == name)
                return &t;
        return nullptr;
    }

    QByteArray m_text;
    const YamlContext &m_context;
    BatchConfig m_config;
    QVector<MigrationNetwork> m_networks;
};

} // namespace ferry::batch::detail
