#include "batches/expressionedit.h"

#include "common/colors.h"
#include "expr/expression.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSet>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolTip>

namespace ferry::gui {

namespace {

const QSet<QString> &keywords()
{
    static const QSet<QString> words {QStringLiteral("and"), QStringLiteral("or"),
        QStringLiteral("not"), QStringLiteral("in"), QStringLiteral("matches"),
        QStringLiteral("contains"), QStringLiteral("startsWith"), QStringLiteral("endsWith"),
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("nil")};
    return words;
}

const QSet<QString> &fieldWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        for (const QString &f : expr::Expression::fieldNames())
            out.insert(f);
        for (const char *array : {"disks", "nics", "snapshots"})
            for (const QString &f : expr::Expression::elementFieldNames(QString::fromLatin1(array)))
                out.insert(f);
        return out;
    }();
    return words;
}

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

bool isNamePart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

} // namespace

ExpressionHighlighter::ExpressionHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

ExpressionHighlighter::~ExpressionHighlighter() = default;

QVector<ExpressionHighlighter::Kind> ExpressionHighlighter::classify(const QString &line)
{
    QVector<Kind> kinds(line.size(), Kind::Plain);
    const auto mark = [&](qsizetype from, qsizetype to, Kind kind) {
        for (qsizetype i = from; i < to && i < kinds.size(); ++i)
            kinds[i] = kind;
    };
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`')) {
            qsizetype j = i + 1;
            while (j < line.size() && line.at(j) != c) {
                if (line.at(j) == QLatin1Char('\\') && c != QLatin1Char('`'))
                    ++j;
                ++j;
            }
            mark(i, j + 1, Kind::String);
            i = j + 1;
        } else if (c.isDigit()) {
            qsizetype j = i;
            while (j < line.size()
                && (line.at(j).isLetterOrNumber() || line.at(j) == QLatin1Char('.')
                    || line.at(j) == QLatin1Char('_')))
                ++j;
            mark(i, j, Kind::Number);
            i = j;
        } else if (isNameStart(c)) {
            qsizetype j = i;
            while (j < line.size() && isNamePart(line.at(j)))
                ++j;
            const QString word = line.mid(i, j - i);
            qsizetype k = j;
            while (k < line.size() && line.at(k).isSpace())
                ++k;
            const bool call = k < line.size() && line.at(k) == QLatin1Char('(');
            const bool member = i > 0 && line.at(i - 1) == QLatin1Char('.');
            if (keywords().contains(word) && !member)
                mark(i, j, Kind::Keyword);
            else if (call)
                mark(i, j, Kind::Function);
            else if (fieldWords().contains(word))
                mark(i, j, Kind::Field);
            i = j;
        } else {
            ++i;
        }
    }
    return kinds;
}

void ExpressionHighlighter::highlightBlock(const QString &text)
{
    const bool dark = QPalette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat string;
    string.setForeground(dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x7a, 0x2e));
    QTextCharFormat number;
    number.setForeground(dark ? QColor(0xf7, 0xb9, 0x7a) : QColor(0xa8, 0x4b, 0x00));
    QTextCharFormat keyword;
    keyword.setForeground(dark ? QColor(0xc5, 0x9b, 0xf5) : QColor(0x6f, 0x2d, 0xa8));
    keyword.setFontWeight(QFont::Bold);
    QTextCharFormat function;
    function.setForeground(dark ? QColor(0x7c, 0xc4, 0xfa) : QColor(0x0b, 0x5c, 0xad));
    QTextCharFormat field;
    field.setForeground(dark ? QColor(0x80, 0xde, 0xd9) : QColor(0x00, 0x6d, 0x77));

    const QVector<Kind> kinds = classify(text);
    qsizetype i = 0;
    while (i < kinds.size()) {
        qsizetype j = i;
        while (j < kinds.size() && kinds.at(j) == kinds.at(i))
            ++j;
        switch (kinds.at(i)) {
        case Kind::String:
            setFormat(int(i), int(j - i), string);
            break;
        case Kind::Number:
            setFormat(int(i), int(j - i), number);
            break;
        case Kind::Keyword:
            setFormat(int(i), int(j - i), keyword);
            break;
        case Kind::Function:
            setFormat(int(i), int(j - i), function);
            break;
        case Kind::Field:
            setFormat(int(i), int(j - i), field);
            break;
        case Kind::Plain:
            break;
        }
        i = j;
    }
}

