#include "targets/targetsmodel.h"

#include "common/icons.h"
#include "sources/sourcepresentation.h"
#include "targets/targetpresentation.h"
#include "tls/certificate.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

namespace ferry::gui {

using namespace targetpresentation;

TargetsModel::TargetsModel(QObject *parent)
    : RecordTableModel(parent)
{
    static_assert(StatusColumn == targetsmodel::kStatusColumn);
}

TargetsModel::~TargetsModel() = default;

int TargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Target &t = records().at(index.row());
    const QString busy = busyText(t.id);
    const bool isBusy = !busy.isEmpty();
    switch (role) {
    case TargetIdRole:
        return t.id;
    case TargetNameRole:
        return t.name;
    case StatusRole:
        return t.connectivityStatus;
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return isBusy ? busy : statusText(t);
        case NameColumn:
            return t.name;
        case TypeColumn:
            if (role == Qt::DisplayRole && t.targetType.isEmpty())
                return tr("Unknown");
            return t.targetType;
        case VersionColumn:
            return t.serverVersion;
        case EndpointColumn:
            return t.endpoint;
        case AuthColumn:
            return authLabel(t);
        case FingerprintColumn:
            if (role == Qt::DisplayRole && t.cert.trustedSha256.isEmpty())
                return tr("Not trusted yet");
            return t.cert.trustedSha256;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return themedIcon(isBusy ? QStringLiteral("status-busy")
                                     : sourcepresentation::statusIconName(t.connectivityStatus));
        break;
    case Qt::ForegroundRole:
        if ((index.column() == FingerprintColumn && t.cert.trustedSha256.isEmpty())
            || (index.column() == TypeColumn && t.targetType.isEmpty()))
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case Qt::FontRole:
        if (index.column() == FingerprintColumn && !t.cert.trustedSha256.isEmpty())
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatusColumn: {
            QString tip = statusExplanation(t);
            if (!t.statusDetail.isEmpty())
                tip = tr("%1\n\n%2").arg(tip, t.statusDetail);
            return tip;
        }
        case FingerprintColumn:
            if (t.cert.trustedSha256.isEmpty())
                return tr("No server certificate has been trusted for this target yet.");
            return tr("Trusted server certificate, SHA-256:\n%1\n%2")
                .arg(t.cert.trustedSha256, tls::colonFingerprint(t.cert.trustedSha256));
        case TypeColumn:
            return t.targetType.isEmpty()
                ? tr("The server type is known after the first trusted connection.")
                : serverType(t);
        case VersionColumn:
        case EndpointColumn:
        case NameColumn:
            return data(index, Qt::DisplayRole);
        case AuthColumn:
            return authDescription(t);
        }
        break;
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant TargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::UserRole) {
        static const char *const keys[] = {"connectivity_status", "name", "type", "server_version",
            "endpoint", "auth_type", "trusted_cert_fingerprint"};
        return QString::fromLatin1(keys[section]);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Connectivity Status");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case VersionColumn:
        return tr("Version");
    case EndpointColumn:
        return tr("Endpoint");
    case AuthColumn:
        return tr("Auth Type");
    case FingerprintColumn:
        return tr("Trusted TLS Cert SHA-256 Fingerprint");
    }
    return {};
}

} // namespace ferry::gui
