#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace streamscope {

// An error from Kafka or from our own validation, carried as a value: engines run on worker
// threads and errors must cross thread boundaries as data, never as exceptions.
struct KafkaError {
    int code = 0; // rd_kafka_resp_err_t, or -1 for errors raised by Streamscope itself
    QString message;
};

// Minimal stand-in for C++23 std::expected: either a value or a KafkaError.
template <typename T> class Expected {
public:
    Expected(T value)
        : m_state(std::move(value)) {}
    Expected(KafkaError error)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    const KafkaError& error() const { return std::get<KafkaError>(m_state); }

private:
    std::variant<T, KafkaError> m_state;
};

// Expected<void>: success or an error.
struct Status {
    Status() = default;
    Status(KafkaError error)
        : m_error(std::move(error))
        , m_failed(true) {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const KafkaError& error() const { return m_error; }

private:
    KafkaError m_error;
    bool m_failed = false;
};

inline KafkaError streamscopeError(QString message) {
    return KafkaError{-1, std::move(message)};
}

} // namespace streamscope
