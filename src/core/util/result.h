#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ferry {

// An error as a value: a stable code for programs, a translated one-line message for people and
// technical details (server text, SQL error, file path) for the Details expander and the logs.
// Never put a secret into any of the three.
struct Error
{
    enum class Code {
        Internal,
        InvalidInput,
        NotFound,
        AlreadyExists,
        Conflict,
        Io,
        Database,
        DatabaseTooNew,
        Keychain,
        KeychainUnavailable,
        Network,
        Tls,
        Authentication,
        Timeout,
        Canceled,
        Unsupported,
        Server,
    };

    Code code = Code::Internal;
    QString message;
    QString details;

    Error() = default;
    Error(Code c, QString msg, QString det = {})
        : code(c)
        , message(std::move(msg))
        , details(std::move(det))
    { }

    // Message plus details in one line, for the command line and log files.
    QString toString() const
    {
        return details.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, details);
    }
    static const char *codeName(Code c);
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_value(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace ferry