ExpressionEdit::ExpressionEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new ExpressionHighlighter(document()))
    , m_completer(new QCompleter(this))
    , m_words(new QStringListModel(this))
{
    setObjectName(QStringLiteral("expressionEdit"));
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont mono = font();
    mono.setFamilies({QStringLiteral("monospace")});
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);

    QStringList words;
    for (const QString &f : expr::Expression::fieldNames())
        words << f;
    for (const QString &f : expr::Expression::functionNames())
        words << f;
    words.removeDuplicates();
    words.sort(Qt::CaseInsensitive);
    m_words->setStringList(words);
    m_completer->setModel(m_words);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("expressionCompletions"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
        &ExpressionEdit::insertCompletion);
}

ExpressionEdit::~ExpressionEdit() = default;

QSize ExpressionEdit::sizeHint() const
{
    const QSize hint = QPlainTextEdit::sizeHint();
    return {hint.width(), fontMetrics().lineSpacing() * 4 + 2 * frameWidth() + 8};
}

void ExpressionEdit::setErrorMarker(int offset, int length, const QString &message)
{
    m_errorOffset = offset;
    m_errorMessage = message;
    QList<QTextEdit::ExtraSelection> selections;
    if (offset >= 0) {
        const int size = document()->characterCount() - 1; // without the final paragraph mark
        int from = qMin(offset, size);
        int to = qMin(size, from + qMax(1, length));
        if (from == to && from > 0) {
            // At the end (something is missing): mark the last token before it.
            const QString text = toPlainText();
            int end = from;
            while (end > 0 && text.at(end - 1).isSpace())
                --end;
            int start = end;
            if (start > 0 && isNamePart(text.at(start - 1))) {
                while (start > 0 && isNamePart(text.at(start - 1)))
                    --start;
            } else {
                while (
                    start > 0 && !text.at(start - 1).isSpace() && !isNamePart(text.at(start - 1)))
                    --start;
            }
            from = start < end ? start : from - 1;
            to = start < end ? end : to;
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(from);
        selection.cursor.setPosition(to, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(errorTextColor(palette()));
        if (from == to) // an empty text: show a marker where typing starts
            selection.format.setBackground(errorTextColor(palette()).lighter(180));
        selection.format.setToolTip(message);
        selections << selection;
    }
    setExtraSelections(selections);
}

QString ExpressionEdit::wordBeforeCursor() const
{
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    int i = cursor.positionInBlock();
    const int end = i;
    while (i > 0 && isNamePart(line.at(i - 1)))
        --i;
    if (i < end && !isNameStart(line.at(i)))
        return {};
    return line.mid(i, end - i);
}

void ExpressionEdit::insertCompletion(const QString &completion)
{
    QTextCursor cursor = textCursor();
    const int typed = int(wordBeforeCursor().size());
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, typed);
    cursor.insertText(completion);
    setTextCursor(cursor);
}

void ExpressionEdit::showCompletions(bool forced)
{
    const QString word = wordBeforeCursor();
    if (!forced && word.size() < 2) {
        m_completer->popup()->hide();
        return;
    }
    if (word != m_completer->completionPrefix()) {
        m_completer->setCompletionPrefix(word);
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == word)) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
        + m_completer->popup()->verticalScrollBar()->sizeHint().width() + 8);
    m_completer->complete(rect);
}

void ExpressionEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer's popup handles them
            return;
        default:
            break;
        }
    }
    const bool forced = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (!forced) {
        // Return would start a new line; an expression reads better on one.
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            && !(event->modifiers() & Qt::ShiftModifier)) {
            event->ignore();
            return;
        }
        QPlainTextEdit::keyPressEvent(event);
    }
    const QString typed = event->text();
    if (forced || (!typed.isEmpty() && isNamePart(typed.back())))
        showCompletions(forced);
    else
        m_completer->popup()->hide();
}

bool ExpressionEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_errorOffset >= 0) {
        auto *help = static_cast<QHelpEvent *>(event);
        QToolTip::showText(help->globalPos(), m_errorMessage, this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace ferry::gui
