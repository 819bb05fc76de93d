#include "batches/batchwizardwidgets.h"

#include "common/colors.h"

#include <QLabel>
#include <QProgressBar>

namespace ferry::gui::batchwizard {

QLabel *problemLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setPalette(errorPalette(label->palette()));
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QProgressBar *busyBar(QWidget *parent, const QString &objectName)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(6);
    bar->hide();
    return bar;
}

QFont monospace(const QFont &base)
{
    QFont f = base;
    f.setFamilies({QStringLiteral("monospace")});
    f.setStyleHint(QFont::Monospace);
    return f;
}

} // namespace ferry::gui::batchwizard
