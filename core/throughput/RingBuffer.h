#pragma once

#include <cassert>
#include <cstddef>
#include <memory>

namespace streamscope {

// Fixed-capacity ring: push() overwrites the oldest element once full. The storage is allocated
// once in the constructor and never again, so a history made of rings stays flat in memory however
// long the app runs. Not thread-safe: the owner locks.
template <typename T> class RingBuffer {
public:
    explicit RingBuffer(std::size_t capacity)
        : m_data(std::make_unique<T[]>(capacity ? capacity : 1))
        , m_capacity(capacity ? capacity : 1) {}

    RingBuffer(RingBuffer&&) noexcept = default;
    RingBuffer& operator=(RingBuffer&&) noexcept = default;
    RingBuffer(const RingBuffer&) = delete;
    RingBuffer& operator=(const RingBuffer&) = delete;

    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    bool full() const { return m_size == m_capacity; }
    // Elements ever pushed (including overwritten ones): a stable index for the newest element.
    unsigned long long pushed() const { return m_pushed; }

    void push(const T& value) {
        m_data[m_head] = value;
        m_head = (m_head + 1) % m_capacity;
        if (m_size < m_capacity)
            ++m_size;
        ++m_pushed;
    }

    // 0 = oldest retained element.
    const T& at(std::size_t i) const {
        assert(i < m_size);
        return m_data[(m_head + m_capacity - m_size + i) % m_capacity];
    }
    // 0 = newest element.
    const T& fromNewest(std::size_t i) const { return at(m_size - 1 - i); }
    const T& newest() const { return fromNewest(0); }
    const T& oldest() const { return at(0); }
    // Replaces the newest element (e.g. to revise an open bucket).
    void setNewest(const T& value) {
        assert(m_size > 0);
        m_data[(m_head + m_capacity - 1) % m_capacity] = value;
    }

    void clear() {
        m_size = 0;
        m_head = 0;
    }

    std::size_t memoryBytes() const { return m_capacity * sizeof(T); }

private:
    std::unique_ptr<T[]> m_data;
    std::size_t m_capacity;
    std::size_t m_head = 0; // where the next push goes
    std::size_t m_size = 0;
    unsigned long long m_pushed = 0;
};

} // namespace streamscope
