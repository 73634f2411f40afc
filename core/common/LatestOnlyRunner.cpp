#include "common/LatestOnlyRunner.h"

namespace streamscope {

LatestOnlyRunner::LatestOnlyRunner(QObject* context, QThreadPool* pool)
    : m_link(std::make_shared<Link>())
    , m_pool(pool) {
    m_link->context = context;
    m_link->runner = this;
}

LatestOnlyRunner::~LatestOnlyRunner() {
    m_token.cancel();
    const std::lock_guard lock(m_link->mutex);
    m_link->context = nullptr;
    m_link->runner = nullptr;
}

void LatestOnlyRunner::cancel() {
    m_token.cancel();
    m_generation.advance();
    m_busy = false;
}

bool LatestOnlyRunner::takeResult(Generation::Tag tag) {
    if (!m_generation.isCurrent(tag) || !m_busy)
        return false;
    m_busy = false;
    return true;
}

} // namespace streamscope
