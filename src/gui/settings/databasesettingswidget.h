#pragma once

#include "appsettings/databasechoice.h"
#include "util/result.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace ferry::gui {

class OperationStatusWidget;

// Settings > Database: the database this desktop opens from its next start (the stored choice of
// ferry::DatabaseChoice; --database and FERRY_DATABASE still decide over it): the SQLite file
// in the data directory (the default) or a PostgreSQL server (host, port, database, user, the
// password kept in the keychain, the TLS mode and CA file). Test Connection opens one connection
// with exactly these values on the thread pool and says what it found.
class DatabaseSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseSettingsWidget)

public:
    // Stores a secret in the keychain (the tests pass their own).
    using PasswordWriter = std::function<Status(const QString &key, const QByteArray &secret)>;

    DatabaseSettingsWidget(QString dataDirectory, QString databaseInUse, QWidget *parent = nullptr);
    ~DatabaseSettingsWidget() override;

    void setChoiceFile(const QString &file);
    void setPasswordWriter(PasswordWriter writer) { m_writePassword = std::move(writer); }

    bool isPostgreSQL() const;
    // The chosen database (std::nullopt: the SQLite default) or what is wrong with the fields.
    Result<std::optional<DatabaseUrl>> chosenUrl() const;
    // Stores the choice and the password (when one was typed); nothing when nothing changed.
    Status save();
    bool isModified() const { return m_modified; }

    void testConnection();
    bool isTesting() const { return m_testing; }
    OperationStatusWidget *status() const { return m_status; }

Q_SIGNALS:
    void connectionTested(bool succeeded);

private:
    void load();
    void updateState();
    void chooseCaFile();

    QString m_dataDirectory;
    QString m_choiceFile;
    PasswordWriter m_writePassword;
    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgres = nullptr;
    QWidget *m_serverBox = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_databaseName = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QPushButton *m_testButton = nullptr;
    OperationStatusWidget *m_status = nullptr;
    QLabel *m_copyHint = nullptr;
    QPlainTextEdit *m_copyCommand = nullptr;
    bool m_sslModeTouched = false;
    bool m_loading = false;
    bool m_modified = false;
    bool m_testing = false;
};

} // namespace ferry::gui
