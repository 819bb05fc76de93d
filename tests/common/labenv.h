#pragma once

// Reads the lab's environment file (tests/lab/lab-start writes KEY=VALUE lines) so integration
// tests find the simulator, LXD and keyring of this run.
#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QString>

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
