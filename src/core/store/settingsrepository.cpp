#include "store/settingsrepository.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ferry {

namespace {

Error notFound(const QString &key)
{
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("SettingsRepository", "The setting %1 is not set.").arg(key));
}

Status validateKey(const QString &key)
{
    if (!key.trimmed().isEmpty())
        return {};
    return Error(Error::Code::InvalidInput,
        QCoreApplication::translate("SettingsRepository", "A setting needs a name."));
}

} // namespace

SettingsRepository::SettingsRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

Result<QString> SettingsRepository::get(const QString &key) const
{
    auto q = m_db->exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(key);
    return q->value(0).toString();
}

Result<QString> SettingsRepository::get(const QString &key, const QString &defaultValue) const
{
    auto value = get(key);
    if (!value && value.error().code == Error::Code::NotFound)
        return defaultValue;
    return value;
}

Status SettingsRepository::set(const QString &key, const QString &value) const
{
    if (Status st = validateKey(key); !st)
        return st;
    auto q = m_db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {key, value});
    if (!q)
        return q.error();
    return {};
}

Status SettingsRepository::remove(const QString &key) const
{
    auto q = m_db->exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return notFound(key);
    return {};
}

Result<QMap<QString, QString>> SettingsRepository::all() const
{
    auto q = m_db->exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    if (!q)
        return q.error();
    QMap<QString, QString> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

} // namespace ferry
