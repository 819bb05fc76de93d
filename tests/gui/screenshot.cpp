// Renders Ferry's main window to a PNG with QWidget::grab(), for docs/screenshots/ and for looking
// at the GUI without a desktop session:
//
//   xvfb-run -a -s "-screen 0 1280x800x24" build/tests/gui/ferry_gui_screenshot out.png
//       [--page queue] [--dark] [--size 1200x760] [--about] [--error]
//       [--lab DIR/lab.env [--add-source-step connection|connect|certificate|trusted|summary]
//        [--wrong-password] [--endpoint HOST:PORT]
//        [--select LOCATION] [--filter TEXT] [--dialog overrides|mapping|edit|sync]]
//
// It uses a fresh temporary data directory and temporary settings, and the real keychain probe,
// so the status bar shows what this machine would show.
//
// With --lab (a running lab, see tests/lab/README.md) it drives the Add Source wizard against the
// lab's vCenter simulator as a person would. --add-source-step stops there and renders the
// wizard (the certificate step shows the lab's real certificate); otherwise it finishes the
// wizard, adds the ESXi simulator the same way, and renders the page (--page) with the instance
// at LOCATION selected, or one of its dialogs (--dialog) for that instance, the first network or
// the source vc01.

#include "about/aboutdialog.h"
#include "common/errordialog.h"
#include "common/icons.h"
#include "instances/instanceoverridesdialog.h"
#include "instances/instancesmodel.h"
#include "instances/instancespage.h"
#include "mainwindow/keychainstatuswidget.h"
#include "mainwindow/mainwindow.h"
#include "networks/networkmappingdialog.h"
#include "networks/networkspage.h"
#include "sources/addsourcewizard.h"
#include "sources/sourcespage.h"
#include "sources/syncdialog.h"
#include "startup/startup.h"

#include "common/labenv.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>

using namespace ferry::gui;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x23);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8f, 0xdb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, disabled);
    return p;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(50);
    }
    return true;
}

// Opens the Add Source wizard and fills the first step from the lab.
QString g_wrongPassword;
QString g_endpoint;

AddSourceWizard *startWizard(
    MainWindow &window, const ferry::test::LabEnv &lab, const QString &prefix, const QString &name)
{
    window.findChild<QAction *>(QStringLiteral("actionAddSource"))->trigger();
    auto *wizard = window.findChild<AddSourceWizard *>(QStringLiteral("addSourceWizard"));
    if (!wizard || !QTest::qWaitForWindowExposed(wizard))
        return nullptr;
    wizard->findChild<QLineEdit *>(QStringLiteral("endpointEdit"))
        ->setText(
            g_endpoint.isEmpty() ? lab.value(prefix + QStringLiteral("_HOST_PORT")) : g_endpoint);
    wizard->findChild<QLineEdit *>(QStringLiteral("sourceNameEdit"))->setText(name);
    wizard->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))
        ->setText(lab.value(prefix + QStringLiteral("_USER")));
    wizard->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
        ->setText(g_wrongPassword.isEmpty() ? lab.value(prefix + QStringLiteral("_PASSWORD"))
                                            : g_wrongPassword);
    return wizard;
}

bool toCertificatePage(AddSourceWizard *wizard)
{
    wizard->next();
    return waitFor([wizard] { return wizard->currentId() == AddSourceWizard::CertificatePageId; });
}

bool toSummary(AddSourceWizard *wizard)
{
    wizard->currentPage()
        ->findChild<QCheckBox *>(QStringLiteral("trustCertificateCheckBox"))
        ->setChecked(true);
    wizard->next();
    return waitFor([wizard] { return wizard->currentId() == AddSourceWizard::SummaryPageId; });
}

