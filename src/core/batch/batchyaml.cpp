// Batch YAML: reading with positions, validation, and writing in the reference's layout.
// yaml-cpp throws; every exception stops here (the edge of batch/ towards yaml-cpp).
#include "batch/batchyaml.h"

#include "batch/batchconfig.h"
#include "batch/batchrules.h"
#include "batch/placementscript.h"
#include "batch/selection.h"
#include "batch/windows.h"
#include "inventory/networkmapping.h"
#include "targets/targetinventory.h"
#include "util/suggest.h"
#include "util/units.h"
#include "util/yamltext.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>
#include <sstream>

namespace ferry::batch {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchYaml)
};

QString quoted(const QString &s)
{
    return QStringLiteral("\"%1\"").arg(s);
}

QString suggestion(const QString &name, const QStringList &candidates)
{
    const QString c = closestMatch(name, candidates);
    return c.isEmpty() ? QString() : Text::tr(" Did you mean %1?").arg(quoted(c));
}

// Counts documents without building them: the start of the second one, if there is one.
class DocumentCounter final : public YAML::EventHandler
{
public:
    int documents = 0;
    YAML::Mark secondStart;

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (++documents == 2)
            secondStart = mark;
    }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { }
    void OnScalar(
        const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override
    { }
    void OnSequenceStart(
        const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    { }
    void OnSequenceEnd() override { }
    void OnMapStart(
        const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    { }
    void OnMapEnd() override { }
};

// Throws as yaml-cpp does.
std::optional<YAML::Mark> secondDocument(const std::string &text)
{
    std::istringstream in(text);
    YAML::Parser parser(in);
    DocumentCounter counter;
    for (int i = 0; i < 2 && parser.HandleNextDocument(counter); ++i) { }
    if (counter.documents < 2)
        return std::nullopt;
    return counter.secondStart;
}

struct Field
{
    YAML::Node key;
    YAML::Node value;
    QString name;
    bool present = false;
};

using Fields = QHash<QString, Field>;

// Reads one document, collecting issues rather than stopping at the first.
class Reader final
{
public:
    Reader(const QByteArray &text, const YamlContext &context, ParsedBatch &out)
        : m_text(text)
        , m_context(context)
        , m_out(out)
    {
        m_lines = text.split('\n');
    }

    void run();

private:
    // --- positions
    YamlPosition pos(const YAML::Mark &mark) const;
    YamlPosition keyPos(const Field &f) const { return pos(f.key.Mark()); }
    // Where a value is; a missing value (key with nothing after it) is reported at its key.
    YamlPosition valuePos(const Field &f) const
    {
        return f.value.IsNull() && f.value.Tag().empty() ? keyPos(f) : pos(f.value.Mark());
    }
    // The place of the character `offset` (0-based, in the decoded text) of a scalar value.
    YamlPosition insideScalar(const Field &f, int offset) const;
    QString lineText(int index) const
    {
        return index >= 0 && index < m_lines.size() ? QString::fromUtf8(m_lines.at(index))
                                                    : QString();
    }

    void issue(const YamlPosition &p, const QString &message)
    {
        m_out.issues << YamlIssue {p.line, p.column, message};
    }
    void record(const QString &path, const YamlPosition &p) { m_out.positions.insert(path, p); }

    // --- structure
    std::optional<Fields> mapping(const YAML::Node &node, const YamlPosition &where,
        const QString &path, const QStringList &allowed);
    std::optional<QVector<YAML::Node>> list(const Field &f, const QString &path);

    // --- scalars (nullopt: absent, empty or wrong; wrong ones are reported)
    std::optional<QString> text(const Field &f, const QString &path);
    std::optional<bool> boolean(const Field &f, const QString &path);
    std::optional<int> integer(const Field &f, const QString &path, int min, int max);
    std::optional<qint64> duration(const Field &f, const QString &path);
    std::optional<QDateTime> time(const Field &f, const QString &path, bool *unset);

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
    ParsedBatch &m_out;
    QList<QByteArray> m_lines;
    BatchConfig m_config;
    QVector<MigrationNetwork> m_networks;
};

YamlPosition Reader::pos(const YAML::Mark &mark) const
{
    if (mark.is_null() || mark.line < 0)
        return {1, 1};
    const int line = mark.line;
    const QByteArray raw = line < m_lines.size() ? m_lines.at(line) : QByteArray();
    // yaml-cpp counts bytes; editors count characters.
    const int bytes = std::clamp(mark.column, 0, int(raw.size()));
    const int column = int(QString::fromUtf8(raw.left(bytes)).size()) + 1
        + std::max(0, mark.column - int(raw.size()));
    return {line + 1, column};
}

YamlPosition Reader::insideScalar(const Field &f, int offset) const
{
    const YamlPosition start = valuePos(f);
    int line = start.line - 1;
    QString s = lineText(line);
    int i = start.column - 1;
    if (i >= s.size())
        return start;
    const QChar style = s.at(i);
    const auto nextLine = [&]() {
        ++line;
        s = lineText(line);
        i = 0;
        while (i < s.size() && (s.at(i) == QLatin1Char(' ') || s.at(i) == QLatin1Char('\t')))
            ++i;
    };
    if (style == QLatin1Char('|') || style == QLatin1Char('>')) {
        // Block scalar: the text starts on the next line, at the first line's indentation.
        ++line;
        int indent = -1;
        for (int l = line; l < m_lines.size() && indent < 0; ++l) {
            const QString t = lineText(l);
            if (!t.trimmed().isEmpty())
                indent = int(
                    t.size() - QString(t).remove(QRegularExpression(QStringLiteral("^ +"))).size());
        }
        indent = std::max(indent, 0);
        int left = offset;
        for (int l = line; l < m_lines.size(); ++l) {
            const int length = std::max(0, int(lineText(l).size()) - indent);
            if (left <= length)
                return {l + 1, indent + left + 1};
            left -= length + 1;
        }
        return start;
    }
    if (style == QLatin1Char('"') || style == QLatin1Char('\'')) {
        ++i;
        for (int decoded = 0; decoded < offset; ++decoded) {
            if (i >= s.size()) {
                nextLine();
                if (line >= m_lines.size())
                    return start;
                continue;
            }
            if (style == QLatin1Char('"') && s.at(i) == QLatin1Char('\\') && i + 1 < s.size()) {
                const QChar e = s.at(i + 1);
                i += e == QLatin1Char('x')  ? 4
                    : e == QLatin1Char('u') ? 6
                    : e == QLatin1Char('U') ? 10
                                            : 2;
            } else if (style == QLatin1Char('\'') && s.at(i) == QLatin1Char('\'')
                && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('\'')) {
                i += 2;
            } else {
                ++i;
            }
        }
        return {line + 1, std::min(i, int(s.size())) + 1};
    }
    // Plain scalar.
    for (int decoded = 0; decoded < offset; ++decoded) {
        if (i >= s.size()) {
            nextLine();
            if (line >= m_lines.size())
                return start;
            continue;
        }
        ++i;
    }
    return {line + 1, i + 1};
}

std::optional<Fields> Reader::mapping(const YAML::Node &node, const YamlPosition &where,
    const QString &path, const QStringList &allowed)
{
    Fields fields;
    if (node.IsNull())
        return fields;
    const QString what = path.isEmpty() ? Text::tr("the batch") : path;
    if (!node.IsMap()) {
        issue(node.Mark().is_null() ? where : pos(node.Mark()),
            Text::tr("%1 must be a mapping (key: value lines).").arg(what));
        return std::nullopt;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        Field f;
        f.key = it->first;
        f.value = it->second;
        f.present = true;
        if (!f.key.IsScalar()) {
            issue(pos(f.key.Mark()), Text::tr("Keys in %1 must be plain words.").arg(what));
            continue;
        }
        f.name = QString::fromStdString(f.key.Scalar());
        if (!allowed.contains(f.name)) {
            issue(keyPos(f),
                Text::tr("Unknown key %1 in %2.%3")
                    .arg(quoted(f.name), what, suggestion(f.name, allowed)));
            continue;
        }
        if (fields.contains(f.name)) {
            issue(keyPos(f), Text::tr("The key %1 appears twice in %2.").arg(quoted(f.name), what));
            continue;
        }
        const QString full = path.isEmpty() ? f.name : path + QLatin1Char('.') + f.name;
        record(full, valuePos(f));
        fields.insert(f.name, f);
    }
    return fields;
}

std::optional<QVector<YAML::Node>> Reader::list(const Field &f, const QString &path)
{
    QVector<YAML::Node> items;
    if (!f.present || f.value.IsNull())
        return items;
    if (!f.value.IsSequence()) {
        issue(valuePos(f),
            Text::tr("%1 must be a list (lines starting with \"- \", or []).").arg(path));
        return std::nullopt;
    }
    for (auto it = f.value.begin(); it != f.value.end(); ++it)
        items << *it;
    return items;
}

std::optional<QString> Reader::text(const Field &f, const QString &path)
{
    if (!f.present || (f.value.IsNull() && f.value.Tag().empty()))
        return std::nullopt;
    if (!f.value.IsScalar() && !f.value.IsNull()) {
        issue(valuePos(f),
            Text::tr("%1 must be text, not a %2.")
                .arg(path, f.value.IsSequence() ? Text::tr("list") : Text::tr("mapping")));
        return std::nullopt;
    }
    return QString::fromStdString(f.value.Scalar());
}

std::optional<bool> Reader::boolean(const Field &f, const QString &path)
{
    const auto t = text(f, path);
    if (!t)
        return std::nullopt;
    const QString v = t->toLower();
    if (v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("false"))
        return false;
    issue(valuePos(f), Text::tr("%1 must be true or false, not %2.").arg(path, quoted(*t)));
    return std::nullopt;
}

std::optional<int> Reader::integer(const Field &f, const QString &path, int min, int max)
{
    const auto t = text(f, path);
    if (!t)
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^\\+?[0-9]{1,9}$"));
    if (digits.match(*t).hasMatch()) {
        const int v = t->toInt();
        if (v >= min && v <= max)
            return v;
    }
    issue(valuePos(f),
        Text::tr("%1 must be a whole number from %2 to %3, not %4.")
            .arg(path)
            .arg(min)
            .arg(max)
            .arg(quoted(*t)));
    return std::nullopt;
}

std::optional<qint64> Reader::duration(const Field &f, const QString &path)
{
    const auto t = text(f, path);
    if (!t)
        return std::nullopt;
    auto ms = parseBatchDuration(*t);
    if (!ms) {
        issue(valuePos(f), Text::tr("%1: %2").arg(path, ms.error().message));
        return std::nullopt;
    }
    return *ms;
}

std::optional<QDateTime> Reader::time(const Field &f, const QString &path, bool *unset)
{
    *unset = true;
    const auto t = text(f, path);
    if (!t)
        return std::nullopt;
    auto v = parseBatchTime(*t);
    if (!v) {
        issue(valuePos(f), Text::tr("%1: %2").arg(path, v.error().message));
        *unset = false;
        return std::nullopt;
    }
    *unset = !v->isValid();
    return *v;
}

void Reader::expression(const Field &f, const QString &path, const QString &value)
{
    if (value.trimmed().isEmpty()) {
        issue(valuePos(f), Text::tr("%1 is empty; write true to select everything.").arg(path));
        return;
    }
    int offset = -1;
    auto compiled = Selection::compile(value, &offset);
    if (compiled)
        return;
    issue(offset >= 0 ? insideScalar(f, offset) : valuePos(f),
        Text::tr("%1: %2").arg(path, compiled.error().message));
}

void Reader::script(const Field &f, const QString &path, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    if (!placementScriptsAvailable()) {
        issue(valuePos(f),
            Text::tr(
                "%1: this build of Ferry cannot run placement scripts (it was built without Qt "
                "QML).")
                .arg(path));
        return;
    }
    const auto problem = checkPlacementScript(value);
    if (!problem)
        return;
    // The start of the script's line, in the decoded text, then inside it.
    int offset = 0;
    for (int l = 1; l < problem->line; ++l) {
        const int nl = int(value.indexOf(QLatin1Char('\n'), offset));
        if (nl < 0)
            break;
        offset = nl + 1;
    }
    if (problem->column > 0)
        offset += problem->column - 1;
    issue(problem->line > 0 ? insideScalar(f, offset) : valuePos(f),
        problem->line > 0 ? Text::tr("%1, line %2 of the script: %3")
                                .arg(path)
                                .arg(problem->line)
                                .arg(problem->message)
                          : Text::tr("%1: %2").arg(path, problem->message));
}

void Reader::run()
{
    if (m_text.size() > kMaxBatchYamlBytes) {
        issue({1, 1}, Text::tr("The document is larger than %1 bytes.").arg(kMaxBatchYamlBytes));
        return;
    }
    // Not YAML::LoadAll: on some malformed input (a stray ",") yaml-cpp 0.7 reports empty
    // documents forever. The first document is loaded; a second one is only looked for.
    const std::string source(m_text.constData(), size_t(m_text.size()));
    YAML::Node root;
    std::optional<YAML::Mark> second;
    try {
        root = YAML::Load(source);
        if (!root.IsNull())
            second = secondDocument(source);
    } catch (const YAML::DeepRecursion &e) {
        issue(pos(e.mark), Text::tr("The document is nested too deeply."));
        return;
    } catch (const YAML::Exception &e) {
        issue(pos(e.mark),
            Text::tr("This is not valid YAML: %1.").arg(QString::fromStdString(e.msg)));
        return;
    } catch (const std::exception &e) {
        issue({1, 1}, Text::tr("This is not valid YAML: %1.").arg(QString::fromUtf8(e.what())));
        return;
    }
    if (root.IsNull()) {
        issue({1, 1}, Text::tr("The document is empty; a batch needs at least a name."));
        return;
    }
    if (second) {
        issue(pos(*second), Text::tr("Only one document is allowed (remove the \"---\")."));
        return;
    }
    try {
        static const QStringList top = {QStringLiteral("name"),
            QStringLiteral("include_expression"), QStringLiteral("migration_windows"),
            QStringLiteral("constraints"), QStringLiteral("defaults"), QStringLiteral("config")};
        const auto fields = mapping(root, {1, 1}, {}, top);
        if (!fields)
            return;
        Batch &b = m_out.document.batch;

        const Field name = fields->value(QStringLiteral("name"));
        const auto n = text(name, QStringLiteral("name"));
        if (!name.present || !n || n->trimmed().isEmpty()) {
            issue(name.present ? valuePos(name) : pos(root.Mark()),
                Text::tr("The batch needs a name (name: ...)."));
        } else if (const QString problem = batchNameProblem(*n); !problem.isEmpty()) {
            issue(valuePos(name), problem);
        } else {
            b.name = *n;
        }

        const Field expr = fields->value(QStringLiteral("include_expression"));
        if (expr.present) {
            if (const auto e = text(expr, QStringLiteral("include_expression"))) {
                b.includeExpression = *e;
                expression(expr, QStringLiteral("include_expression"), *e);
            } else if (expr.value.IsNull()) {
                issue(valuePos(expr),
                    Text::tr("include_expression is empty; write true to select everything."));
            }
        }

        readWindows(fields->value(QStringLiteral("migration_windows")));
        readConstraints(fields->value(QStringLiteral("constraints")));
        readDefaults(fields->value(QStringLiteral("defaults")));
        readConfig(fields->value(QStringLiteral("config")));
        b.config = m_config.toJson();
        b.migrationNetwork = MigrationNetwork::listToJson(m_networks);
        if (m_context.checkTargets)
            checkNames();
    } catch (const YAML::Exception &e) {
        issue(pos(e.mark),
            Text::tr("The document cannot be read: %1.").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        issue(
            {1, 1}, Text::tr("The document cannot be read: %1.").arg(QString::fromUtf8(e.what())));
    }
}

void Reader::readWindows(const Field &f)
{
    const auto items = list(f, QStringLiteral("migration_windows"));
    if (!items)
        return;
    static const QStringList keys
        = {QStringLiteral("name"), QStringLiteral("start"), QStringLiteral("end"),
            QStringLiteral("lockout"), QStringLiteral("capacity"), QStringLiteral("config")};
    // Where each window's fields are, for the problems checkWindows() finds.
    struct Positions
    {
        YamlPosition name, end, lockout, window;
    };
    QVector<MigrationWindow> windows;
    QVector<Positions> where;
    QSet<int> unsound;
    for (int i = 0; i < items->size(); ++i) {
        const YAML::Node &item = items->at(i);
        const QString path = QStringLiteral("migration_windows[%1]").arg(i);
        const YamlPosition itemPos = pos(item.Mark());
        record(path, itemPos);
        const int before = int(m_out.issues.size());
        const auto fields = mapping(item, itemPos, path, keys);
        if (!fields)
            continue;
        MigrationWindow w;
        const Field name = fields->value(QStringLiteral("name"));
        w.name = text(name, path + QStringLiteral(".name")).value_or(QString());
        bool unset = true;
        const Field start = fields->value(QStringLiteral("start"));
        const Field end = fields->value(QStringLiteral("end"));
        const Field lockout = fields->value(QStringLiteral("lockout"));
        w.start = time(start, path + QStringLiteral(".start"), &unset).value_or(QDateTime());
        w.end = time(end, path + QStringLiteral(".end"), &unset).value_or(QDateTime());
        w.lockout = time(lockout, path + QStringLiteral(".lockout"), &unset).value_or(QDateTime());

        const Field capacity = fields->value(QStringLiteral("capacity"));
        const Field config = fields->value(QStringLiteral("config"));
        if (capacity.present)
            w.capacity
                = integer(capacity, path + QStringLiteral(".capacity"), 0, 1000000).value_or(0);
        if (config.present) {
            const auto sub = mapping(config.value, valuePos(config),
                path + QStringLiteral(".config"), {QStringLiteral("capacity")});
            if (sub && sub->contains(QStringLiteral("capacity"))) {
                const Field c = sub->value(QStringLiteral("capacity"));
                if (capacity.present)
                    issue(keyPos(c),
                        Text::tr("The capacity of window %1 is given twice (capacity and "
                                 "config.capacity).")
                            .arg(quoted(w.name)));
                else
                    w.capacity = integer(c, path + QStringLiteral(".config.capacity"), 0, 1000000)
                                     .value_or(0);
            }
        }
        if (int(m_out.issues.size()) != before)
            unsound.insert(int(windows.size()));
        where << Positions {name.present ? valuePos(name) : itemPos,
            end.present ? valuePos(end) : itemPos, lockout.present ? valuePos(lockout) : itemPos,
            itemPos};
        windows << w;
    }
    // The rules of ferry's batch wizard, said where the field is.
    for (const WindowProblem &p : checkWindows(windows, unsound)) {
        const Positions &at = where.at(p.index);
        switch (p.field) {
        case WindowProblem::Field::Name:
            issue(at.name, p.message);
            windows[p.index].name.clear();
            break;
        case WindowProblem::Field::End:
            issue(at.end, p.message);
            break;
        case WindowProblem::Field::Lockout:
            issue(at.lockout, p.message);
            break;
        case WindowProblem::Field::Window:
            issue(at.window, p.message);
            break;
        }
    }
    m_out.document.batch.windows << windows;
}

void Reader::readConstraints(const Field &f)
{
    const auto items = list(f, QStringLiteral("constraints"));
    if (!items)
        return;
    static const QStringList keys = {QStringLiteral("name"), QStringLiteral("description"),
        QStringLiteral("include_expression"), QStringLiteral("max_concurrent_instances"),
        QStringLiteral("min_instance_boot_time")};
    QSet<QString> names;
    for (int i = 0; i < items->size(); ++i) {
        const YAML::Node &item = items->at(i);
        const QString path = QStringLiteral("constraints[%1]").arg(i);
        const YamlPosition itemPos = pos(item.Mark());
        record(path, itemPos);
        const auto fields = mapping(item, itemPos, path, keys);
        if (!fields)
            continue;
        Constraint c;
        const Field name = fields->value(QStringLiteral("name"));
        const auto n = text(name, path + QStringLiteral(".name"));
        if (!n || n->trimmed().isEmpty()) {
            issue(name.present ? valuePos(name) : itemPos,
                Text::tr("The constraint %1 needs a name.").arg(i + 1));
        } else if (names.contains(*n)) {
            issue(valuePos(name), Text::tr("Two constraints are named %1.").arg(quoted(*n)));
        } else {
            names.insert(*n);
            c.name = *n;
        }
        c.description = text(
            fields->value(QStringLiteral("description")), path + QStringLiteral(".description"))
                            .value_or(QString());
        const Field expr = fields->value(QStringLiteral("include_expression"));
        if (const auto e = text(expr, path + QStringLiteral(".include_expression"))) {
            c.includeExpression = *e;
            expression(expr, path + QStringLiteral(".include_expression"), *e);
        }
        c.maxConcurrentInstances
            = integer(fields->value(QStringLiteral("max_concurrent_instances")),
                path + QStringLiteral(".max_concurrent_instances"), 0, 1000000)
                  .value_or(0);
        c.minInstanceBootTimeMs = duration(fields->value(QStringLiteral("min_instance_boot_time")),
            path + QStringLiteral(".min_instance_boot_time"))
                                      .value_or(0);
        m_out.document.batch.constraints << c;
    }
}

void Reader::readDefaults(const Field &f)
{
    if (!f.present)
        return;
    const auto fields = mapping(f.value, valuePos(f), QStringLiteral("defaults"),
        {QStringLiteral("placement"), QStringLiteral("migration_network"),
            QStringLiteral("force_conflict_resolution")});
    if (!fields)
        return;
    Batch &b = m_out.document.batch;
    const Field placement = fields->value(QStringLiteral("placement"));
    if (placement.present) {
        const auto p
            = mapping(placement.value, valuePos(placement), QStringLiteral("defaults.placement"),
                {QStringLiteral("target"), QStringLiteral("target_project"),
                    QStringLiteral("storage_pool")});
        if (p) {
            m_out.document.targetName = text(
                p->value(QStringLiteral("target")), QStringLiteral("defaults.placement.target"))
                                            .value_or(QString());
            for (const auto &[key, into] :
                {std::pair<QString, QString *> {
                     QStringLiteral("target_project"), &b.defaultProject},
                    {QStringLiteral("storage_pool"), &b.defaultPool}}) {
                const Field kf = p->value(key);
                const QString path = QStringLiteral("defaults.placement.") + key;
                const auto v = text(kf, path);
                if (kf.present && (!v || v->trimmed().isEmpty()))
                    issue(valuePos(kf),
                        Text::tr("%1 is empty; leave it out for \"default\".").arg(path));
                else if (v)
                    *into = *v;
            }
        }
    }
    if (const auto force = boolean(fields->value(QStringLiteral("force_conflict_resolution")),
            QStringLiteral("defaults.force_conflict_resolution")))
        m_config.forceConflictResolution = *force;

    const auto items = list(fields->value(QStringLiteral("migration_network")),
        QStringLiteral("defaults.migration_network"));
    if (!items)
        return;
    static const QStringList keys = {QStringLiteral("network"), QStringLiteral("nictype"),
        QStringLiteral("vlan_id"), QStringLiteral("target"), QStringLiteral("target_project")};
    QSet<QString> seen;
    for (int i = 0; i < items->size(); ++i) {
        const YAML::Node &item = items->at(i);
        const QString path = QStringLiteral("defaults.migration_network[%1]").arg(i);
        const YamlPosition itemPos = pos(item.Mark());
        record(path, itemPos);
        const auto entry = mapping(item, itemPos, path, keys);
        if (!entry)
            continue;
        MigrationNetwork n;
        const Field network = entry->value(QStringLiteral("network"));
        n.network = text(network, path + QStringLiteral(".network")).value_or(QString());
        if (n.network.trimmed().isEmpty())
            issue(network.present ? valuePos(network) : itemPos,
                Text::tr("The migration network %1 needs a network name.").arg(i + 1));
        const Field nicType = entry->value(QStringLiteral("nictype"));
        if (const auto t = text(nicType, path + QStringLiteral(".nictype"))) {
            if (ferry::nicTypes().contains(*t))
                n.nicType = *t;
            else
                issue(valuePos(nicType),
                    Text::tr("%1 must be managed, bridged, macvlan or physical, not %2.")
                        .arg(path + QStringLiteral(".nictype"), quoted(*t)));
        }
        const Field vlan = entry->value(QStringLiteral("vlan_id"));
        n.vlan = text(vlan, path + QStringLiteral(".vlan_id")).value_or(QString()).trimmed();
        if (!n.vlan.isEmpty()) {
            const QString why = validatePlacement(NetworkPlacement {n.network, n.nicType, n.vlan});
            if (!why.isEmpty())
                issue(valuePos(vlan), why);
        }
        n.target = text(entry->value(QStringLiteral("target")), path + QStringLiteral(".target"))
                       .value_or(QString());
        n.project = text(entry->value(QStringLiteral("target_project")),
            path + QStringLiteral(".target_project"))
                        .value_or(QString());
        const QString key = (n.target.isEmpty() ? m_out.document.targetName : n.target)
            + QLatin1Char('\n') + (n.project.isEmpty() ? b.defaultProject : n.project);
        if (seen.contains(key))
            issue(itemPos,
                Text::tr(
                    "Two migration networks are given for the same target and project; give one "
                    "per target and project."));
        seen.insert(key);
        m_networks << n;
    }
}

void Reader::readConfig(const Field &f)
{
    if (!f.present)
        return;
    const auto fields = mapping(f.value, valuePos(f), QStringLiteral("config"),
        {QStringLiteral("rerun_scriptlets"), QStringLiteral("placement_scriptlet"),
            QStringLiteral("post_migration_retries"),
            QStringLiteral("instance_restriction_overrides"),
            QStringLiteral("background_sync_interval"),
            QStringLiteral("final_background_sync_limit")});
    if (!fields)
        return;
    if (const auto v = boolean(fields->value(QStringLiteral("rerun_scriptlets")),
            QStringLiteral("config.rerun_scriptlets")))
        m_config.rerunScriptlets = *v;
    const Field script = fields->value(QStringLiteral("placement_scriptlet"));
    if (const auto s = text(script, QStringLiteral("config.placement_scriptlet"))) {
        m_config.placementScriptlet = *s;
        this->script(script, QStringLiteral("config.placement_scriptlet"), *s);
    }
    if (const auto v = integer(fields->value(QStringLiteral("post_migration_retries")),
            QStringLiteral("config.post_migration_retries"), 0, 100))
        m_config.postMigrationRetries = *v;
    const Field overrides = fields->value(QStringLiteral("instance_restriction_overrides"));
    if (overrides.present) {
        const auto o = mapping(overrides.value, valuePos(overrides),
            QStringLiteral("config.instance_restriction_overrides"),
            {QStringLiteral("allow_unknown_os"), QStringLiteral("allow_no_ipv4"),
                QStringLiteral("allow_no_background_import")});
        if (o) {
            const QString base = QStringLiteral("config.instance_restriction_overrides.");
            RestrictionOverrides &r = m_config.restrictionOverrides;
            r.allowUnknownOs = boolean(o->value(QStringLiteral("allow_unknown_os")),
                base + QStringLiteral("allow_unknown_os"))
                                   .value_or(false);
            r.allowNoIpv4 = boolean(
                o->value(QStringLiteral("allow_no_ipv4")), base + QStringLiteral("allow_no_ipv4"))
                                .value_or(false);
            r.allowNoBackgroundImport
                = boolean(o->value(QStringLiteral("allow_no_background_import")),
                    base + QStringLiteral("allow_no_background_import"))
                      .value_or(false);
        }
    }
    const Field interval = fields->value(QStringLiteral("background_sync_interval"));
    const Field limit = fields->value(QStringLiteral("final_background_sync_limit"));
    const QString intervalKey = QStringLiteral("config.background_sync_interval");
    const QString limitKey = QStringLiteral("config.final_background_sync_limit");
    if (const auto v = duration(interval, intervalKey)) {
        if (!syncIntervalValid(*v))
            issue(valuePos(interval),
                Text::tr("config.background_sync_interval must be longer than 0s."));
        else
            m_config.backgroundSyncIntervalMs = *v;
    }
    if (const auto v = duration(limit, limitKey))
        m_config.finalBackgroundSyncLimitMs = *v;
    if (!finalSyncLimitValid(
            m_config.backgroundSyncIntervalMs, m_config.finalBackgroundSyncLimitMs))
        issue(limit.present ? valuePos(limit) : valuePos(interval),
            Text::tr("config.final_background_sync_limit (%1) is longer than "
                     "config.background_sync_interval (%2); it must not be.")
                .arg(formatBatchDuration(m_config.finalBackgroundSyncLimitMs),
                    formatBatchDuration(m_config.backgroundSyncIntervalMs)));
}

void Reader::checkNames()
{
    QStringList registered;
    for (const Target &t : m_context.targets)
        registered << t.name;
    const auto unknownTarget = [&](const QString &name) {
        return registered.isEmpty()
            ? Text::tr("Unknown target %1: no target is registered (ferryctl target add).")
                  .arg(quoted(name))
            : Text::tr("Unknown target %1.%2 Registered: %3.")
                  .arg(quoted(name), suggestion(name, registered),
                      registered.join(QLatin1String(", ")));
    };
    const BatchDocument &doc = m_out.document;
    const Target *batchTarget = nullptr;
    if (!doc.targetName.isEmpty()) {
        batchTarget = target(doc.targetName);
        if (!batchTarget)
            issue(m_out.positionOf(QStringLiteral("defaults.placement.target")),
                unknownTarget(doc.targetName));
    }
    if (batchTarget && !batchTarget->inventory.isEmpty()) {
        const TargetInventory inv = TargetInventory::fromJson(batchTarget->inventory);
        if (!inv.isEmpty()) {
            QStringList projects, pools;
            for (const auto &p : inv.projects)
                projects << p.name;
            for (const auto &p : inv.storagePools)
                pools << p.name;
            if (!inv.projects.isEmpty() && !inv.project(doc.batch.defaultProject))
                issue(m_out.positionOf(QStringLiteral("defaults.placement.target_project")),
                    Text::tr("The target %1 has no project %2.%3 It has: %4.")
                        .arg(quoted(batchTarget->name), quoted(doc.batch.defaultProject),
                            suggestion(doc.batch.defaultProject, projects),
                            projects.join(QLatin1String(", "))));
            if (!inv.storagePools.isEmpty() && !inv.storagePool(doc.batch.defaultPool))
                issue(m_out.positionOf(QStringLiteral("defaults.placement.storage_pool")),
                    Text::tr("The target %1 has no storage pool %2.%3 It has: %4.")
                        .arg(quoted(batchTarget->name), quoted(doc.batch.defaultPool),
                            suggestion(doc.batch.defaultPool, pools),
                            pools.join(QLatin1String(", "))));
        }
    }
    for (int i = 0; i < m_networks.size(); ++i) {
        const MigrationNetwork &n = m_networks.at(i);
        const QString path = QStringLiteral("defaults.migration_network[%1]").arg(i);
        const QString targetName = n.target.isEmpty() ? doc.targetName : n.target;
        const QString project = n.project.isEmpty() ? doc.batch.defaultProject : n.project;
        const Target *t = targetName.isEmpty() ? nullptr : target(targetName);
        if (!n.target.isEmpty() && !t) {
            issue(m_out.positionOf(path + QStringLiteral(".target")), unknownTarget(n.target));
            continue;
        }
        if (!t || n.network.isEmpty())
            continue;
        const TargetInventory inv = TargetInventory::fromJson(t->inventory);
        if (inv.isEmpty())
            continue;
        const auto *p = inv.project(project);
        if (!p) {
            issue(m_out.positionOf(path
                      + (n.project.isEmpty() ? QStringLiteral(".network")
                                             : QStringLiteral(".target_project"))),
                Text::tr("The target %1 has no project %2.").arg(quoted(t->name), quoted(project)));
            continue;
        }
        // A project without its own networks uses those of the default project.
        const QString networkProject = p->ownNetworks || inv.networks.contains(project)
            ? project
            : QStringLiteral("default");
        if (!inv.network(networkProject, n.network)
            && !inv.network(QStringLiteral("default"), n.network)) {
            QStringList names;
            for (const auto &net : inv.networks.value(networkProject))
                names << net.name;
            issue(m_out.positionOf(path + QStringLiteral(".network")),
                Text::tr("The target %1 has no network %2 in project %3.%4")
                    .arg(quoted(t->name), quoted(n.network), quoted(project),
                        suggestion(n.network, names)));
        }
    }
}

// ---- writing

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

QString YamlIssue::toString() const
{
    return QCoreApplication::translate("BatchYaml", "line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(message);
}

Error ParsedBatch::error() const
{
    if (issues.isEmpty())
        return Error(Error::Code::Internal, Text::tr("The batch has no problem."));
    QStringList all;
    for (const YamlIssue &i : issues)
        all << i.toString();
    return Error(Error::Code::InvalidInput, issues.first().toString(),
        issues.size() > 1 ? all.join(QLatin1String("; ")) : QString());
}

YamlPosition ParsedBatch::positionOf(const QString &path) const
{
    QString p = path;
    while (!p.isEmpty()) {
        const auto it = positions.constFind(p);
        if (it != positions.constEnd())
            return *it;
        const int dot = int(p.lastIndexOf(QLatin1Char('.')));
        const int bracket = int(p.lastIndexOf(QLatin1Char('[')));
        const int cut = std::max(dot, bracket);
        p = cut > 0 ? p.left(cut) : QString();
    }
    return {1, 1};
}

YamlIssue ParsedBatch::issueAt(const QString &path, const QString &message) const
{
    const YamlPosition p = positionOf(path);
    return YamlIssue {p.line, p.column, message};
}

ParsedBatch parseBatchYaml(const QByteArray &yaml, const YamlContext &context)
{
    ParsedBatch out;
    out.document.batch.includeExpression = QStringLiteral("false");
    out.document.batch.config = BatchConfig().toJson();
    Reader(yaml, context, out).run();
    std::stable_sort(
        out.issues.begin(), out.issues.end(), [](const YamlIssue &a, const YamlIssue &b) {
            return a.line != b.line ? a.line < b.line : a.column < b.column;
        });
    return out;
}

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

Result<QDateTime> parseBatchTime(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QDateTime();
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
        "(?:\\s*(Z|z|[+-]\\d{2}:?\\d{2}))?(?:\\s+UTC)?$"));
    const auto m = re.match(text);
    const Error bad(Error::Code::InvalidInput,
        Text::tr("%1 is not a time; write it like 2025-12-01 01:00:00 (UTC) or "
                 "2025-12-01T01:00:00+02:00.")
            .arg(quoted(text)));
    if (!m.hasMatch())
        return bad;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int ms = m.captured(7).isEmpty()
        ? 0
        : m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime clock(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !clock.isValid())
        return bad;
    int offsetSeconds = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone.toUpper() != QLatin1String("Z")) {
        const QString digits = QString(zone).remove(QLatin1Char(':'));
        const int hours = digits.mid(1, 2).toInt();
        const int minutes = digits.mid(3, 2).toInt();
        if (hours > 23 || minutes > 59)
            return bad;
        offsetSeconds
            = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    // Go's zero time means "not set", as the reference writes it.
    if (date == QDate(1, 1, 1) && clock == QTime(0, 0) && offsetSeconds == 0)
        return QDateTime();
    const QDateTime t(date, clock, Qt::OffsetFromUTC, offsetSeconds);
    return t.toUTC();
}

QString formatBatchTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    if (utc.time().msec() != 0)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    return utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

Result<qint64> parseBatchDuration(const QString &input)
{
    const QString text = input.trimmed();
    // Bounded parts keep the sum far from overflowing.
    static const QRegularExpression re(
        QStringLiteral("^(?:0|(?:\\d{1,7}(?:\\.\\d{1,6})?(?:ms|h|m|s))+)$"));
    if (text.size() > 48 || !re.match(text).hasMatch())
        return Error(Error::Code::InvalidInput,
            Text::tr("%1 is not a duration; write it like 90s, 10m, 1h or 1h30m.")
                .arg(quoted(text)));
    return units::parseDurationMs(text);
}

QString formatBatchDuration(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("0s");
    const qint64 h = ms / 3600000, m = (ms / 60000) % 60, s = (ms / 1000) % 60, rest = ms % 1000;
    QString out;
    if (h)
        out += QStringLiteral("%1h").arg(h);
    if (m)
        out += QStringLiteral("%1m").arg(m);
    if (rest && !h && !m && !s)
        return QStringLiteral("%1ms").arg(rest);
    if (rest) {
        QString fraction = QStringLiteral("%1").arg(rest, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        out += QStringLiteral("%1.%2s").arg(s).arg(fraction);
    } else if (s) {
        out += QStringLiteral("%1s").arg(s);
    }
    return out;
}

} // namespace ferry::batch
