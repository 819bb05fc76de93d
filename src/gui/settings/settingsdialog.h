#pragma once

#include "appsettings/appsettings.h"
#include "settings/preferences.h"
#include "util/result.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace ferry {
class Database;
}

namespace ferry::gui {

class DatabaseSettingsWidget;
class KeychainStatusWidget;
class OperationStatusWidget;

// Settings…, two tabs. General: where the data lives and the keychain's state (read only), the
// defaults shared with ferryctl (import limit of new sources, migrations at once, retries, log
// level; stored in the database), and the desktop's own language and theme (QSettings). OK applies:
// the theme and the log level at once, the language at the next start. Export Diagnostics… writes
// the bundle of ferry::exportDiagnostics on the thread pool. Database: the database chosen for the
// next start (DatabaseSettingsWidget).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // An empty probe asks the system keychain (CredentialStore::probe) on the thread pool.
    using KeychainProbe = std::function<Status()>;

    SettingsDialog(std::shared_ptr<Database> database, QString dataDirectory,
        KeychainProbe keychainProbe, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The values shown; apply() stores them.
    AppSettings appSettings() const;
    Theme theme() const;
    QString language() const; // "system", "en" or "de"
    Status apply();

    // Without a file dialog (the tests, and the button after asking for the file).
    void exportDiagnosticsTo(const QString &file);
    bool isExporting() const { return m_exporting; }
    KeychainStatusWidget *keychainStatus() const { return m_keychain; }
    DatabaseSettingsWidget *databaseSettings() const { return m_databasePage; }
    QTabWidget *tabs() const { return m_tabs; }

    // OK: stores everything; after a changed database choice a message says it takes effect at
    // the next start (not shown when quiet: the tests).
    void accept() override;
    void setQuietDatabaseNotice(bool quiet) { m_quietDatabaseNotice = quiet; }

Q_SIGNALS:
    void diagnosticsExported(const QString &file);
    void diagnosticsFailed(const QString &message);

private:
    void chooseDiagnosticsFile();
    void load();

    std::shared_ptr<Database> m_database;
    QString m_dataDirectory;
    QLineEdit *m_dataDirectoryEdit = nullptr;
    KeychainStatusWidget *m_keychain = nullptr;
    QSpinBox *m_importLimit = nullptr;
    QSpinBox *m_threads = nullptr;
    QSpinBox *m_retries = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_logLevel = nullptr;
    QPushButton *m_exportButton = nullptr;
    OperationStatusWidget *m_exportStatus = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTabWidget *m_tabs = nullptr;
    DatabaseSettingsWidget *m_databasePage = nullptr;
    QString m_initialLanguage;
    bool m_exporting = false;
    bool m_quietDatabaseNotice = false;
};

} // namespace ferry::gui
