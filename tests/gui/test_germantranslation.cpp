// The German translation on real widgets: loaded as Ferry loads it (installTranslations, as from
// the system locale or the Language setting), then the menus, the navigation and page titles,
// the empty states, the wizards' titles, pages and buttons, and the Settings dialog are checked
// in German; English again after switching back.
//
// And the translation is complete by construction (issue 12): lupdate runs over the sources as
// `ninja ferry_lupdate` does, into a copy of translations/ferry_de.ts, and every text it finds
// without a German translation fails the test with its context, text and place; likewise every
// plural without English forms in ferry_en.ts. Every translation context the code asks for at run
// time (Q_DECLARE_TR_FUNCTIONS, QCoreApplication::translate with a literal context) must have
// translations in the ferry_de.qm built into Ferry, and no file may hand-write its own tr():
// lupdate files such texts under another context, so they stay English.

#include "guitestsupport.h"

#include "common/emptystatewidget.h"
#include "instances/instancerow.h"
#include "mainwindow/mainwindow.h"
#include "model/batch.h"
#include "model/source.h"
#include "queue/queuepresentation.h"
#include "secrets/credentialstore.h"
#include "settings/preferences.h"
#include "settings/settingsdialog.h"
#include "sources/addsourcewizard.h"
#include "sources/sourcepresentation.h"
#include "startup/startup.h"
#include "store/database.h"
#include "targets/addtargetwizard.h"
#include "util/paths.h"

#include <QAbstractButton>
#include <QAction>
#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTranslator>
#include <QXmlStreamReader>

#include <map>
#include <set>

namespace {

// Files allowed to hand-write a tr() whose context lupdate does not see (their texts would stay
// English at run time): none. A file that does fails the test; convert it to
// `struct Text { Q_DECLARE_TR_FUNCTIONS(<context>) };` + Text::tr().
const QStringList kPendingHandWrittenTr = {};

const QString kHowToTranslate = QStringLiteral(
    "Run `ninja -C build ferry_lupdate`, then translate these entries in "
    "translations/ferry_de.ts (Qt Linguist: `linguist translations/ferry_de.ts`, or an editor: "
    "write the German into <translation> and remove type=\"unfinished\"; plurals (%n) need "
    "both <numerusform>s), and rebuild.");

QString sourceDir()
{
    return qEnvironmentVariable("FERRY_TEST_SOURCE_DIR");
}

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString file;
    int line = 0;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
};

// Reads a .ts; locations are resolved to paths relative to the source tree.
QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return out;
    }
    const QDir tsDir = QFileInfo(path).absoluteDir();
    const QDir root(sourceDir());
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    // lupdate -locations relative names a file once and then gives each line as an offset from
    // the previous line in the same file (across contexts).
    QString lastFile;
    QHash<QString, int> lineIn;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                m = TsMessage();
                m.context = context;
                m.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            } else if (name == u"location") {
                const QString f = xml.attributes().value(QStringLiteral("filename")).toString();
                const QString l = xml.attributes().value(QStringLiteral("line")).toString();
                if (!f.isEmpty())
                    lastFile = root.relativeFilePath(QDir::cleanPath(tsDir.absoluteFilePath(f)));
                int line = 0;
                if (!l.isEmpty()) {
                    line = l.startsWith(u'+') || l.startsWith(u'-')
                        ? lineIn.value(lastFile) + l.toInt()
                        : l.toInt();
                    lineIn[lastFile] = line;
                }
                if (m.file.isEmpty()) {
                    m.file = lastFile;
                    m.line = line;
                }
            } else if (name == u"source") {
                m.source = xml.readElementText();
            } else if (name == u"comment") {
                m.comment = xml.readElementText();
            } else if (name == u"translation") {
                m.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return out;
}

