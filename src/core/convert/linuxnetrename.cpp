// New interface names (ens192 -> enp5s0) in every network configuration a Linux guest may have:
// ifupdown, netplan, NetworkManager keyfiles, systemd-networkd and ifcfg. Pure text in, text
// out; the converter picks the files (step rename-nic-config). Conservative: only a value that is
// exactly an old name changes (a name that merely starts with one, ens1920 for ens192, does not),
// a pattern that matches an old name is left as it is with a note, and a file that cannot be read
// is an error, so the caller leaves it alone rather than write half of it.
#include "convert/linuxconfig.h"
#include "convert/linuxnettext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <map>
#include <string>
#include <vector>

namespace ferry::convert::linuxconfig {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::convert)
};

// One rename pass over a file: the names, what changed, and the notes for what was left alone.
struct Renamer
{
    const QHash<QString, QString> &newByOld;
    QStringList *notes = nullptr;
    bool changed = false;

    // The new name of `name`, or empty when it is no old name. `derived`: also the VLAN
    // (ens192.100) and alias (ens192:1) names of an old name, whose parent is their prefix.
    QString renamed(const QString &name, bool derived) const
    {
        for (auto it = newByOld.cbegin(); it != newByOld.cend(); ++it) {
            if (it.key().isEmpty() || it.key() == it.value())
                continue;
            if (name == it.key())
                return it.value();
            if (!derived || !name.startsWith(it.key()) || name.size() <= it.key().size() + 1)
                continue;
            static const QRegularExpression vlan(QStringLiteral("^\\.[0-9]+$"));
            static const QRegularExpression alias(QStringLiteral("^:[A-Za-z0-9_]+$"));
            const QString rest = name.mid(it.key().size());
            if (vlan.match(rest).hasMatch() || alias.match(rest).hasMatch())
                return it.value() + rest;
        }
        return {};
    }

    // A note for a pattern (ens*, en?192) that matches an old name: it may mean the interface,
    // and it is not rewritten (the new name may or may not match it).
    void noteGlob(const QString &item, const QString &where)
    {
        if (!notes
            || !(item.contains(QLatin1Char('*')) || item.contains(QLatin1Char('?'))
                || item.contains(QLatin1Char('['))))
            return;
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(item));
        QStringList olds = newByOld.keys();
        olds.sort();
        for (const QString &old : std::as_const(olds))
            if (re.isValid() && re.match(old).hasMatch())
                notes->append(Text::tr("%1: the pattern %2 matches the old name %3 and is left "
                                       "as it is.")
                                  .arg(where, item, old));
    }

    // A value that is one name or a list of names (separated by any of `separators`, kept as
    // they are), each name maybe prefixed by some of `prefixes` (networkd's "!") and quoted.
    QString renameItems(const QString &value, const QString &separators, const QString &prefixes,
        const QString &where, bool derived = false)
    {
        QString out;
        QString token;
        auto flush = [&]() {
            if (token.isEmpty())
                return;
            qsizetype p = 0;
            while (p < token.size() && prefixes.contains(token.at(p)))
                ++p;
            QString body = token.mid(p);
            QString quote;
            if (body.size() >= 2
                && (body.front() == QLatin1Char('"') || body.front() == QLatin1Char('\''))
                && body.back() == body.front()) {
                quote = body.front();
                body = body.mid(1, body.size() - 2);
            }
            if (const QString to = renamed(body, derived); !to.isEmpty()) {
                out += token.left(p) + quote + to + quote;
                changed = true;
            } else {
                noteGlob(body, where);
                out += token;
            }
            token.clear();
        };
        for (const QChar c : value) {
            if (separators.contains(c)) {
                flush();
                out += c;
            } else {
                token += c;
            }
        }
        flush();
        return out;
    }
};

Error unreadable(qsizetype lineIndex, const QString &why)
{
    return Error(Error::Code::InvalidInput,
        Text::tr("Line %1 cannot be read: %2").arg(lineIndex + 1).arg(why));
}

