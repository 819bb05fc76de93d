#pragma once

#include <QByteArray>
#include <QString>

namespace ferry::vmware {

// vSphere escapes three characters inside an inventory name (a VM's, datacenter's, folder's or
// datastore's `name`): '%' as "%25", '/' as "%2f" and '\' as "%5c", so that '/' can separate
// the parts of an inventory path. unescapeInventoryName reverses exactly these (either hex case)
// for display and target names; any other '%' is kept as it is.
QString unescapeInventoryName(const QString &name);

// One value of the datastore front's query (/folder/<path>?dcPath=<v>&dsName=<v>), as vCenter
// and ESXi decode it: the UTF-8 bytes of the value, every byte but the unreserved ones
// (A-Z a-z 0-9 - . _ ~) and '/' percent-encoded. The value is the inventory path or name as
// vSphere reports it (its own escapes kept), so "a%2fb" goes out as "a%252fb": the double
// encoding libvirt's esx driver and virt-v2v use. '+' goes out as "%2B" (a server that decodes
// the query as a form would read a bare '+' as a space), '&' as "%26", a space as "%20".
QByteArray encodeFolderQueryValue(const QString &value);

// A datastore-relative file path for the /folder front: each part percent-encoded as above,
// the '/' between parts kept.
QByteArray encodeFolderPath(const QString &relativePath);

} // namespace ferry::vmware
