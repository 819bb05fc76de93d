#pragma once

// Accessibility checks shared by the GUI tests: every interactive widget a person can reach has
// an accessible name (its own, its text, or a buddy label's), and the keyboard's focus chain
// visits the widgets of every form and box layout in the order they are laid out.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QBoxLayout>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace ferry::gui::test {

inline bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QTabBar *>(w);
}

// Parts of a composite widget (a spin box's or combo box's line edit, a tab bar's scroll
// buttons, a line edit's clear button, a combo's list, a header's viewport): their owner carries
// the name.
inline bool isPartOfAnother(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root->parentWidget();
         p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QTabBar *>(p) || qobject_cast<const QAbstractItemView *>(p)
            || qobject_cast<const QLineEdit *>(p))
            return true;
        if (p->inherits("QCalendarWidget") || p->inherits("QToolBarExtension"))
            return true;
    }
    return w->inherits("QToolBarExtension")
        || w->objectName() == QLatin1String("qt_toolbar_ext_button")
        || w->objectName().startsWith(QLatin1String("qt_"));
}

inline QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

inline QString describe(const QWidget *w)
{
    QString path;
    for (const QObject *o = w; o; o = o->parent()) {
        const QString name = o->objectName().isEmpty()
            ? QString::fromLatin1(o->metaObject()->className())
            : o->objectName();
        path = path.isEmpty() ? name : name + QLatin1Char('/') + path;
        if (o->isWidgetType() && static_cast<const QWidget *>(o)->isWindow())
            break;
    }
    return path;
}

// The interactive widgets under root, as a person can see them once root is shown, without a
// name. `where` prefixes the messages.
inline QStringList unnamedWidgets(QWidget *root, const QString &where)
{
    QStringList problems;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!isInteractive(w) || !w->isVisibleTo(root) || isPartOfAnother(w, root))
            continue;
        if (accessibleName(w).isEmpty())
            problems << QStringLiteral("%1: %2 (%3) has no accessible name")
                            .arg(where, describe(w),
                                QString::fromLatin1(w->metaObject()->className()));
    }
    return problems;
}

inline bool takesTabFocus(const QWidget *w, const QWidget *root)
{
    return (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(root) && w->isEnabledTo(root)
        && !w->focusProxy();
}

// The focus chain from root, restricted to root's descendants that take Tab focus.
inline QList<QWidget *> focusChain(QWidget *root)
{
    QList<QWidget *> chain;
    QWidget *w = root->nextInFocusChain();
    int guard = 0;
    while (w && w != root && guard++ < 100000) {
        if (root->isAncestorOf(w) && takesTabFocus(w, root) && !chain.contains(w))
            chain << w;
        w = w->nextInFocusChain();
    }
    return chain;
}

inline void collectLayoutWidgets(QLayoutItem *item, QList<QWidget *> &out)
{
    if (!item)
        return;
    if (QWidget *w = item->widget()) {
        out << w;
        return;
    }
    if (QLayout *l = item->layout())
        for (int i = 0; i < l->count(); ++i)
            collectLayoutWidgets(l->itemAt(i), out);
}

// The first widget taking Tab focus in w's subtree (w itself first), in chain order.
inline int firstChainIndex(QWidget *w, const QList<QWidget *> &chain)
{
    int best = -1;
    for (int i = 0; i < chain.size(); ++i) {
        if (chain[i] == w || w->isAncestorOf(chain[i])) {
            best = i;
            break;
        }
    }
    return best;
}

// Every focusable widget under root is in the chain, once; within each form and box layout,
// the chain visits the rows (and the items of a row) in their visual order.
inline QStringList tabOrderProblems(QWidget *root, const QString &where)
{
    QStringList problems;
    const QList<QWidget *> chain = focusChain(root);
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (takesTabFocus(w, root) && isInteractive(w) && !isPartOfAnother(w, root)
            && !chain.contains(w))
            problems << QStringLiteral("%1: %2 is not in the focus chain").arg(where, describe(w));
    }
    const QList<QLayout *> layouts = root->findChildren<QLayout *>();
    QList<QLayout *> withRoot = layouts;
    if (root->layout())
        withRoot << root->layout();
    for (QLayout *layout : std::as_const(withRoot)) {
        QList<QWidget *> ordered;
        if (auto *form = qobject_cast<QFormLayout *>(layout)) {
            for (int row = 0; row < form->rowCount(); ++row) {
                collectLayoutWidgets(form->itemAt(row, QFormLayout::LabelRole), ordered);
                collectLayoutWidgets(form->itemAt(row, QFormLayout::FieldRole), ordered);
                collectLayoutWidgets(form->itemAt(row, QFormLayout::SpanningRole), ordered);
            }
        } else if (auto *box = qobject_cast<QBoxLayout *>(layout)) {
            for (int i = 0; i < box->count(); ++i)
                collectLayoutWidgets(box->itemAt(i), ordered);
            if (box->direction() == QBoxLayout::RightToLeft
                || box->direction() == QBoxLayout::BottomToTop)
                std::reverse(ordered.begin(), ordered.end());
        } else {
            continue;
        }
        // Only widgets of this layout's own parent, visible, that hold something focusable.
        int last = -1;
        QWidget *lastWidget = nullptr;
        for (QWidget *w : std::as_const(ordered)) {
            if (!w->isVisibleTo(root) || w->isWindow())
                continue;
            const int index = firstChainIndex(w, chain);
            if (index < 0)
                continue;
            if (index < last)
                problems << QStringLiteral("%1: Tab reaches %2 before %3, which is laid out "
                                           "before it")
                                .arg(where, describe(w), describe(lastWidget));
            last = index;
            lastWidget = w;
        }
    }
    return problems;
}

inline QStringList accessibilityProblems(QWidget *root, const QString &where)
{
    return unnamedWidgets(root, where) + tabOrderProblems(root, where);
}

} // namespace ferry::gui::test
