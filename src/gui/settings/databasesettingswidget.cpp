#include "settings/databasesettingswidget.h"

#include "common/backgroundtask.h"
#include "common/notelabel.h"
#include "common/operationstatuswidget.h"
#include "secrets/credentialstore.h"
#include "util/paths.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ferry::gui {

DatabaseSettingsWidget::DatabaseSettingsWidget(
    QString dataDirectory, QString databaseInUse, QWidget *parent)
    : QWidget(parent)
    , m_dataDirectory(std::move(dataDirectory))
    , m_choiceFile(DatabaseChoice::storedChoiceFile())
    , m_writePassword([](const QString &key, const QByteArray &secret) {
        return CredentialStore(CredentialStore().service(), 10000).write(key, secret);
    })
{
    setObjectName(QStringLiteral("databaseSettings"));
    auto *layout = new QVBoxLayout(this);

    auto *inUse = new QLabel(tr("In use now: %1").arg(databaseInUse), this);
    inUse->setObjectName(QStringLiteral("databaseInUseLabel"));
    inUse->setWordWrap(true);
    inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(inUse);

    m_sqlite = new QRadioButton(tr("&SQLite file in the data directory (the default)"), this);
    m_sqlite->setObjectName(QStringLiteral("databaseSqliteRadio"));
    layout->addWidget(m_sqlite);
    auto *sqlitePath = new QLineEdit(QDir::toNativeSeparators(databaseFile(m_dataDirectory)), this);
    sqlitePath->setObjectName(QStringLiteral("databaseSqlitePathEdit"));
    sqlitePath->setReadOnly(true);
    sqlitePath->setAccessibleName(tr("SQLite file"));
    auto *sqliteRow = new QHBoxLayout;
    sqliteRow->addSpacing(24);
    sqliteRow->addWidget(sqlitePath, 1);
    layout->addLayout(sqliteRow);

    m_postgres = new QRadioButton(tr("&PostgreSQL server (shared by several engines)"), this);
    m_postgres->setObjectName(QStringLiteral("databasePostgresRadio"));
    layout->addWidget(m_postgres);
    auto *group = new QButtonGroup(this);
    group->addButton(m_sqlite);
    group->addButton(m_postgres);

    m_serverBox = new QWidget(this);
    m_serverBox->setObjectName(QStringLiteral("databaseServerFields"));
    auto *form = new QFormLayout(m_serverBox);
    form->setContentsMargins(24, 0, 0, 0);
    auto addRow = [this, form](const QString &label, QWidget *field, QLayout *row = nullptr) {
        auto *l = new QLabel(label, m_serverBox);
        l->setBuddy(field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        if (row)
            form->addRow(l, row);
        else
            form->addRow(l, field);
    };
    m_host = new QLineEdit(m_serverBox);
    m_host->setObjectName(QStringLiteral("databaseHostEdit"));
    m_host->setPlaceholderText(tr("db.example.com"));
    addRow(tr("&Host:"), m_host);
    m_port = new QLineEdit(QStringLiteral("5432"), m_serverBox);
    m_port->setObjectName(QStringLiteral("databasePortEdit"));
    m_port->setMaximumWidth(90);
    addRow(tr("P&ort:"), m_port);
    m_databaseName = new QLineEdit(QStringLiteral("ferry"), m_serverBox);
    m_databaseName->setObjectName(QStringLiteral("databaseNameEdit"));
    addRow(tr("&Database:"), m_databaseName);
    m_user = new QLineEdit(QStringLiteral("ferry"), m_serverBox);
    m_user->setObjectName(QStringLiteral("databaseUserEdit"));
    addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(m_serverBox);
    m_password->setObjectName(QStringLiteral("databasePasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Unchanged (keychain, PGPASSWORD or ~/.pgpass)"));
    m_password->setToolTip(tr("Saved in the system keychain, never in a file. Leave it empty "
                              "to keep the stored one."));
    addRow(tr("Pass&word:"), m_password);
    m_sslMode = new QComboBox(m_serverBox);
    m_sslMode->setObjectName(QStringLiteral("databaseSslModeComboBox"));
    m_sslMode->addItem(tr("Verify the server (verify-full)"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Encrypt without verifying (require)"), QStringLiteral("require"));
    m_sslMode->addItem(tr("No TLS (disable)"), QStringLiteral("disable"));
    addRow(tr("&TLS:"), m_sslMode);
    m_caFile = new QLineEdit(m_serverBox);
    m_caFile->setObjectName(QStringLiteral("databaseCaFileEdit"));
    m_caFile->setPlaceholderText(tr("~/.postgresql/root.crt when empty"));
    m_caBrowse = new QPushButton(tr("&Browse…"), m_serverBox);
    m_caBrowse->setObjectName(QStringLiteral("databaseCaBrowseButton"));
    m_caBrowse->setAccessibleName(tr("Choose the CA file"));
    connect(m_caBrowse, &QPushButton::clicked, this, &DatabaseSettingsWidget::chooseCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    addRow(tr("&CA file:"), m_caFile, caRow);
    layout->addWidget(m_serverBox);

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("T&est Connection"), this);
    m_testButton->setObjectName(QStringLiteral("databaseTestButton"));
    m_testButton->setToolTip(tr("Connect once with these values, without changing anything."));
    connect(m_testButton, &QPushButton::clicked, this, &DatabaseSettingsWidget::testConnection);
    testRow->addSpacing(24);
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    m_status = new OperationStatusWidget(QStringLiteral("databaseTest"), this);
    m_status->setObjectName(QStringLiteral("databaseTestStatus"));
    m_status->hide();
    layout->addWidget(m_status);

    m_copyHint = noteLabel(tr("To take the data of the SQLite file along, quit Ferry and every "
                              "engine on it, then run once:"),
        this);
    m_copyHint->setObjectName(QStringLiteral("databaseCopyHint"));
    layout->addWidget(m_copyHint);
    m_copyCommand = new QPlainTextEdit(this);
    m_copyCommand->setObjectName(QStringLiteral("databaseCopyCommandEdit"));
    m_copyCommand->setReadOnly(true);
    m_copyCommand->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyCommand->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_copyCommand->setFixedHeight(
        m_copyCommand->fontMetrics().lineSpacing() * 4 + 2 * m_copyCommand->frameWidth() + 12);
    m_copyCommand->setAccessibleName(tr("Command that copies the SQLite data"));
    m_copyHint->setBuddy(m_copyCommand);
    layout->addWidget(m_copyCommand);
    layout->addWidget(noteLabel(tr("Ferry opens the chosen database when it starts again. "
                                   "--database and FERRY_DATABASE decide over this choice; "
                                   "ferryctl follows it too."),
        this));
    layout->addStretch(1);

    connect(m_sslMode, &QComboBox::activated, this, [this] { m_sslModeTouched = true; });
    connect(m_host, &QLineEdit::textEdited, this, [this](const QString &host) {
        if (!m_sslModeTouched)
            m_sslMode->setCurrentIndex(m_sslMode->findData(DatabaseChoice::defaultSslMode(host)));
    });
    const auto changed = [this] {
        if (!m_loading)
            m_modified = true;
        updateState();
    };
    connect(m_sqlite, &QRadioButton::toggled, this, changed);
    for (QLineEdit *edit : {m_host, m_port, m_databaseName, m_user, m_password, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, changed);

    load();
}

DatabaseSettingsWidget::~DatabaseSettingsWidget() = default;

void DatabaseSettingsWidget::setChoiceFile(const QString &file)
{
    m_choiceFile = file;
    load();
}

void DatabaseSettingsWidget::load()
{
    m_loading = true;
    m_sqlite->setChecked(true);
    m_sslMode->setCurrentIndex(m_sslMode->findData(QStringLiteral("verify-full")));
    auto stored = DatabaseChoice::load(m_choiceFile);
    if (stored && *stored && (*stored)->isPostgreSQL()) {
        const DatabaseChoice::ServerFields fields = DatabaseChoice::toFields(**stored);
        m_postgres->setChecked(true);
        m_host->setText(fields.host);
        m_port->setText(fields.port);
        m_databaseName->setText(fields.databaseName);
        m_user->setText(fields.userName);
        m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(fields.sslMode)));
        m_caFile->setText(QDir::toNativeSeparators(fields.caFile));
        m_sslModeTouched = true;
    }
    m_password->clear();
    m_loading = false;
    m_modified = false;
    updateState();
}

void DatabaseSettingsWidget::updateState()
{
    const bool postgres = m_postgres->isChecked();
    m_serverBox->setEnabled(postgres);
    m_testButton->setEnabled(postgres && !m_testing);
    const bool verify = m_sslMode->currentData().toString() == QLatin1String("verify-full");
    m_caFile->setEnabled(verify);
    m_caBrowse->setEnabled(verify);
    QString command;
    if (postgres) {
        if (auto url = chosenUrl(); url && *url)
            command = DatabaseChoice::copyCommand(databaseFile(m_dataDirectory), **url);
    }
    if (m_copyCommand->toPlainText() != command)
        m_copyCommand->setPlainText(command);
    m_copyHint->setVisible(!command.isEmpty());
    m_copyCommand->setVisible(!command.isEmpty());
}

bool DatabaseSettingsWidget::isPostgreSQL() const
{
    return m_postgres->isChecked();
}

Result<std::optional<DatabaseUrl>> DatabaseSettingsWidget::chosenUrl() const
{
    if (!m_postgres->isChecked())
        return std::optional<DatabaseUrl>();
    DatabaseChoice::ServerFields fields;
    fields.host = m_host->text();
    fields.port = m_port->text();
    fields.databaseName = m_databaseName->text();
    fields.userName = m_user->text();
    fields.sslMode = m_sslMode->currentData().toString();
    fields.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    auto url = DatabaseChoice::fromFields(fields);
    if (!url)
        return url.error();
    return std::optional<DatabaseUrl>(*url);
}

Status DatabaseSettingsWidget::save()
{
    if (!m_modified)
        return {};
    auto url = chosenUrl();
    if (!url)
        return url.error();
    if (*url && !m_password->text().isEmpty()) {
        if (Status st
            = m_writePassword(DatabaseChoice::passwordKey(**url), m_password->text().toUtf8());
            !st)
            return Error(st.error().code,
                tr("The database password could not be stored in the keychain."),
                st.error().message);
    }
    if (Status st = DatabaseChoice::save(*url, m_choiceFile); !st)
        return st;
    m_password->clear();
    m_modified = false;
    return {};
}

void DatabaseSettingsWidget::testConnection()
{
    if (m_testing)
        return;
    m_status->show();
    auto url = chosenUrl();
    if (!url || !*url) {
        m_status->setResult(OperationStatusWidget::State::Failed,
            tr("Check the connection settings"),
            url ? tr("Choose a PostgreSQL server first.") : url.error().message);
        Q_EMIT connectionTested(false);
        return;
    }
    DatabaseUrl target = **url;
    const QString typed = m_password->text();
    m_testing = true;
    updateState();
    m_status->setRunning(
        tr("Connecting to %1…").arg(target.host()), tr("Ferry changes nothing on the server."));
    runInBackground(
        this,
        [target, typed]() mutable {
            if (!typed.isEmpty())
                target.setPassword(typed);
            else
                target = DatabaseChoice::withStoredPassword(
                    target, CredentialStore(CredentialStore().service(), 10000));
            return DatabaseChoice::testConnection(target);
        },
        [this](const Result<DatabaseChoice::ConnectionTest> &found) {
            m_testing = false;
            updateState();
            if (!found) {
                m_status->setResult(OperationStatusWidget::State::Failed,
                    tr("The connection failed"), found.error().message, found.error().details);
                Q_EMIT connectionTested(false);
                return;
            }
            const QString tls = found->tls
                ? tr("The connection is encrypted (%1).").arg(found->tlsVersion)
                : tr("The connection is not encrypted.");
            m_status->setResult(OperationStatusWidget::State::Succeeded,
                tr("Connected to PostgreSQL %1").arg(found->serverVersion), tls);
            Q_EMIT connectionTested(true);
        });
}

void DatabaseSettingsWidget::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the CA File"),
        m_caFile->text(), tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(file));
}

} // namespace ferry::gui
