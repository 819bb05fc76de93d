#pragma once

// Reads the lab's environment file (tests/lab/lab-start writes KEY=VALUE lines) so integration
// tests find the simulator, LXD and keyring of this run, and says whether the lab has the parts
// a test needs (FERRY_REQUIRE_LAB below).
#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace ferry::test {

class LabEnv final
{
public:
    static LabEnv load()
    {
        LabEnv env;
        QFile f(qEnvironmentVariable("FERRY_LAB_ENV"));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return env;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (line.startsWith(QLatin1Char('#')) || eq <= 0)
                continue;
            env.m_values.insert(line.left(eq), line.mid(eq + 1));
        }
        return env;
    }

    bool isValid() const { return !m_values.isEmpty(); }

    // The parts a test can need: the peers lab-start starts (FERRY_LAB_COMPONENTS: "keyring",
    // "vc", "esx", "lxd", "lxdvm") and "scenario" (FERRY_LAB_SCENARIO=ferry). Returns those this
    // lab lacks (all of them without a lab; an unknown name is never present).
    QStringList missing(const QStringList &parts) const
    {
        const QStringList components = value(QStringLiteral("FERRY_LAB_COMPONENTS"))
                                           .split(QLatin1Char(','), Qt::SkipEmptyParts);
        QStringList absent;
        for (const QString &part : parts) {
            const bool present = part == QLatin1String("scenario")
                ? value(QStringLiteral("FERRY_LAB_SCENARIO")) == QLatin1String("ferry")
                : components.contains(part);
            if (!present)
                absent << part;
        }
        return absent;
    }
    QStringList missing(std::initializer_list<const char *> parts) const
    {
        QStringList names;
        for (const char *part : parts)
            names << QLatin1String(part);
        return missing(names);
    }
    bool has(std::initializer_list<const char *> parts) const
    {
        return isValid() && missing(parts).isEmpty();
    }

    // A lab without some of its parts is an explicit opt-in: FERRY_LAB_PARTIAL=1 (for example
    // with FERRY_LAB_COMPONENTS=keyring,vc,esx, without root). Otherwise a missing part fails.
    static bool partialAllowed()
    {
        return qEnvironmentVariable("FERRY_LAB_PARTIAL") == QLatin1String("1");
    }

    // What FERRY_REQUIRE_LAB reports: nothing when the lab has the parts; otherwise the reason,
    // and whether it is a skip (a partial lab, opted in) or a failure. No lab at all (no readable
    // FERRY_LAB_ENV) always fails: the CTest fixture starts one.
    struct Requirement
    {
        QString problem;
        bool skip = false;
    };
    template<typename Parts>
    Requirement require(const Parts &parts) const
    {
        if (!isValid())
            return {QStringLiteral("no lab: FERRY_LAB_ENV (\"%1\") names no lab.env (ctest "
                                   "starts the lab through its fixture)")
                        .arg(qEnvironmentVariable("FERRY_LAB_ENV")),
                false};
        const QStringList absent = missing(parts);
        if (absent.isEmpty())
            return {};
        const QString what = QStringLiteral("the lab has no %1 (components: %2, scenario: %3)")
                                 .arg(absent.join(QStringLiteral(", ")),
                                     value(QStringLiteral("FERRY_LAB_COMPONENTS")),
                                     value(QStringLiteral("FERRY_LAB_SCENARIO")));
        if (partialAllowed())
            return {what + QStringLiteral("; skipped, FERRY_LAB_PARTIAL=1"), true};
        return {
            what + QStringLiteral("; set FERRY_LAB_PARTIAL=1 to skip instead of failing"), false};
    }
    QString value(const QString &key) const { return m_values.value(key); }
    QString operator[](const char *key) const { return value(QLatin1String(key)); }

    // Points this process's keychain client (libsecret over D-Bus) at the lab's keyring.
    void useLabKeyring() const
    {
        qputenv(
            "DBUS_SESSION_BUS_ADDRESS", value(QStringLiteral("FERRY_LAB_DBUS_ADDRESS")).toUtf8());
        qputenv("XDG_RUNTIME_DIR", value(QStringLiteral("FERRY_LAB_XDG_RUNTIME_DIR")).toUtf8());
    }

private:
    QHash<QString, QString> m_values;
};

} // namespace ferry::test

// In a test function (initTestCase for the whole class): returns from it unless the lab has every
// part named, failing it, or skipping it when FERRY_LAB_PARTIAL=1. For example
//     FERRY_REQUIRE_LAB(m_lab, "keyring", "vc", "lxdvm", "scenario");
#define FERRY_REQUIRE_LAB(lab, ...)                                                                \
    do {                                                                                           \
        const auto ferryLabRequirement_                                                            \
            = (lab).require(std::initializer_list<const char *> {__VA_ARGS__});                    \
        if (ferryLabRequirement_.skip)                                                             \
            QSKIP(qPrintable(ferryLabRequirement_.problem));                                       \
        if (!ferryLabRequirement_.problem.isEmpty())                                               \
            QFAIL(qPrintable(ferryLabRequirement_.problem));                                       \
    } while (false)
