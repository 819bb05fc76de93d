#include "settings/settingsdialog.h"

#include "common/backgroundtask.h"
#include "common/notelabel.h"
#include "common/operationstatuswidget.h"
#include "diagnostics/diagnostics.h"
#include "mainwindow/keychainstatuswidget.h"
#include "secrets/credentialstore.h"
#include "settings/databasesettingswidget.h"
#include "store/database.h"
#include "util/paths.h"

#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

QSpinBox *spinBox(const QString &objectName, int minimum, int maximum, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(minimum, maximum);
    spin->setMinimumWidth(90);
    return spin;
}

} // namespace

SettingsDialog::SettingsDialog(std::shared_ptr<Database> database, QString dataDirectory,
    KeychainProbe keychainProbe, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_dataDirectory(std::move(dataDirectory))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    // Storage: where the data lives, the keychain.
    auto *storage = new QGroupBox(tr("Storage"), this);
    storage->setObjectName(QStringLiteral("storageGroup"));
    auto *storageForm = new QFormLayout(storage);
    m_dataDirectoryEdit = new QLineEdit(QDir::toNativeSeparators(m_dataDirectory), storage);
    m_dataDirectoryEdit->setObjectName(QStringLiteral("dataDirectoryEdit"));
    m_dataDirectoryEdit->setReadOnly(true);
    auto *openData = new QPushButton(tr("Open &Folder"), storage);
    openData->setObjectName(QStringLiteral("openDataDirectoryButton"));
    openData->setAccessibleName(tr("Open data folder"));
    connect(openData, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDirectory)); });
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDirectoryEdit, 1);
    dataRow->addWidget(openData);
    auto *dataLabel = new QLabel(tr("&Data directory:"), storage);
    dataLabel->setBuddy(m_dataDirectoryEdit);
    storageForm->addRow(dataLabel, dataRow);
    storageForm->addRow(QString(),
        noteLabel(tr("The database and logs live here. To use another directory, start Ferry "
                     "with --data-dir DIR or set the FERRY_DATA_DIR environment variable; "
                     "ferryctl takes the same option."),
            storage));
    if (!keychainProbe) // the system keychain, with a shorter wait than the default
        keychainProbe = [] {
            return CredentialStore(CredentialStore().service(), 10000).probe();
        };
    m_keychain = new KeychainStatusWidget(std::move(keychainProbe), storage);
    m_keychain->setObjectName(QStringLiteral("settingsKeychainStatus"));
    storageForm->addRow(tr("Keychain:"), m_keychain);

    // Defaults shared with ferryctl.
    auto *defaults = new QGroupBox(tr("Migrations"), this);
    defaults->setObjectName(QStringLiteral("defaultsGroup"));
    auto *defaultsForm = new QFormLayout(defaults);
    m_importLimit = spinBox(QStringLiteral("importLimitSpinBox"), 1, 10000, defaults);
    m_importLimit->setToolTip(tr("How many disks Ferry copies from a new source at once. Each "
                                 "source can change its own limit."));
    m_threads = spinBox(QStringLiteral("engineThreadsSpinBox"), 1, 64, defaults);
    m_threads->setToolTip(tr("How many migrations run at the same time, whatever the sources "
                             "and targets allow."));
    m_retries = spinBox(QStringLiteral("engineRetriesSpinBox"), 0, 20, defaults);
    m_retries->setToolTip(tr("How often a failed migration is tried again before it stays in "
                             "Error."));
    auto addSpin = [defaultsForm, defaults](const QString &label, QSpinBox *spin) {
        auto *l = new QLabel(label, defaults);
        l->setBuddy(spin);
        spin->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        defaultsForm->addRow(l, spin);
    };
    addSpin(tr("&Import limit for new sources:"), m_importLimit);
    addSpin(tr("&Migrations at once:"), m_threads);
    addSpin(tr("&Retries after a failure:"), m_retries);
    defaultsForm->addRow(QString(),
        noteLabel(
            tr("ferryctl engine run uses the same values unless you pass other ones."), defaults));

    // Appearance.
    auto *appearance = new QGroupBox(tr("Appearance"), this);
    appearance->setObjectName(QStringLiteral("appearanceGroup"));
    auto *appearanceForm = new QFormLayout(appearance);
    m_language = new QComboBox(appearance);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    auto *languageLabel = new QLabel(tr("&Language:"), appearance);
    languageLabel->setBuddy(m_language);
    m_language->setAccessibleName(tr("Language"));
    appearanceForm->addRow(languageLabel, m_language);
    m_languageNote = noteLabel(tr("The language changes when Ferry starts again."), appearance);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    appearanceForm->addRow(QString(), m_languageNote);
    m_theme = new QComboBox(appearance);
    m_theme->setObjectName(QStringLiteral("themeComboBox"));
    m_theme->addItem(tr("System"), QVariant::fromValue(int(Theme::System)));
    m_theme->addItem(tr("Light"), QVariant::fromValue(int(Theme::Light)));
    m_theme->addItem(tr("Dark"), QVariant::fromValue(int(Theme::Dark)));
    auto *themeLabel = new QLabel(tr("&Theme:"), appearance);
    themeLabel->setBuddy(m_theme);
    m_theme->setAccessibleName(tr("Theme"));
    appearanceForm->addRow(themeLabel, m_theme);

    // Logging and diagnostics.
    auto *support = new QGroupBox(tr("Logs and Diagnostics"), this);
    support->setObjectName(QStringLiteral("supportGroup"));
    auto *supportLayout = new QVBoxLayout(support);
    auto *supportForm = new QFormLayout;
    m_logLevel = new QComboBox(support);
    m_logLevel->setObjectName(QStringLiteral("logLevelComboBox"));
    m_logLevel->addItem(tr("Errors only"), int(LogLevel::Error));
    m_logLevel->addItem(tr("Warnings and errors"), int(LogLevel::Warning));
    m_logLevel->addItem(tr("Information"), int(LogLevel::Info));
    m_logLevel->addItem(tr("Debug (verbose)"), int(LogLevel::Debug));
    auto *logLabel = new QLabel(tr("Log &level:"), support);
    logLabel->setBuddy(m_logLevel);
    m_logLevel->setAccessibleName(tr("Log level"));
    auto *openLogs = new QPushButton(tr("Open Log Fol&der"), support);
    openLogs->setObjectName(QStringLiteral("openLogFolderButton"));
    connect(openLogs, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(logDirectory(m_dataDirectory))); });
    auto *logRow = new QHBoxLayout;
    logRow->addWidget(m_logLevel, 1);
    logRow->addWidget(openLogs);
    supportForm->addRow(logLabel, logRow);
    supportLayout->addLayout(supportForm);
    auto *exportRow = new QHBoxLayout;
    m_exportButton = new QPushButton(tr("&Export Diagnostics…"), support);
    m_exportButton->setObjectName(QStringLiteral("exportDiagnosticsButton"));
    m_exportButton->setToolTip(tr("Write the logs, the versions, the settings and a copy of the "
                                  "database without passwords, keys or user names into one file "
                                  "for a bug report."));
    connect(m_exportButton, &QPushButton::clicked, this, &SettingsDialog::chooseDiagnosticsFile);
    exportRow->addWidget(m_exportButton);
    exportRow->addStretch(1);
    supportLayout->addLayout(exportRow);
    m_exportStatus = new OperationStatusWidget(QStringLiteral("diagnostics"), support);
    m_exportStatus->setObjectName(QStringLiteral("diagnosticsStatus"));
    m_exportStatus->hide();
    supportLayout->addWidget(m_exportStatus);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *general = new QWidget(this);
    general->setObjectName(QStringLiteral("generalTab"));
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(storage);
    generalLayout->addWidget(defaults);
    generalLayout->addWidget(appearance);
    generalLayout->addWidget(support);
    generalLayout->addStretch(1);

    const QString inUse = m_database ? m_database->location()
                                     : QDir::toNativeSeparators(databaseFile(m_dataDirectory));
    m_databasePage = new DatabaseSettingsWidget(m_dataDirectory, inUse, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(general, tr("&General"));
    m_tabs->addTab(m_databasePage, tr("Data&base"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    const QList<QWidget *> order {m_dataDirectoryEdit, openData, m_importLimit, m_threads,
        m_retries, m_language, m_theme, m_logLevel, openLogs, m_exportButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    load();
    m_keychain->start();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    AppSettings settings;
    if (auto stored = AppSettings::load(m_database))
        settings = *stored;
    m_importLimit->setValue(settings.sourceImportLimit);
    m_threads->setValue(settings.engineThreads);
    m_retries->setValue(settings.engineRetries);
    m_logLevel->setCurrentIndex(m_logLevel->findData(int(settings.logLevel)));
    m_initialLanguage = storedLanguage();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initialLanguage)));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(storedTheme()))));
}