// FERRY_LUPDATE_DIRS of src/gui/settings/settings.cmake: what `ninja ferry_lupdate` reads.
QStringList lupdateDirs()
{
    QFile cmake(sourceDir() + QStringLiteral("/src/gui/settings/settings.cmake"));
    if (!cmake.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression re(QStringLiteral("set\\(FERRY_LUPDATE_DIRS ([^)]*)\\)"));
    const auto match = re.match(QString::fromUtf8(cmake.readAll()));
    return match.hasMatch() ? match.captured(1).simplified().split(u' ') : QStringList();
}

QString lupdateProgram()
{
    const QString beside
        = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

// lupdate over the sources, as ferry_lupdate runs it, into a copy of the committed .ts.
QList<TsMessage> refreshed(const QString &tsName, const QStringList &extra, QString *error)
{
    static QTemporaryDir dir;
    const QString copy = dir.filePath(tsName);
    QFile::remove(copy);
    if (!QFile::copy(sourceDir() + QStringLiteral("/translations/") + tsName, copy)) {
        *error = QStringLiteral("cannot copy translations/%1").arg(tsName);
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QString program = lupdateProgram();
    const QStringList dirs = lupdateDirs();
    if (program.isEmpty() || dirs.isEmpty()) {
        *error = QStringLiteral("no lupdate (%1) or no FERRY_LUPDATE_DIRS in settings.cmake (%2)")
                     .arg(program, dirs.join(u' '));
        return {};
    }
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir());
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(program,
        QStringList {QStringLiteral("-locations"), QStringLiteral("relative"),
            QStringLiteral("-no-ui-lines"), QStringLiteral("-extensions"),
            QStringLiteral("cpp,h,ui"), QStringLiteral("-I"),
            sourceDir() + QStringLiteral("/src/core"), QStringLiteral("-I"),
            sourceDir() + QStringLiteral("/src/gui")}
            + extra + dirs + QStringList {QStringLiteral("-ts"), copy});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed: %1").arg(QString::fromUtf8(lupdate.readAll()));
        return {};
    }
    return readTs(copy, error);
}

// An entry lupdate keeps for reference after its text left the sources.
bool isGone(const TsMessage &m)
{
    return m.type == u"vanished" || m.type == u"obsolete";
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("  %1:%2  [%3]  \"%4\"%5")
        .arg(m.file)
        .arg(m.line)
        .arg(m.context, m.source, m.numerus ? QStringLiteral("  (plural)") : QString());
}

} // namespace

using namespace ferry;
using namespace ferry::gui;

