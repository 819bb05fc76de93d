#pragma once

#include "common/dataevents.h"

#include <QPointer>

#include <memory>

namespace ferry {
class CredentialStore;
class Database;
} // namespace ferry

namespace ferry::gui {

// What the pages, dialogs and wizards share: the database, the keychain and the change
// notifications. Background work gets copies of the shared pointers, never the widgets.
struct GuiContext
{
    std::shared_ptr<Database> database;
    std::shared_ptr<CredentialStore> credentials;
    QPointer<DataEvents> events;
};

} // namespace ferry::gui
