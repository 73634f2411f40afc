#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace streamscope {

// An error from Kafka or from our own validation, carried as a value: engines run on worker
// threads and errors must cross thread boundaries as data, never as exceptions.
struct Error {
    int code = 0; // librdkafka's error code, or -1 for errors raised by Streamscope itself
    QString message;
};

// Minimal stand-in for C++23 std::expected: either a value or a Error.
template <typename T> class Expected {
public:
    Expected(T value)
        : m_state(std::move(value)) {}
    Expected(Error error)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Expected<void>: success or an error.
struct Status {
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_failed(true) {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error streamscopeError(QString message) {
    return Error{-1, std::move(message)};
}

} // namespace streamscope