// An INI-like file (keyfile, systemd unit): every line blank, a comment, a [section] or a
// key=value, and none continued on the next line (systemd's trailing backslash).
Status checkIni(const QStringList &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString t = lines.at(i).trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1Char(';')))
            continue;
        if (t.startsWith(QLatin1Char('[')) && !nettext::sectionOf(t).isEmpty())
            continue;
        if (nettext::keyOf(t).isEmpty())
            return unreadable(i, Text::tr("it is neither a section, a setting nor a comment."));
        if (t.endsWith(QLatin1Char('\\')))
            return unreadable(i, Text::tr("it continues on the next line."));
    }
    return {};
}

// An INI-like file with the values of the keys `rename` picks rewritten: rename(section, key,
// value) is the new value (the old one when nothing changes).
template<typename Rename>
QString rewriteIniValues(const QStringList &lines, Rename rename)
{
    QStringList out;
    out.reserve(lines.size());
    QString section;
    for (const QString &line : lines) {
        if (const QString s = nettext::sectionOf(line); !s.isEmpty()) {
            section = s;
            out << line;
            continue;
        }
        const QString key = nettext::keyOf(line);
        if (key.isEmpty()) {
            out << line;
            continue;
        }
        const QString value = nettext::valueOf(line);
        const QString to = rename(section, key, value);
        out << (to == value ? line : nettext::withValue(line, to));
    }
    return out.join(QLatin1Char('\n'));
}

// --- netplan -----------------------------------------------------------------------------------

struct YamlEdit
{
    std::string from;
    std::string to;
};
using YamlEdits = std::map<std::size_t, YamlEdit>; // by the scalar's byte offset in the file

// Whether `after` (the rewritten file, read back) is `before` with exactly the edited scalars
// changed: nothing else moved, appeared or went.
bool readsBack(const YAML::Node &before, const YAML::Node &after, const YamlEdits &edits)
{
    if (before.Type() != after.Type() || before.Tag() != after.Tag())
        return false;
    switch (before.Type()) {
    case YAML::NodeType::Scalar: {
        const auto e = edits.find(static_cast<std::size_t>(before.Mark().pos));
        return after.Scalar() == (e != edits.end() ? e->second.to : before.Scalar());
    }
    case YAML::NodeType::Sequence: {
        if (before.size() != after.size())
            return false;
        for (std::size_t i = 0; i < before.size(); ++i)
            if (!readsBack(before[i], after[i], edits))
                return false;
        return true;
    }
    case YAML::NodeType::Map: {
        if (before.size() != after.size())
            return false;
        auto b = before.begin();
        auto a = after.begin();
        for (; b != before.end() && a != after.end(); ++b, ++a)
            if (!readsBack(b->first, a->first, edits) || !readsBack(b->second, a->second, edits))
                return false;
        return b == before.end() && a == after.end();
    }
    default:
        return true;
    }
}

// The scalars' text replaced in place, from the end so earlier offsets stay true. The offset
// points at the scalar or at its anchor or tag (&a ens192, !!str ens192); a quoted scalar keeps
// its quotes. False when the text at an offset is not the scalar as expected.
bool applyYamlEdits(std::string &bytes, const YamlEdits &edits)
{
    auto space = [&bytes](std::size_t p) {
        return p < bytes.size() && (bytes[p] == ' ' || bytes[p] == '\t');
    };
    for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
        std::size_t p = it->first;
        while (p < bytes.size() && (bytes[p] == '&' || bytes[p] == '!')) {
            while (p < bytes.size() && !space(p) && bytes[p] != '\n' && bytes[p] != '\r')
                ++p;
            while (space(p))
                ++p;
        }
        if (p >= bytes.size())
            return false;
        const std::string &from = it->second.from;
        const char q = bytes[p];
        if (q == '"' || q == '\'') {
            if (bytes.compare(p + 1, from.size(), from) != 0 || p + 1 + from.size() >= bytes.size()
                || bytes[p + 1 + from.size()] != q)
                return false;
            ++p;
        } else if (bytes.compare(p, from.size(), from) != 0) {
            return false;
        }
        bytes.replace(p, from.size(), it->second.to);
    }
    return true;
}

std::string scalarOf(const YAML::Node &n)
{
    return n && n.IsScalar() ? n.Scalar() : std::string();
}

} // namespace

