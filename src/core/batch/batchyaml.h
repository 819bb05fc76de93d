#pragma once

#include "batch/batchtime.h"
#include "model/batch.h"
#include "model/target.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

namespace ferry::batch {

// A place in a YAML text: 1-based line and column (in characters, as editors count them).
struct YamlPosition
{
    int line = 1;
    int column = 1;
};

// A problem at a place people can find.
struct YamlIssue
{
    int line = 1;
    int column = 1;
    QString message;

    // "line 3, column 5: message"
    QString toString() const;
};

// A batch as its YAML describes it. The default target is named here; turning the name into
// Batch::defaultTargetId is the service's business.
struct BatchDocument
{
    Batch batch;
    QString targetName;
};

// What names are checked against: the registered targets with their cached inventory. When
// checkTargets is false (tests of the document alone), target, project, pool and network names
// are not checked. A target whose inventory was never read is not checked beyond its name.
struct YamlContext
{
    bool checkTargets = false;
    QVector<Target> targets;
};

struct ParsedBatch
{
    BatchDocument document;
    QVector<YamlIssue> issues; // ordered by position; empty when the document is valid
    // Where each field's value is (paths like "name", "migration_windows[0].end",
    // "defaults.placement.target"); used to place checks made after parsing.
    QHash<QString, YamlPosition> positions;

    bool ok() const { return issues.isEmpty(); }
    // InvalidInput; the message names the first issue, the details list every issue.
    Error error() const;
    // The position of path, else of its nearest parent that was written, else line 1.
    YamlPosition positionOf(const QString &path) const;
    YamlIssue issueAt(const QString &path, const QString &message) const;
};

// Largest document accepted (a batch is a page of text, not megabytes).
constexpr int kMaxBatchYamlBytes = 1024 * 1024;

// Parses and validates a batch: YAML syntax, known keys (with the closest suggestion), types,
// window rules, durations, expressions (their errors placed at the character in the YAML), the
// placement script, and with context the target, project, pool and network names. Never throws.
ParsedBatch parseBatchYaml(const QByteArray &yaml, const YamlContext &context = {});

// The document in the reference's layout (the seed's `batch edit` text without the header).
QByteArray emitBatchYaml(const BatchDocument &document);

// The seed's `###` header that `batch edit` puts above the document.
QByteArray editHeader();
// Header, then one `### Error: ...` line per issue, a blank line and the body. Lines of `edited`
// before its first line that is not a `###` comment are dropped (the previous header and errors),
// and the issues' line numbers are moved to where that line is in the returned text.
QByteArray editorText(const QByteArray &edited, const QVector<YamlIssue> &issues = {});

// parseBatchTime, formatBatchTime, parseBatchDuration, formatBatchDuration: batch/batchtime.h.

} // namespace ferry::batch