bool save(QWidget *widget, const QString &file)
{
    QTest::qWait(100);
    if (!widget->grab().save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // The lab's keyring must be this process's session bus before Qt connects to one (the xcb
    // platform does at start), so --lab is looked at before the application exists.
    ferry::test::LabEnv lab;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lab") == 0) {
            qputenv("FERRY_LAB_ENV", argv[i + 1]);
            lab = ferry::test::LabEnv::load();
            if (!lab.isValid()) {
                std::fprintf(stderr, "cannot read %s\n", argv[i + 1]);
                return 1;
            }
            lab.useLabKeyring();
        }
    }
    setApplicationMetadata();
    QApplication app(argc, argv);
    QApplication::setWindowIcon(applicationIcon());

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("PNG to write"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("page key"),
        QStringLiteral("key"), QStringLiteral("sources"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("dark palette"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("WxH"),
        QStringLiteral("size"), QStringLiteral("1200x760"));
    const QCommandLineOption aboutOption(QStringLiteral("about"), QStringLiteral("the About box"));
    const QCommandLineOption errorOption(
        QStringLiteral("error"), QStringLiteral("the start-up error dialog"));
    const QCommandLineOption labOption(
        QStringLiteral("lab"), QStringLiteral("a running lab's lab.env"), QStringLiteral("file"));
    const QCommandLineOption stepOption(QStringLiteral("add-source-step"),
        QStringLiteral("connection, certificate or summary"), QStringLiteral("step"));
    const QCommandLineOption selectOption(QStringLiteral("select"),
        QStringLiteral("instance location to select"), QStringLiteral("location"));
    const QCommandLineOption filterOption(QStringLiteral("filter"),
        QStringLiteral("text typed into the Instances search box"), QStringLiteral("text"));
    const QCommandLineOption dialogOption(QStringLiteral("dialog"),
        QStringLiteral("overrides, mapping, edit or sync"), QStringLiteral("name"));
    const QCommandLineOption wrongOption(
        QStringLiteral("wrong-password"), QStringLiteral("type a wrong password"));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"),
        QStringLiteral("another endpoint"), QStringLiteral("host:port"));
    parser.addOptions({pageOption, darkOption, sizeOption, aboutOption, errorOption, labOption,
        stepOption, selectOption, filterOption, dialogOption, wrongOption, endpointOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString file = parser.positionalArguments().constFirst();
    if (parser.isSet(wrongOption))
        g_wrongPassword = QStringLiteral("not the password");
    g_endpoint = parser.value(endpointOption);

    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    if (parser.isSet(errorOption)) {
        ErrorDialog dialog(QStringLiteral("Ferry cannot start"),
            ferry::Error(ferry::Error::Code::DatabaseTooNew,
                QStringLiteral("The database /home/admin/.local/share/Ferry/ferry.db was written "
                               "by a newer version of Ferry (schema 999; this Ferry knows up to "
                               "2). Install a newer Ferry or choose another data directory; "
                               "the file was not changed.")));
        dialog.show();
        dialog.setDetailsVisible(true);
        return save(&dialog, file) ? 0 : 1;
    }
    if (parser.isSet(aboutOption)) {
        AboutDialog dialog;
        dialog.show();
        return save(&dialog, file) ? 0 : 1;
    }

    QTemporaryDir settingsDir;
    QTemporaryDir dataDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    StartupOptions options;
    options.dataDirectoryOverride = dataDir.path();
    options.installLogger = false;
    auto startup = prepareStartup(options);
    if (!startup) {
        std::fprintf(stderr, "%s\n", qPrintable(startup.error().toString()));
        return 1;
    }

    MainWindow window(*startup);
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.showPage(pageFromKey(parser.value(pageOption)).value_or(Page::Sources));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QElapsedTimer timer;
    timer.start();
    while (window.keychainStatus()->state() == KeychainStatusWidget::State::Checking
        && timer.elapsed() < 15000)
        QTest::qWait(50);

    if (lab.isValid()) {
        AddSourceWizard *wizard
            = startWizard(window, lab, QStringLiteral("FERRY_LAB_VC"), QStringLiteral("vc01"));
        if (!wizard)
            return 1;
        const QString step = parser.value(stepOption);
        if (step == QLatin1String("connection"))
            return save(wizard, file) ? 0 : 1;
        if (step == QLatin1String("connect")) {
            wizard->next();
            QTest::qWait(g_endpoint.isEmpty() ? 1000 : 3000);
            return save(wizard, file) ? 0 : 1;
        }
        if (!toCertificatePage(wizard)) {
            std::fprintf(stderr, "the wizard did not reach the certificate step\n");
            return save(wizard, file) ? 2 : 1;
        }
        if (step == QLatin1String("certificate"))
            return save(wizard, file) ? 0 : 1;
        if (step == QLatin1String("trusted")) {
            wizard->currentPage()
                ->findChild<QCheckBox *>(QStringLiteral("trustCertificateCheckBox"))
                ->setChecked(true);
            wizard->next();
            QTest::qWait(1500);
            return save(wizard, file) ? 0 : 1;
        }
        if (!toSummary(wizard)) {
            std::fprintf(stderr, "the wizard did not reach the summary\n");
            return save(wizard, file) ? 2 : 1;
        }
        if (step == QLatin1String("summary"))
            return save(wizard, file) ? 0 : 1;
        wizard->findChild<QCheckBox *>(QStringLiteral("showInstancesCheckBox"))->setChecked(false);
        wizard->accept();
        QTest::qWait(100);
        if (!lab.value(QStringLiteral("FERRY_LAB_ESX_HOST_PORT")).isEmpty()) {
            wizard = startWizard(
                window, lab, QStringLiteral("FERRY_LAB_ESX"), QStringLiteral("esxi01"));
            if (!wizard || !toCertificatePage(wizard) || !toSummary(wizard))
                return 1;
            wizard->findChild<QCheckBox *>(QStringLiteral("showInstancesCheckBox"))
                ->setChecked(false);
            wizard->accept();
        }
        window.showPage(pageFromKey(parser.value(pageOption)).value_or(Page::Sources));
        InstancesPage *instances = window.instancesPage();
        waitFor([instances] {
            return !instances->isLoading() && instances->model()->totalCount() > 0;
        });
        if (parser.isSet(filterOption)) {
            QTest::keyClicks(instances->filterEdit(), parser.value(filterOption));
            QTest::qWait(400);
            waitFor([instances] {
                return instances->model()->filterText()
                    == instances->filterEdit()->text().trimmed();
            });
        }
        if (parser.isSet(selectOption)) {
            InstancesModel *model = instances->model();
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->rowAt(row)->location == parser.value(selectOption))
                    instances->selectInstance(model->rowAt(row)->id);
        }
        window.sourcesPage()->selectSource(QStringLiteral("vc01"));
        QTest::qWait(300);
        const QString dialogName = parser.value(dialogOption);
        QWidget *dialog = nullptr;
        if (dialogName == QLatin1String("overrides"))
            dialog = instances->editOverrides();
        else if (dialogName == QLatin1String("mapping"))
            dialog = window.networksPage()->editSelected();
        else if (dialogName == QLatin1String("edit"))
            dialog = window.sourcesPage()->editSelected();
        else if (dialogName == QLatin1String("sync")) {
            dialog = window.sourcesPage()->syncAll();
            waitFor([dialog] {
                return dialog->findChild<QWidget *>(QStringLiteral("closeButton"))->isVisible();
            });
        }
        if (dialog) {
            if (!QTest::qWaitForWindowExposed(dialog))
                std::fprintf(stderr, "the window was not shown\n");
            return save(dialog, file) ? 0 : 1;
        }
    }
    return save(&window, file) ? 0 : 1;
}