QString renameInterfaces(
    const QString &text, const QHash<QString, QString> &newByOld, bool *changed)
{
    QString out = text;
    bool any = false;
    for (auto it = newByOld.cbegin(); it != newByOld.cend(); ++it) {
        if (it.key().isEmpty() || it.key() == it.value())
            continue;
        const QRegularExpression re(QStringLiteral("(?<![A-Za-z0-9_.:-])%1(?![A-Za-z0-9_-])")
                                        .arg(QRegularExpression::escape(it.key())));
        if (out.contains(re)) {
            out.replace(re, it.value());
            any = true;
        }
    }
    if (changed)
        *changed = any;
    return out;
}

Result<QString> renameNetplanInterfaces(
    const QString &text, const QHash<QString, QString> &newByOld, bool *changed, QStringList *notes)
{
    if (changed)
        *changed = false;
    std::string bytes = text.toStdString();
    std::vector<YAML::Node> docs;
    try {
        docs = YAML::LoadAll(bytes);
    } catch (const YAML::Exception &e) {
        return Error(Error::Code::InvalidInput,
            Text::tr("The netplan file cannot be read: %1").arg(QString::fromStdString(e.what())));
    }
    if (docs.empty())
        return text;
    if (docs.size() > 1)
        return Error(Error::Code::InvalidInput,
            Text::tr("The netplan file holds more than one YAML document."));
    const YAML::Node root = docs.front();
    const YAML::Node network = root.IsMap() ? root["network"] : YAML::Node();
    if (!network || !network.IsMap())
        return text;

    Renamer names {newByOld, notes};
    YamlEdits edits;
    auto edit = [&](const YAML::Node &scalar, const QString &to) {
        edits[static_cast<std::size_t>(scalar.Mark().pos)] = {scalar.Scalar(), to.toStdString()};
    };
    // A reference to a netplan id (bonds' and bridges' interfaces, a VLAN's link, a bond's
    // primary). Every file applies the same rule to ids (an old name is renamed wherever it is
    // an id), so a reference in one file to an ethernet in another stays true.
    auto reference = [&](const YAML::Node &scalar) {
        if (!scalar || !scalar.IsScalar())
            return;
        if (const QString to = names.renamed(QString::fromStdString(scalar.Scalar()), false);
            !to.isEmpty())
            edit(scalar, to);
    };

    const YAML::Node ethernets = network["ethernets"];
    if (ethernets && ethernets.IsMap()) {
        for (auto it = ethernets.begin(); it != ethernets.end(); ++it) {
            const QString id = QString::fromStdString(scalarOf(it->first));
            // The id: without a match block, the interface's name too.
            if (const QString to = names.renamed(id, false); !to.isEmpty()) {
                if (ethernets[to.toStdString()])
                    return Error(Error::Code::InvalidInput,
                        Text::tr("The netplan file configures both %1 and %2.").arg(id, to));
                edit(it->first, to);
            }
            const YAML::Node nic = it->second;
            if (!nic.IsMap())
                continue;
            // match: name: selects by the kernel's name (a pattern is left as it is); a match by
            // macaddress or driver does not name the interface and stays.
            const YAML::Node match = nic["match"];
            if (match && match.IsMap() && match["name"] && match["name"].IsScalar()) {
                const QString name = QString::fromStdString(match["name"].Scalar());
                if (const QString to = names.renamed(name, false); !to.isEmpty())
                    edit(match["name"], to);
                else
                    names.noteGlob(name, QStringLiteral("ethernets.%1.match.name").arg(id));
            }
            reference(nic["set-name"]);
        }
    }
    for (auto section = network.begin(); section != network.end(); ++section) {
        if (scalarOf(section->first) == "ethernets" || !section->second.IsMap())
            continue;
        for (auto it = section->second.begin(); it != section->second.end(); ++it) {
            const YAML::Node device = it->second;
            if (!device.IsMap())
                continue;
            const YAML::Node members = device["interfaces"];
            if (members && members.IsSequence())
                for (const YAML::Node &member : members)
                    reference(member);
            reference(device["link"]);
            const YAML::Node parameters = device["parameters"];
            if (parameters && parameters.IsMap())
                reference(parameters["primary"]);
        }
    }
    if (edits.empty())
        return text;

    if (!applyYamlEdits(bytes, edits))
        return Error(Error::Code::InvalidInput,
            Text::tr("The netplan file names an interface in a form that cannot be rewritten in "
                     "place."));
    bool same = false;
    try {
        const std::vector<YAML::Node> after = YAML::LoadAll(bytes);
        same = after.size() == 1 && readsBack(root, after.front(), edits);
    } catch (const YAML::Exception &) {
        same = false;
    }
    if (!same)
        return Error(Error::Code::InvalidInput,
            Text::tr("The netplan file does not read back as expected once renamed."));
    if (changed)
        *changed = true;
    return QString::fromStdString(bytes);
}

