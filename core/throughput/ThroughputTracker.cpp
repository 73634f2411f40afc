#include "ThroughputTracker.h"

#include "RecordStatsStore.h"

namespace streamscope {

ThroughputTracker::ThroughputTracker(HistoryConfig historyConfig, QObject* parent)
    : QObject(parent)
    , m_history(historyConfig) {
    registerThroughputMetaTypes();
}

ThroughputTracker::~ThroughputTracker() = default;

void ThroughputTracker::consumeSnapshot(const ClusterSnapshot& snapshot) {
    if (!snapshot)
        return;
    if (m_resetRequested.exchange(false)) {
        m_calculator.reset();
        m_history.clear();
    }
    m_calculator.setSettings(settings());
    const TopicRecordStatsMap stats = m_recordStats ? m_recordStats->all() : TopicRecordStatsMap{};
    auto rates = std::make_shared<const ThroughputSnapshot>(m_calculator.update(*snapshot, stats));
    m_history.append(*rates);
    {
        std::lock_guard lock(m_latestMutex);
        m_latest = rates;
    }
    Q_EMIT updated(rates);
}

ThroughputSnapshotPtr ThroughputTracker::latest() const {
    std::lock_guard lock(m_latestMutex);
    return m_latest;
}

ThroughputSettings ThroughputTracker::settings() const {
    std::lock_guard lock(m_settingsMutex);
    return m_settings;
}

void ThroughputTracker::setSettings(const ThroughputSettings& settings) {
    std::lock_guard lock(m_settingsMutex);
    m_settings = settings;
}

void ThroughputTracker::setSmoothingMs(qint64 ms) {
    std::lock_guard lock(m_settingsMutex);
    m_settings.smoothingMs = std::max<qint64>(0, ms);
}

void ThroughputTracker::setRecordStats(std::shared_ptr<const RecordStatsStore> stats) {
    m_recordStats = std::move(stats);
}

void ThroughputTracker::reset() {
    m_resetRequested.store(true);
}

} // namespace streamscope
