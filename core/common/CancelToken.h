#pragma once

#include <atomic>
#include <memory>

namespace streamscope {

// A cooperative cancel flag shared between the thread that asks for work and the thread doing
// it. Copies share one flag; the worker polls isCancelled() between slices of work (a plain bool
// would be a data race, and one the optimiser may hoist out of the loop).
class CancelToken {
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic_bool>(false)) {}

    void cancel() const noexcept { m_flag->store(true, std::memory_order_release); }
    bool isCancelled() const noexcept { return m_flag->load(std::memory_order_acquire); }
    // For the sliced waits of core/kafka, which poll a plain atomic flag.
    const std::atomic_bool* flag() const noexcept { return m_flag.get(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace streamscope