Result<QString> renameKeyfileInterfaces(
    const QString &text, const QHash<QString, QString> &newByOld, bool *changed, QStringList *notes)
{
    if (changed)
        *changed = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (Status s = checkIni(lines); !s)
        return s.error();
    Renamer names {newByOld, notes};
    const QString out = rewriteIniValues(
        lines, [&](const QString &section, const QString &key, const QString &value) {
            const QString where = QStringLiteral("[%1] %2").arg(section, key);
            // The device the connection is bound to. Its id and file name are labels NetworkManager
            // does not match devices by: they stay (nmcli con up ID keeps working).
            if (section == QLatin1String("connection") && key == QLatin1String("interface-name"))
                return names.renameItems(value, {}, {}, where);
            // A device match list (NetworkManager 1.26): name;name;pattern, each maybe
            // prefixed with ! (not), & (all) or | (any).
            if (section == QLatin1String("match") && key == QLatin1String("interface-name"))
                return names.renameItems(value, QStringLiteral(";"), QStringLiteral("!&|"), where);
            // The parent of a VLAN, MACVLAN, VXLAN, tunnel: an interface name or a UUID.
            if (section != QLatin1String("connection") && key == QLatin1String("parent"))
                return names.renameItems(value, {}, {}, where);
            return value;
        });
    if (changed)
        *changed = names.changed;
    return names.changed ? out : text;
}

Result<QString> renameNetworkdInterfaces(const QString &text,
    const QHash<QString, QString> &newByOld, bool linkFile, bool *changed, QStringList *notes)
{
    if (changed)
        *changed = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (Status s = checkIni(lines); !s)
        return s.error();
    Renamer names {newByOld, notes};
    const QString space = QStringLiteral(" \t");
    const QString out = rewriteIniValues(
        lines, [&](const QString &section, const QString &key, const QString &value) {
            const QString where = QStringLiteral("[%1] %2").arg(section, key);
            if (!linkFile) {
                // .network: the interfaces it applies to (a list that a leading ! inverts) and
                // the ones whose carrier it follows.
                if (section == QLatin1String("Match") && key == QLatin1String("Name"))
                    return names.renameItems(value, space, QStringLiteral("!"), where);
                if (section == QLatin1String("Network") && key == QLatin1String("BindCarrier"))
                    return names.renameItems(value, space, {}, where);
                return value;
            }
            // .link: the kernel's name it matches, and the name (and alternative names) it gives.
            if (section == QLatin1String("Match") && key == QLatin1String("OriginalName"))
                return names.renameItems(value, space, QStringLiteral("!"), where);
            if (section == QLatin1String("Link")
                && (key == QLatin1String("Name") || key == QLatin1String("AlternativeName")))
                return names.renameItems(value, space, {}, where);
            return value;
        });
    if (changed)
        *changed = names.changed;
    return names.changed ? out : text;
}

