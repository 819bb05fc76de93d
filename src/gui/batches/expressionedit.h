#pragma once

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

class QCompleter;
class QStringListModel;

namespace ferry::gui {

// Colours the selection language: strings, numbers, keywords (and, or, not, in, matches, ...),
// function names (a name followed by an opening parenthesis) and the instance's field names.
class ExpressionHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpressionHighlighter)

public:
    enum class Kind { Plain, String, Number, Keyword, Function, Field };

    explicit ExpressionHighlighter(QTextDocument *document);
    ~ExpressionHighlighter() override;

    // The kind of each character of one line, as highlightBlock colours it (for tests).
    static QVector<Kind> classify(const QString &line);

protected:
    void highlightBlock(const QString &text) override;
};

// An editor for an include expression: highlighting, completion of field and function names
// (Ctrl+Space, or after two letters of a name), and an error marker: a red wavy underline from
// the error's character to the end of its token, with the message as the tooltip.
class ExpressionEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpressionEdit)

public:
    explicit ExpressionEdit(QWidget *parent = nullptr);
    ~ExpressionEdit() override;

    // Marks the text from offset (0-based, UTF-16) over length characters (at least one; at the
    // end of the text the last character); offset < 0 clears the marker.
    void setErrorMarker(int offset, int length, const QString &message);
    void clearErrorMarker() { setErrorMarker(-1, 0, {}); }
    bool hasErrorMarker() const { return m_errorOffset >= 0; }
    int errorOffset() const { return m_errorOffset; }
    QCompleter *completer() const { return m_completer; }
    // The word being typed before the cursor ("" when none).
    QString wordBeforeCursor() const;
    QSize sizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void insertCompletion(const QString &completion);
    void showCompletions(bool forced);

    ExpressionHighlighter *m_highlighter = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_words = nullptr;
    int m_errorOffset = -1;
    QString m_errorMessage;
};

} // namespace ferry::gui
