#include "checks/BatchWindow.h"

#include <algorithm>

namespace streamscope {

BatchWindow::BatchWindow(size_t batches, size_t slots)
    : m_batches(batches)
    , m_slots(std::max<size_t>(1, slots))
    , m_read(batches, char(0)) {}

std::optional<size_t> BatchWindow::claim() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_nextClaim >= m_batches || !windowFull(); });
    if (m_stopped || m_nextClaim >= m_batches)
        return std::nullopt;
    return m_nextClaim++;
}

std::optional<size_t> BatchWindow::tryClaim() {
    const std::lock_guard lock(m_mutex);
    if (m_stopped || m_nextClaim >= m_batches || windowFull())
        return std::nullopt;
    return m_nextClaim++;
}

void BatchWindow::markRead(size_t batch) {
    {
        const std::lock_guard lock(m_mutex);
        m_read[batch] = 1;
    }
    m_changed.notify_all();
}

bool BatchWindow::isRead(size_t batch) {
    const std::lock_guard lock(m_mutex);
    return m_read[batch] != 0;
}

bool BatchWindow::waitRead(size_t batch) {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stopped || m_read[batch] != 0; });
    return m_read[batch] != 0;
}

void BatchWindow::markChecked(size_t batch) {
    {
        const std::lock_guard lock(m_mutex);
        m_checked = batch + 1;
    }
    m_changed.notify_all();
}

void BatchWindow::stop() {
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_changed.notify_all();
}

} // namespace streamscope