class TestGermanTranslation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    std::shared_ptr<Database> m_db;

    static QStringList menuTitles(MainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateUserState(m_settingsDir);
        auto db = Database::open(databaseFile(m_dataDir.path()));
        QVERIFY(db);
        m_db = *db;
    }

    void cleanupTestCase() { installTranslations(QStringLiteral("en")); }

    void mainWindowInGerman()
    {
        QVERIFY(installTranslations(QStringLiteral("de")));
        MainWindow window(StartupContext {m_dataDir.path(), m_db}, [] { return Status(); });
        QCOMPARE(menuTitles(window),
            (QStringList {
                QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QStringList pages;
        for (int i = 0; i < navigation->count(); ++i)
            pages << navigation->item(i)->text();
        QCOMPARE(pages,
            (QStringList {QStringLiteral("Quellen"), QStringLiteral("Ziele"),
                QStringLiteral("Instanzen"), QStringLiteral("Netzwerke"), QStringLiteral("Batches"),
                QStringLiteral("Warteschlange"), QStringLiteral("Artefakte"),
                QStringLiteral("Warnungen")}));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionAddSource"))->text(),
            QStringLiteral("&Quelle hinzufügen…"));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionSettings"))->text(),
            QStringLiteral("E&instellungen…"));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionUserGuide"))->text(),
            QStringLiteral("&Benutzerhandbuch"));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionQuit"))->text(),
            QStringLiteral("&Beenden"));
        QCOMPARE(window.emptyState(Page::Sources)->title(), QStringLiteral("Noch keine Quellen"));
        QCOMPARE(
            window.emptyState(Page::Artifacts)->title(), QStringLiteral("Noch keine Artefakte"));
    }

    void wizardsInGerman()
    {
        QVERIFY(installTranslations(QStringLiteral("de")));
        const GuiContext context {m_db, std::make_shared<CredentialStore>(), nullptr};
        AddSourceWizard source(context);
        source.show();
        QCOMPARE(source.windowTitle(), QStringLiteral("Quelle hinzufügen"));
        QCOMPARE(source.currentPage()->title(), QStringLiteral("Verbindungsdaten"));
        QVERIFY(source.currentPage()->subTitle().startsWith(QStringLiteral("Schritt 1 von 5")));
        // Field labels of the first step.
        QStringList labels;
        for (QLabel *label : source.currentPage()->findChildren<QLabel *>())
            labels << label->text();
        QVERIFY2(labels.contains(QStringLiteral("&Benutzername:")), qPrintable(labels.join(u'|')));
        QVERIFY2(labels.contains(QStringLiteral("&Passwort:")), qPrintable(labels.join(u'|')));
        // Qt's own buttons come from Qt's German translation when it is installed.
        const QString cancel = source.button(QWizard::CancelButton)->text();
        QVERIFY2(cancel == QStringLiteral("Abbrechen") || cancel == QStringLiteral("Cancel"),
            qPrintable(cancel));

        AddTargetWizard target(TargetsContext {m_db, context.credentials, m_dataDir.path()}, {});
        target.show();
        QCOMPARE(target.windowTitle(), QStringLiteral("Ziel hinzufügen"));
        QCOMPARE(target.currentPage()->title(), QStringLiteral("Ziel"));
    }

    void settingsDialogInGerman()
    {
        QVERIFY(installTranslations(QStringLiteral("de")));
        SettingsDialog dialog(m_db, m_dataDir.path(), [] { return Status(); });
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
        QStringList groups;
        for (QGroupBox *box : dialog.findChildren<QGroupBox *>())
            groups << box->title();
        QCOMPARE(groups,
            (QStringList {QStringLiteral("Speicherort"), QStringLiteral("Migrationen"),
                QStringLiteral("Darstellung"), QStringLiteral("Protokolle und Diagnose")}));
        QCOMPARE(
            dialog.findChild<QAbstractButton *>(QStringLiteral("exportDiagnosticsButton"))->text(),
            QStringLiteral("Diagnose &exportieren…"));
    }

    void backToEnglish()
    {
        QVERIFY(installTranslations(QStringLiteral("en")));
        MainWindow window(StartupContext {m_dataDir.path(), m_db}, [] { return Status(); });
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
        QCOMPARE(MainWindow::pageTitle(Page::Queue), QStringLiteral("Queue"));
    }

    // Every text of the desktop (src/gui, ui and the core's messages) has a German translation.
    void everyTextHasAGermanTranslation()
    {
        QString error;
        const QList<TsMessage> messages = refreshed(QStringLiteral("ferry_de.ts"), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 1000);
        // A context named after the helper struct means lupdate could not resolve `Text::` there
        // (D-i18n-1): the code asks for another context at run time.
        QStringList misfiled;
        for (const TsMessage &m : messages)
            if (m.context == u"Text" && !isGone(m))
                misfiled << describe(m);
        QVERIFY2(misfiled.isEmpty(),
            qPrintable(QStringLiteral("lupdate files these texts under \"Text\", not under the "
                                      "context of their Q_DECLARE_TR_FUNCTIONS: call Text::tr() "
                                      "from a free function in the file's namespace instead of a "
                                      "member function (docs/decisions.md, D-i18n-1).\n%1")
                           .arg(misfiled.join(u'\n'))));
        // The same English elsewhere (another context, or one lupdate marked vanished after a
        // context was renamed) suggests the German.
        QHash<QString, QString> elsewhere;
        for (const TsMessage &m : messages)
            if (m.type != u"unfinished" && !m.numerus && !m.translations.value(0).isEmpty())
                elsewhere.insert(m.source, m.translations.value(0));
        QStringList missing;
        int untranslated = 0;
        for (const TsMessage &m : messages) {
            if (isGone(m))
                continue;
            if (m.type == u"unfinished" || m.translations.isEmpty()
                || m.translations.contains(QString())) {
                ++untranslated;
                missing << describe(m);
                if (elsewhere.contains(m.source))
                    missing << QStringLiteral("      German elsewhere: \"%1\"")
                                   .arg(elsewhere.value(m.source));
            }
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("%1 text(s) have no German translation. %2\n%3")
                           .arg(untranslated)
                           .arg(kHowToTranslate, missing.join(u'\n'))));
    }

    // Every %n text has its English forms ("1 VM", "2 VMs") in ferry_en.ts.
    void everyPluralHasEnglishForms()
    {
        QString error;
        const QList<TsMessage> messages
            = refreshed(QStringLiteral("ferry_en.ts"), {QStringLiteral("-pluralonly")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const TsMessage &m : messages)
            if (!isGone(m)
                && (m.type == u"unfinished" || m.translations.size() != 2
                    || m.translations.contains(QString())))
                missing << describe(m);
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("%1 plural(s) have no English forms. Run `ninja -C build "
                                      "ferry_lupdate`, then give each its two <numerusform>s in "
                                      "translations/ferry_en.ts (\"%n VM\", \"%n VMs\").\n%2")
                           .arg(missing.size())
                           .arg(missing.join(u'\n'))));
    }

    // The ferry_de.qm built into Ferry answers every German text of the .ts.
    void theBuiltQmHasEveryTranslation()
    {
        QTranslator qm;
        QVERIFY(qm.load(QStringLiteral(":/ferry/translations/ferry_de.qm")));
        QString error;
        const QList<TsMessage> messages
            = readTs(sourceDir() + QStringLiteral("/translations/ferry_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList wrong;
        for (const TsMessage &m : messages) {
            if (!m.type.isEmpty())
                continue;
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const QString got = qm.translate(context.constData(), source.constData(),
                comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 1 : -1);
            if (m.numerus ? got.isEmpty() : got != m.translations.value(0))
                wrong << describe(m);
        }
        QVERIFY2(wrong.isEmpty(),
            qPrintable(QStringLiteral("ferry_de.qm does not match translations/ferry_de.ts "
                                      "(rebuild ferry_gui):\n%1")
                           .arg(wrong.join(u'\n'))));
    }

    // The contexts the code asks for at run time are the ones lupdate wrote and lrelease built:
    // no hand-written tr() helpers, and every declared or literal context has translations.
    void everyRunTimeContextIsTranslated()
    {
        QTranslator qm;
        QVERIFY(qm.load(QStringLiteral(":/ferry/translations/ferry_de.qm")));
        QString error;
        const QList<TsMessage> messages
            = readTs(sourceDir() + QStringLiteral("/translations/ferry_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        std::map<QString, const TsMessage *> firstOf;
        for (const TsMessage &m : messages)
            if (m.type.isEmpty() && !firstOf.count(m.context))
                firstOf[m.context] = &m;

        const QRegularExpression declared(
            QStringLiteral("Q_DECLARE_TR_FUNCTIONS\\(\\s*([\\w:]+)\\s*\\)"));
        const QRegularExpression literal(
            QStringLiteral("QCoreApplication::translate\\(\\s*\"([^\"]+)\""));
        const QRegularExpression handWritten(QStringLiteral(
            "\\bQString\\s+tr\\s*\\(\\s*const\\s+char\\s*\\*|\\bauto\\s+tr\\s*=\\s*\\["));
        std::map<QString, std::set<QString>> contexts; // context -> files
        QStringList shims;
        QStringList pending;
        const QDir root(sourceDir());
        for (const QString &dir : lupdateDirs()) {
            QDirIterator it(root.filePath(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = root.relativeFilePath(path);
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                const bool isPending = kPendingHandWrittenTr.contains(relative);
                if (text.contains(handWritten))
                    (isPending ? pending : shims) << relative;
                if (isPending)
                    continue;
                for (const QRegularExpression *re : {&declared, &literal}) {
                    auto matches = re->globalMatch(text);
                    while (matches.hasNext())
                        contexts[matches.next().captured(1)].insert(relative);
                }
            }
        }
        if (!pending.isEmpty())
            qWarning("Still hand-written tr() (their texts stay English at run time): %s",
                qPrintable(pending.join(QStringLiteral(", "))));
        QVERIFY2(shims.isEmpty(),
            qPrintable(QStringLiteral(
                "These files define their own tr(): lupdate files its texts under the "
                "enclosing class or namespace, not under the context it asks for, so they stay "
                "English. Declare `struct Text { Q_DECLARE_TR_FUNCTIONS(<context>) };` and call "
                "Text::tr() instead:\n  %1")
                           .arg(shims.join(QStringLiteral("\n  ")))));

        QVERIFY(contexts.size() > 20);
        QStringList untranslated;
        for (const auto &[context, files] : contexts) {
            const auto found = firstOf.find(context);
            bool ok = found != firstOf.end();
            if (ok) {
                const TsMessage &m = *found->second;
                const QByteArray c = m.context.toUtf8();
                const QByteArray s = m.source.toUtf8();
                const QByteArray d = m.comment.toUtf8();
                ok = !qm.translate(c.constData(), s.constData(),
                            d.isEmpty() ? nullptr : d.constData(), m.numerus ? 1 : -1)
                          .isEmpty();
            }
            if (!ok)
                untranslated
                    << QStringLiteral("  %1 (%2)")
                           .arg(context,
                               QStringList(files.begin(), files.end()).join(QStringLiteral(", ")));
        }
        QVERIFY2(untranslated.isEmpty(),
            qPrintable(QStringLiteral("These translation contexts are used at run time but "
                                      "ferry_de.qm has no translation in them. %1\n%2")
                           .arg(kHowToTranslate, untranslated.join(u'\n'))));
    }

    // The connectivity status of issue 12, through the code that shows it.
    void presentationTextsInGerman()
    {
        QVERIFY(installTranslations(QStringLiteral("de")));
        Source source;
        source.connectivityStatus = connectivity::TlsError;
        source.cert.trustedSha256 = QStringLiteral("aa");
        source.cert.seenSha256 = QStringLiteral("bb");
        QCOMPARE(sourcepresentation::statusText(source),
            QStringLiteral("TLS-Fehler: Zertifikat geändert"));
        Source unreachable;
        unreachable.connectivityStatus = connectivity::CannotConnect;
        QCOMPARE(sourcepresentation::statusText(unreachable), QStringLiteral("Keine Verbindung"));
        QCOMPARE(InstanceRowBuilder::restrictionLabel(QStringLiteral("unknown-os")),
            QStringLiteral("Unbekanntes Betriebssystem"));
        QCOMPARE(QCoreApplication::translate("Expression", "division by zero"),
            QStringLiteral("Division durch null"));
        QCOMPARE(
            QCoreApplication::translate("ferry::gui::InstancesPage", "%Ln instance(s)", nullptr, 1),
            QStringLiteral("1 Instanz"));
        QVERIFY(installTranslations(QStringLiteral("en")));
        QCOMPARE(
            QCoreApplication::translate("ferry::gui::InstancesPage", "%Ln instance(s)", nullptr, 2),
            QStringLiteral("2 instances"));
        QCOMPARE(sourcepresentation::statusText(source),
            QStringLiteral("TLS error: certificate changed"));
    }

    void systemLanguageFollowsTheLocale()
    {
        QCOMPARE(
            effectiveLanguage(QStringLiteral("system"), QLocale(QLocale::German, QLocale::Germany)),
            QStringLiteral("de"));
        QCOMPARE(
            effectiveLanguage(QStringLiteral("system"), QLocale(QLocale::French, QLocale::France)),
            QStringLiteral("en"));
        QCOMPARE(effectiveLanguage(QStringLiteral("de"), QLocale::c()), QStringLiteral("de"));
    }

    // Dates and numbers follow the chosen language, not the system's.
    void numbersAndDatesFollowTheLanguage()
    {
        const QLocale germany(QLocale::German, QLocale::Germany);
        const QLocale austria(QLocale::German, QLocale::Austria);
        QCOMPARE(localeForLanguage(QStringLiteral("de"), QLocale::c()).language(), QLocale::German);
        QCOMPARE(localeForLanguage(QStringLiteral("de"), austria), austria);
        QCOMPARE(localeForLanguage(QStringLiteral("en"), QLocale::c()), QLocale::c());
        const QLocale englishInGermany = localeForLanguage(QStringLiteral("en"), germany);
        QCOMPARE(englishInGermany.language(), QLocale::English);
        QCOMPARE(localeForLanguage(
                     QStringLiteral("de"), QLocale(QLocale::English, QLocale::UnitedStates))
                     .toString(1.5, 'f', 1),
            QStringLiteral("1,5"));

        // installTranslations makes it the default: a German Ferry writes German numbers.
        QVERIFY(installTranslations(QStringLiteral("de")));
        QCOMPARE(QLocale().toString(1.5, 'f', 1), QStringLiteral("1,5"));
        // A migration window, as the Queue page's details show it.
        MigrationWindow w;
        w.name = QStringLiteral("nacht");
        w.start = QDateTime(QDate(2026, 12, 7), QTime(22, 0), Qt::UTC);
        w.end = QDateTime(QDate(2026, 12, 8), QTime(5, 30), Qt::UTC);
        QCOMPARE(
            queuetext::windowText(w), QStringLiteral("nacht: 07.12.26 22:00 – 08.12.26 05:30 UTC"));
        w.end = QDateTime();
        QCOMPARE(
            queuetext::windowText(w), QStringLiteral("nacht: ab 07.12.26 22:00 UTC, ohne Ende"));
        QCOMPARE(queuetext::batchStatusText(QStringLiteral("Running")), QStringLiteral("Läuft"));
        QVERIFY(installTranslations(QStringLiteral("en")));
        QCOMPARE(QLocale().toString(1.5, 'f', 1), QStringLiteral("1.5"));
    }
};

QTEST_MAIN(TestGermanTranslation)
#include "test_germantranslation.moc"
