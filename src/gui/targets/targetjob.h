#pragma once

#include "model/target.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/targetrepository.h"
#include "targets/targetservice.h"
#include "util/result.h"

#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace ferry::gui {

// What the Targets page, its dialogs and the Add Target wizard need to build a TargetService on
// a worker thread: copies of these go to the background, never the widgets.
struct TargetsContext
{
    std::shared_ptr<Database> database;
    std::shared_ptr<CredentialStore> credentials;
    QString dataDirectory; // where exported client certificates go

    TargetService service() const { return TargetService(database, credentials, dataDirectory); }
};

// Shared by a dialog and the background call it started: the Cancel flag the service checks
// while it waits for the server. Both sides hold it by shared pointer, so it outlives whichever
// finishes first.
struct TargetJobControl
{
    std::atomic_bool cancel {false};
};

// What a background call of the service hands back to the GUI thread. Default-constructible,
// so it travels through QFuture on every Qt 6 version.
struct TargetJobOutcome
{
    std::optional<Target> target; // the target as the call left it
    std::optional<Error> error;
    // Whether a target of that name is in the database after the call (an add that was
    // stopped, or refused after the target was stored, may have left one).
    bool stored = false;
    QString clientCertificateFile; // exported for an "Authentication error", else empty

    bool ok() const { return target.has_value() && !error; }
};

// Runs one service call on the calling (worker) thread and gathers what the GUI needs.
template<typename Call>
TargetJobOutcome runTargetCall(const TargetsContext &context, const QString &name, Call call)
{
    TargetJobOutcome outcome;
    TargetService service = context.service();
    Result<Target> result = call(service);
    if (result) {
        outcome.target = *result;
        outcome.stored = true;
        if (result->connectivityStatus == connectivity::AuthenticationError
            && !result->clientCertPem.isEmpty()) {
            auto file = service.exportClientCertificate(*result);
            if (file)
                outcome.clientCertificateFile = *file;
        }
    } else {
        outcome.error = result.error();
        auto stored = TargetRepository(context.database).byName(name);
        outcome.stored = stored.ok();
        if (stored)
            outcome.target = *stored;
    }
    return outcome;
}

} // namespace ferry::gui