AppSettings SettingsDialog::appSettings() const
{
    AppSettings s;
    s.sourceImportLimit = m_importLimit->value();
    s.engineThreads = m_threads->value();
    s.engineRetries = m_retries->value();
    s.logLevel = static_cast<LogLevel>(m_logLevel->currentData().toInt());
    return s;
}

Theme SettingsDialog::theme() const
{
    return static_cast<Theme>(m_theme->currentData().toInt());
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

Status SettingsDialog::apply()
{
    if (Status st = m_databasePage->save(); !st)
        return st;
    const AppSettings settings = appSettings();
    if (Status st = settings.save(m_database); !st)
        return st;
    applyLogLevel(settings.logLevel);
    storeLanguage(language());
    const Theme chosen = theme();
    if (chosen != storedTheme() || chosen != Theme::System) {
        storeTheme(chosen);
        applyTheme(chosen);
    }
    return {};
}

void SettingsDialog::accept()
{
    // The database tab first: its fields are checked there, and its message shown there.
    const bool databaseChanged = m_databasePage->isModified();
    if (Status st = m_databasePage->save(); !st) {
        m_tabs->setCurrentWidget(m_databasePage);
        m_databasePage->status()->show();
        m_databasePage->status()->setResult(OperationStatusWidget::State::Failed,
            tr("The database choice could not be saved"), st.error().message, st.error().details);
        return;
    }
    if (Status st = apply(); !st) {
        m_exportStatus->show();
        m_exportStatus->setResult(OperationStatusWidget::State::Failed,
            tr("The settings could not be saved"), st.error().message, st.error().details);
        return;
    }
    QDialog::accept();
    if (databaseChanged && !m_quietDatabaseNotice)
        QMessageBox::information(parentWidget(), tr("Database"),
            tr("Ferry opens the chosen database when it starts again. Until then it keeps using "
               "%1.")
                .arg(m_database ? m_database->location()
                                : QDir::toNativeSeparators(databaseFile(m_dataDirectory))));
}

void SettingsDialog::chooseDiagnosticsFile()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::HomeLocation))
              .filePath(
                  QStringLiteral("ferry-diagnostics-%1.tar")
                      .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export Diagnostics"), suggested, tr("Tar archives (*.tar);;All files (*)"));
    if (!file.isEmpty())
        exportDiagnosticsTo(file);
}

