#pragma once

// Small widgets the pages of the Batch wizard share.

#include <QFont>
#include <QString>

class QLabel;
class QProgressBar;
class QWidget;

namespace ferry::gui::batchwizard {

// A hidden, word-wrapped label in the error colours.
QLabel *problemLabel(QWidget *parent, const QString &objectName);
// Shows text in label, or hides it when text is empty.
void showProblem(QLabel *label, const QString &text);
// A thin, hidden, indeterminate progress bar.
QProgressBar *busyBar(QWidget *parent, const QString &objectName);
QFont monospace(const QFont &base);

} // namespace ferry::gui::batchwizard