Result<QString> renameIfcfgInterfaces(
    const QString &text, const QHash<QString, QString> &newByOld, bool *changed, QStringList *notes)
{
    if (changed)
        *changed = false;
    // KEY=value, KEY="value", KEY='value', maybe followed by a comment; anything else (shell
    // code, a quoted value over several lines) makes the file one that is left alone.
    static const QRegularExpression assignment(
        QStringLiteral("^(\\s*(?:export\\s+)?)([A-Za-z_][A-Za-z0-9_]*)=(.*)$"));
    static const QRegularExpression simpleValue(
        QStringLiteral("^(?:\"([^\"\\\\$`]*)\"|'([^']*)'|([A-Za-z0-9_.:@%+,/=-]*))"
                       "(\\s*(?:#.*)?\\s*)$"));
    static const QRegularExpression slaveKey(QStringLiteral("^BONDING_SLAVE_?[0-9]*$"));
    Renamer names {newByOld, notes};
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList out;
    out.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#'))) {
            out << line;
            continue;
        }
        const auto m = assignment.match(line);
        if (!m.hasMatch())
            return unreadable(i, Text::tr("it is not a setting."));
        const QString key = m.captured(2);
        // DEVICE: the interface (its VLANs and aliases are named after it); NAME: the
        // connection's name, which is the interface's on most systems; the rest name a parent
        // (PHYSDEV for RHEL's VLANs, ETHERDEVICE for SUSE's) or the members of a SUSE bond or
        // bridge.
        const bool derived = key == QLatin1String("DEVICE") || key == QLatin1String("NAME");
        const bool single = derived || key == QLatin1String("PHYSDEV")
            || key == QLatin1String("ETHERDEVICE") || key == QLatin1String("PARENTDEVICE")
            || slaveKey.match(key).hasMatch();
        const bool list = key == QLatin1String("BRIDGE_PORTS");
        if (!single && !list) {
            // Another setting that names an old interface (ETHTOOL_OPTS="-K ens192 ..."): said,
            // not changed.
            bool mentions = false;
            renameInterfaces(m.captured(3), newByOld, &mentions);
            if (mentions && notes)
                notes->append(Text::tr("%1 names an old interface and is left as it is.").arg(key));
            out << line;
            continue;
        }
        const auto v = simpleValue.match(m.captured(3));
        if (!v.hasMatch())
            return unreadable(i, Text::tr("the value of %1 is not a plain one.").arg(key));
        // Which of the three forms it is: the quotes it had are the quotes it keeps.
        const QString raw = m.captured(3);
        const bool quoted = raw.startsWith(QLatin1Char('"')) || raw.startsWith(QLatin1Char('\''));
        const int which = !quoted ? 3 : (raw.startsWith(QLatin1Char('"')) ? 1 : 2);
        const QString quote = quoted ? QString(raw.front()) : QString();
        const QString value = v.captured(which);
        const QString to = list ? names.renameItems(value, QStringLiteral(" \t"), {}, key)
                                : names.renameItems(value, {}, {}, key, derived);
        out << (to == value
                ? line
                : m.captured(1) + key + QLatin1Char('=') + quote + to + quote + v.captured(4));
    }
    if (changed)
        *changed = names.changed;
    return names.changed ? out.join(QLatin1Char('\n')) : text;
}

QString renamedNetworkFileName(const QString &fileName, const QHash<QString, QString> &newByOld)
{
    for (const char *prefix : {"ifcfg-", "route-", "route6-", "ifroute-"}) {
        const QString p = QLatin1String(prefix);
        if (!fileName.startsWith(p))
            continue;
        const Renamer names {newByOld};
        const QString to = names.renamed(fileName.mid(p.size()), true);
        return to.isEmpty() ? QString() : p + to;
    }
    return {};
}

Result<QString> renameInterfacesIn(const QString &kind, const QString &text,
    const QHash<QString, QString> &newByOld, bool *changed, QStringList *notes)
{
    if (kind == QLatin1String("ifupdown") || kind == QLatin1String("ifcfg-route"))
        return renameInterfaces(text, newByOld, changed);
    if (kind == QLatin1String("netplan"))
        return renameNetplanInterfaces(text, newByOld, changed, notes);
    if (kind == QLatin1String("keyfile"))
        return renameKeyfileInterfaces(text, newByOld, changed, notes);
    if (kind == QLatin1String("networkd") || kind == QLatin1String("networkd-link"))
        return renameNetworkdInterfaces(
            text, newByOld, kind == QLatin1String("networkd-link"), changed, notes);
    if (kind == QLatin1String("ifcfg"))
        return renameIfcfgInterfaces(text, newByOld, changed, notes);
    if (changed)
        *changed = false;
    return Error(Error::Code::InvalidInput,
        Text::tr("%1 is not a kind of network configuration.").arg(kind));
}

} // namespace ferry::convert::linuxconfig