void SettingsDialog::exportDiagnosticsTo(const QString &file)
{
    if (m_exporting)
        return;
    m_exporting = true;
    m_exportButton->setEnabled(false);
    m_exportStatus->show();
    m_exportStatus->setRunning(tr("Exporting diagnostics…"),
        tr("Copying the database without secrets and collecting the logs."));
    DiagnosticsOptions options;
    options.dataDirectory = m_dataDirectory;
    options.application = QStringLiteral("ferry");
    if (m_database && m_database->isPostgreSQL())
        options.sharedDatabase = m_database->location();
    options.extraSettings.insert(QStringLiteral("Preferences/language"), storedLanguage());
    options.extraSettings.insert(QStringLiteral("Preferences/theme"), themeKey(storedTheme()));
    runInBackground(
        this, [options, file] { return exportDiagnostics(options, file); },
        [this](const Result<DiagnosticsReport> &report) {
            m_exporting = false;
            m_exportButton->setEnabled(true);
            if (!report) {
                m_exportStatus->setResult(OperationStatusWidget::State::Failed,
                    tr("The diagnostics could not be exported"), report.error().message,
                    report.error().details);
                Q_EMIT diagnosticsFailed(report.error().message);
                return;
            }
            m_exportStatus->setResult(OperationStatusWidget::State::Succeeded,
                tr("Diagnostics exported"),
                tr("%1 was written. Nothing secret is in it: attach it to your bug report.")
                    .arg(QDir::toNativeSeparators(report->file)));
            Q_EMIT diagnosticsExported(report->file);
        });
}

} // namespace ferry::gui
