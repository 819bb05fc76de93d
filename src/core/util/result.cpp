#include "util/result.h"

namespace ferry {

const char *Error::codeName(Code c)
{
    switch (c) {
    case Code::Internal:
        return "internal";
    case Code::InvalidInput:
        return "invalid-input";
    case Code::NotFound:
        return "not-found";
    case Code::AlreadyExists:
        return "already-exists";
    case Code::Conflict:
        return "conflict";
    case Code::Io:
        return "io";
    case Code::Database:
        return "database";
    case Code::DatabaseTooNew:
        return "database-too-new";
    case Code::Keychain:
        return "keychain";
    case Code::KeychainUnavailable:
        return "keychain-unavailable";
    case Code::Network:
        return "network";
    case Code::Tls:
        return "tls";
    case Code::Authentication:
        return "authentication";
    case Code::Timeout:
        return "timeout";
    case Code::Canceled:
        return "canceled";
    case Code::Unsupported:
        return "unsupported";
    case Code::Server:
        return "server";
    }
    return "internal";
}

} // namespace ferry
