#include "sources/sourcesmodel.h"

#include "common/icons.h"
#include "sources/sourcepresentation.h"
#include "tls/certificate.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace ferry::gui {

using namespace sourcepresentation;

SourcesModel::SourcesModel(QObject *parent)
    : RecordTableModel(parent)
{
    static_assert(StatusColumn == sourcesmodel::kStatusColumn);
}

SourcesModel::~SourcesModel() = default;

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source &s = records().at(index.row());
    const QString busy = busyText(s.id);
    switch (role) {
    case SourceIdRole:
        return s.id;
    case SourceNameRole:
        return s.name;
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return !busy.isEmpty() ? busy : statusText(s);
        case NameColumn:
            return s.name;
        case ServerTypeColumn:
            return serverType(s);
        case EndpointColumn:
            return s.endpoint;
        case UsernameColumn:
            return s.username;
        case FingerprintColumn:
            if (role == Qt::DisplayRole && s.cert.trustedSha256.isEmpty())
                return tr("Not trusted yet");
            return s.cert.trustedSha256;
        case LastSyncColumn:
            if (role == SortRole)
                return s.lastSyncAt;
            return s.lastSyncAt.isValid()
                ? QLocale().toString(s.lastSyncAt.toLocalTime(), QLocale::ShortFormat)
                : tr("Never");
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return themedIcon(!busy.isEmpty() ? QStringLiteral("status-busy")
                                              : statusIconName(s.connectivityStatus));
        break;
    case Qt::ForegroundRole:
        if ((index.column() == FingerprintColumn && s.cert.trustedSha256.isEmpty())
            || (index.column() == LastSyncColumn && !s.lastSyncAt.isValid()))
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatusColumn: {
            QString tip = statusExplanation(s);
            if (!s.statusDetail.isEmpty() && s.connectivityStatus != connectivity::Ok)
                tip = tr("%1\n\n%2").arg(tip, s.statusDetail);
            return tip;
        }
        case FingerprintColumn:
            if (s.cert.trustedSha256.isEmpty())
                return tr("No certificate has been trusted for this source yet.");
            return tr("Trusted certificate, SHA-256:\n%1\n%2")
                .arg(s.cert.trustedSha256, tls::colonFingerprint(s.cert.trustedSha256));
        case ServerTypeColumn:
        case EndpointColumn:
        case NameColumn:
        case UsernameColumn:
            return data(index, Qt::DisplayRole);
        case LastSyncColumn:
            return s.lastSyncAt.isValid()
                ? QLocale().toString(s.lastSyncAt.toLocalTime(), QLocale::LongFormat)
                : tr("This source has not been synced yet.");
        }
        break;
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::UserRole) {
        static const char *const keys[] = {"status", "name", "server_type", "endpoint", "username",
            "trusted_cert_fingerprint", "last_sync"};
        return QString::fromLatin1(keys[section]);
    }
    if (role == Qt::ToolTipRole) {
        if (section == StatusColumn)
            return tr("Connectivity status, as ferryctl source list prints it");
        if (section == FingerprintColumn)
            return tr("The SHA-256 fingerprint of the server certificate you trusted");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case ServerTypeColumn:
        return tr("Server Type");
    case EndpointColumn:
        return tr("Endpoint");
    case UsernameColumn:
        return tr("Username");
    case FingerprintColumn:
        return tr("Trusted Certificate (SHA-256)");
    case LastSyncColumn:
        return tr("Last Sync");
    }
    return {};
}

} // namespace ferry::gui
