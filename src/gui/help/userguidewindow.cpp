#include "help/userguidewindow.h"

#include "common/icons.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

// Screenshots are as wide as Ferry's window: shown at most maxWidth wide, keeping their shape.
void fitImages(QTextBrowser *browser, int maxWidth)
{
    QTextDocument *document = browser->document();
    const QUrl base = browser->source();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QString file = base.resolved(QUrl(format.name())).toLocalFile();
            const QSize size = QImageReader(file).size();
            if (!size.isValid() || size.width() <= maxWidth)
                continue;
            format.setWidth(maxWidth);
            format.setHeight(double(size.height()) * maxWidth / size.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

} // namespace

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("Ferry User Guide"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto makeButton = [this](const QString &objectName, const QString &text,
                          QStyle::StandardPixmap icon, const QKeySequence &key) {
        auto *button = new QToolButton(this);
        button->setObjectName(objectName);
        button->setText(text);
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        button->setIcon(style()->standardIcon(icon));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        if (!key.isEmpty()) {
            button->setShortcut(key);
            button->setToolTip(QStringLiteral("%1 (%2)").arg(
                button->accessibleName(), key.toString(QKeySequence::NativeText)));
        }
        return button;
    };
    m_back = makeButton(QStringLiteral("userGuideBackButton"), tr("&Back"), QStyle::SP_ArrowBack,
        QKeySequence::Back);
    m_forward = makeButton(QStringLiteral("userGuideForwardButton"), tr("&Forward"),
        QStyle::SP_ArrowForward, QKeySequence::Forward);
    m_home = makeButton(QStringLiteral("userGuideContentsButton"), tr("&Contents"),
        QStyle::SP_DirHomeIcon, QKeySequence(Qt::ALT | Qt::Key_Home));

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(24);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_home);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);

    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_home, &QToolButton::clicked, m_browser, &QTextBrowser::home);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    const QString path = userGuidePath();
    if (path.isEmpty()) {
        m_browser->setMarkdown(tr("# The user guide is not installed\n\n"
                                  "Ferry looked for `user-guide.md` next to the program and did "
                                  "not find it. The guide is `docs/user-guide.md` in Ferry's "
                                  "sources; packages install it under `share/doc/ferry`."));
        m_home->setEnabled(false);
    } else {
        m_browser->setSearchPaths({QFileInfo(path).absolutePath()});
        connect(
            m_browser, &QTextBrowser::sourceChanged, this, [this] { fitImages(m_browser, 720); });
        m_browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
        m_loaded = !m_browser->document()->isEmpty();
    }
    resize(920, 760);
}

UserGuideWindow::~UserGuideWindow() = default;

QString UserGuideWindow::userGuidePath()
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("FERRY_USER_GUIDE");
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment;
    const QDir bin(QCoreApplication::applicationDirPath());
    candidates << bin.filePath(QStringLiteral("../share/doc/ferry/user-guide.md"))
               << bin.filePath(QStringLiteral("../doc/user-guide.md"));
    for (const QString &candidate : std::as_const(candidates))
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).absoluteFilePath();
    return {};
}

} // namespace ferry::gui
