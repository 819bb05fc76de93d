#pragma once

#include "common/guicontext.h"
#include "sources/sourceservice.h"
#include "util/result.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace ferry::gui {

struct SourceJobControl;

// Syncs one or more sources one after the other, off the GUI thread: which source, how many
// VMs were read so far, a Cancel that really stops the sync in flight, and at the end one line
// per source (counts, warnings or the error). Tells the pages when the inventory changed.
class SyncDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncDialog)

public:
    SyncDialog(GuiContext context, QStringList sourceNames, QWidget *parent = nullptr);
    ~SyncDialog() override;

    // Starts with the first source; call after show().
    void start();
    bool isRunning() const { return bool(m_control); }
    int failures() const { return m_failures; }

Q_SIGNALS:
    void finished();

protected:
    void reject() override;

private:
    void syncNext();
    void onSourceFinished(const QString &name, const Result<SyncReport> &result);
    void updateProgress();
    void finish();

    GuiContext m_context;
    QStringList m_names;
    int m_next = 0;
    int m_failures = 0;
    bool m_canceled = false;
    QLabel *m_stage = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_count = nullptr;
    QListWidget *m_results = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_timer = nullptr;
    std::shared_ptr<SourceJobControl> m_control;
};

} // namespace ferry::gui
