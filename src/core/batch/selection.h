#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>

#include <memory>

namespace ferry {
struct Instance;
}

namespace ferry::batch {

// What an expression may look at beyond the instance itself.
struct SelectionContext
{
    QHash<qint64, QString> sourceNames; // by source id
    QHash<qint64, QString> sourceTypes; // by source id
    QHash<qint64, QString> networkUuids; // by network id (nics[].uuid)
};

// The one door from batch/ to the selection language (expr/): a compiled include expression.
// Compiled once, evaluated for many instances; copies share the compiled form.
class Selection final
{
public:
    Selection();
    ~Selection();
    Selection(const Selection &other);
    Selection &operator=(const Selection &other);

    // errorOffset, when given, receives the 0-based character offset in `text` of the first
    // error (-1 when the error is about the expression as a whole).
    static Result<Selection> compile(const QString &text, int *errorOffset = nullptr);
    Result<bool> matches(const Instance &instance, const SelectionContext &context) const;
    QString text() const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
};

} // namespace ferry::batch
