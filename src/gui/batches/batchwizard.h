#pragma once

#include "batch/batchyaml.h"
#include "common/guicontext.h"
#include "model/target.h"
#include "util/result.h"

#include <QWizard>

#include <functional>

namespace ferry::gui {

class BatchNamePage;
class BatchSelectionPage;
class BatchWindowsPage;
class BatchPlacementPage;
class BatchOptionsPage;
class BatchPreflightPage;
class BatchSummaryPage;

// How the wizard reads a target's live inventory: by default TargetService::refresh (the server
// is asked, the cache in the database updated); tests give their own.
using TargetRefresher = std::function<Result<Target>(const QString &targetName)>;

struct BatchWizardContext
{
    GuiContext gui;
    TargetRefresher refreshTarget; // empty: TargetService::refresh
};

// Creates a batch: name, selection (the include expression with a live preview), migration
// windows, placement from the target's live inventory (with an optional script and a dry
// run), options, the pre-flight checks of every selected instance, and the YAML that is saved
// — through BatchService::addFromYaml, exactly as `ferryctl batch add --file` — optionally
// started at once.
class BatchWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchWizard)

public:
    enum PageId {
        NamePage,
        SelectionPage,
        WindowsPage,
        PlacementPage,
        OptionsPage,
        PreflightPage,
        SummaryPage
    };

    explicit BatchWizard(BatchWizardContext context, QWidget *parent = nullptr);
    ~BatchWizard() override;

    // The batch as the pages describe it now.
    batch::BatchDocument document() const;
    QByteArray yaml() const;
    const BatchWizardContext &context() const { return m_context; }

    BatchNamePage *namePage() const { return m_name; }
    BatchSelectionPage *selectionPage() const { return m_selection; }
    BatchWindowsPage *windowsPage() const { return m_windows; }
    BatchPlacementPage *placementPage() const { return m_placement; }
    BatchOptionsPage *optionsPage() const { return m_options; }
    BatchPreflightPage *preflightPage() const { return m_preflight; }
    BatchSummaryPage *summaryPage() const { return m_summary; }
    // The name of the batch saved by Create, empty until then.
    QString createdBatch() const { return m_created; }

    void accept() override;

Q_SIGNALS:
    void batchCreated(const QString &name);

private:
    BatchWizardContext m_context;
    BatchNamePage *m_name = nullptr;
    BatchSelectionPage *m_selection = nullptr;
    BatchWindowsPage *m_windows = nullptr;
    BatchPlacementPage *m_placement = nullptr;
    BatchOptionsPage *m_options = nullptr;
    BatchPreflightPage *m_preflight = nullptr;
    BatchSummaryPage *m_summary = nullptr;
    QString m_created;
    bool m_creating = false;
};

} // namespace ferry::gui
