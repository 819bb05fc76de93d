#pragma once

#include "util/result.h"

#include <QMap>
#include <QString>

#include <memory>

namespace ferry {

class Database;

// Application settings shared by the GUI and ferryctl (key/value text). UI state belongs in
// QSettings, secrets in the keychain: neither goes here.
class SettingsRepository final
{
public:
    explicit SettingsRepository(std::shared_ptr<Database> db);

    // NotFound when the key is not set.
    Result<QString> get(const QString &key) const;
    // defaultValue when the key is not set.
    Result<QString> get(const QString &key, const QString &defaultValue) const;
    Status set(const QString &key, const QString &value) const;
    // NotFound when the key is not set.
    Status remove(const QString &key) const;
    Result<QMap<QString, QString>> all() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ferry
