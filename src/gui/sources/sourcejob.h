#pragma once

#include "secrets/credentialstore.h"
#include "sources/sourceservice.h"
#include "store/database.h"

#include <atomic>
#include <memory>

namespace ferry::gui {

// What a background call of the source service shares with the dialog that started it: the
// Cancel flag the service checks while it waits for the server, and the progress of a sync.
// Both sides hold it by shared pointer, so it outlives whichever finishes first.
struct SourceJobControl
{
    std::atomic_bool cancel {false};
    std::atomic_int vmsRead {0};
};

// A service for one background call (services hold no state beyond their dependencies).
inline SourceService sourceServiceFor(const std::shared_ptr<Database> &database,
    const std::shared_ptr<CredentialStore> &credentials, const SourceJobControl *control)
{
    SourceService service(database, credentials);
    if (control)
        service.setCancelFlag(&control->cancel);
    return service;
}

} // namespace ferry::gui
