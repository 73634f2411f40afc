#include "throughput/ThroughputTracker.h"

#include "throughput/HistoryKeeper.h"
#include "throughput/RecordStatsStore.h"

#include <utility>

namespace streamscope {

ThroughputTracker::ThroughputTracker(HistoryConfig historyConfig, QObject* parent)
    : QObject(parent)
    , m_history(std::make_shared<ThroughputHistory>(historyConfig)) {
    registerThroughputMetaTypes();
}

ThroughputTracker::~ThroughputTracker() = default;

void ThroughputTracker::consumeSnapshot(const ClusterSnapshot& snapshot) {
    if (!snapshot)
        return;
    if (m_resetRequested.exchange(false)) {
        m_calculator.reset();
        m_history->clear();
    }
    // Only the history comes back from disk; rates and totals start from this snapshot, so the
    // first restored-session tick has no rate and reads as the gap it is.
    if (m_historyKeeper && !std::exchange(m_restoreTried, true))
        m_historyKeeper->restore(*snapshot, *m_history);
    if (m_gapRequested.exchange(false))
        m_history->markGap();
    m_calculator.setSettings(settings());
    const TopicRecordStatsMap stats = m_recordStats ? m_recordStats->all() : TopicRecordStatsMap{};
    auto rates = std::make_shared<const ThroughputSnapshot>(m_calculator.update(*snapshot, stats));
    m_history->append(*rates);
    {
        std::lock_guard lock(m_latestMutex);
        m_latest = rates;
    }
    Q_EMIT updated(rates);
    if (m_historyKeeper)
        m_historyKeeper->tickAppended(*m_history);
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

void ThroughputTracker::setHistoryKeeper(std::shared_ptr<HistoryKeeper> keeper) {
    m_historyKeeper = std::move(keeper);
}

void ThroughputTracker::reset() {
    m_resetRequested.store(true);
}

void ThroughputTracker::markGap() {
    m_gapRequested.store(true);
}

} // namespace streamscope
