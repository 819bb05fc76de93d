#pragma once

#include <QString>
#include <QStringList>

// Helpers of the batch YAML messages (internal to batch/).
namespace ferry::batch::detail {

// s between double quotes, as the messages name values.
QString quoted(const QString &s);
// " Did you mean "x"?" for the candidate closest to name, else empty.
QString suggestion(const QString &name, const QStringList &candidates);

} // namespace ferry::batch::detail
