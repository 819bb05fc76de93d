#include "batches/batchselectionpage.h"

#include "batches/batchwizard.h"
#include "batches/batchwizardwidgets.h"
#include "batches/expressionedit.h"
#include "common/backgroundtask.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

using batchwizard::busyBar;
using batchwizard::problemLabel;
using batchwizard::showProblem;

} // namespace

BatchSelectionPage::BatchSelectionPage(BatchWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_editor(new ExpressionEdit(this))
    , m_error(problemLabel(this, QStringLiteral("expressionError")))
    , m_count(new QLabel(this))
    , m_busy(busyBar(this, QStringLiteral("previewBusy")))
    , m_matches(new QListWidget(this))
    , m_more(new QLabel(this))
    , m_preview(new SelectionPreview(this))
{
    setObjectName(QStringLiteral("batchSelectionPage"));
    setTitle(tr("Selection"));
    setSubTitle(tr("An expression chooses the instances, for example <code>location matches "
                   "'/prod/' and len(disks) == 1</code>. Ctrl+Space completes field and "
                   "function names."));
    m_editor->setAccessibleName(tr("Include expression"));
    m_editor->setPlaceholderText(tr("true selects every instance"));
    m_count->setObjectName(QStringLiteral("matchCountLabel"));
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_matches->setObjectName(QStringLiteral("matchList"));
    m_matches->setAccessibleName(tr("Matching instances"));
    m_matches->setUniformItemSizes(true);
    m_matches->setSelectionMode(QAbstractItemView::NoSelection);
    m_more->setObjectName(QStringLiteral("moreMatchesLabel"));
    m_more->setForegroundRole(QPalette::PlaceholderText);
    m_more->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("&Include expression:"), this));
    static_cast<QLabel *>(layout->itemAt(0)->widget())->setBuddy(m_editor);
    layout->addWidget(m_editor);
    layout->addWidget(m_error);
    layout->addSpacing(4);
    layout->addWidget(m_count);
    layout->addWidget(m_busy);
    layout->addWidget(m_matches, 1);
    layout->addWidget(m_more);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &BatchSelectionPage::onTextChanged);
    connect(m_preview, &SelectionPreview::invalid, this,
        [this](int offset, int length, const QString &message) {
            if (m_editor->toPlainText().trimmed().isEmpty()) {
                // Nothing typed yet: an invitation, not an error.
                m_editor->clearErrorMarker();
                showProblem(m_error, {});
                m_busy->hide();
                m_count->setText(tr("Type an expression; true selects every instance."));
                Q_EMIT completeChanged();
                return;
            }
            m_editor->setErrorMarker(offset < 0 ? 0 : offset,
                offset < 0 ? int(m_editor->toPlainText().size()) : length, message);
            showProblem(m_error, message);
            m_busy->hide();
            m_matches->setEnabled(false); // what it shows is for an earlier text
            m_count->setText(tr("The expression is not complete."));
            Q_EMIT completeChanged();
        });
    connect(m_preview, &SelectionPreview::valid, this, [this] {
        m_editor->clearErrorMarker();
        showProblem(m_error, {});
        Q_EMIT completeChanged();
    });
    connect(m_preview, &SelectionPreview::started, this, [this] {
        m_busy->show();
        m_count->setText(tr("Counting…"));
    });
    connect(m_preview, &SelectionPreview::finished, this, &BatchSelectionPage::showResult);
}

BatchSelectionPage::~BatchSelectionPage() = default;

void BatchSelectionPage::initializePage()
{
    if (!m_preview->hasData() && !m_loading)
        loadData();
    if (m_editor->toPlainText().isEmpty())
        onTextChanged(); // an empty expression is an error to point at
}

void BatchSelectionPage::loadData()
{
    m_loading = true;
    m_busy->show();
    m_count->setText(tr("Reading the instances…"));
    const auto db = m_wizard->context().gui.database;
    runInBackground(
        this, [db] { return PreviewData::load(db); },
        [this](const Result<std::shared_ptr<const PreviewData>> &loaded) {
            m_loading = false;
            m_busy->hide();
            if (!loaded) {
                m_count->setText(
                    tr("The instances could not be read: %1").arg(loaded.error().message));
                return;
            }
            m_preview->setData(*loaded);
            if (!m_preview->isValid())
                m_count->setText(tr("The expression is not complete."));
        });
}

QString BatchSelectionPage::expression() const
{
    return m_editor->toPlainText().trimmed();
}

void BatchSelectionPage::onTextChanged()
{
    m_matched = -1;
    m_preview->setExpression(m_editor->toPlainText());
    Q_EMIT completeChanged();
}

void BatchSelectionPage::showResult(const PreviewResult &result)
{
    m_busy->hide();
    m_matched = result.matched;
    QString text
        = tr("%Ln of %1 instance(s) match.", nullptr, result.matched).arg(result.evaluated);
    if (result.failures > 0)
        text += QLatin1Char(' ')
            + (result.failures == 1
                    ? tr("The expression failed on one instance: %1").arg(result.firstFailure)
                    : tr("The expression failed on %1 instances, for example %2")
                          .arg(result.failures)
                          .arg(result.firstFailure));
    m_count->setText(text);
    m_matches->setUpdatesEnabled(false);
    m_matches->setEnabled(true);
    m_matches->clear();
    m_matches->addItems(result.sample);
    m_matches->setUpdatesEnabled(true);
    const int hidden = result.matched - int(result.sample.size());
    m_more->setText(tr("… and %1 more").arg(hidden));
    m_more->setVisible(hidden > 0);
    Q_EMIT completeChanged();
}

bool BatchSelectionPage::isComplete() const
{
    return m_preview->isValid() && !expression().isEmpty();
}

} // namespace ferry::gui
