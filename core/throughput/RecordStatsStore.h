#pragma once

#include "throughput/ThroughputCalculator.h"

#include <mutex>

namespace streamscope {

// Per-topic facts learnt from sampled records (mean record size, transaction markers), written by
// the RecordSampler thread and read by the tracker once per tick. Copies are cheap (QHash is
// implicitly shared), so the lock is held only for a pointer swap.
class RecordStatsStore {
public:
    TopicRecordStatsMap all() const {
        std::lock_guard lock(m_mutex);
        return m_stats;
    }
    void set(const QString& topic, const TopicRecordStats& stats) {
        std::lock_guard lock(m_mutex);
        m_stats.insert(topic, stats);
    }
    void remove(const QString& topic) {
        std::lock_guard lock(m_mutex);
        m_stats.remove(topic);
    }

private:
    mutable std::mutex m_mutex;
    TopicRecordStatsMap m_stats;
};

} // namespace streamscope
