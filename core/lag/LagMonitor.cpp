// STUB: the lag engine's interface with no engine behind it yet (it publishes nothing). The
// lag engine work replaces this file.
#include "lag/LagMonitor.h"

#include "common/InMemoryTimeSeries.h"

#include <map>
#include <mutex>

namespace streamscope {

struct LagMonitor::Impl {
    ConnectionProfile profile;
    InMemoryTimeSeries lag;
    InMemoryTimeSeries timeLag;
    InMemoryTimeSeries consumeRate;
    mutable std::mutex mutex;
    LagSnapshotPtr latest;
    std::map<QString, LagThresholds> thresholds;
};

LagMonitor::LagMonitor(ConnectionProfile profile, QObject* parent)
    : QObject(parent), m_impl(std::make_unique<Impl>()) {
    m_impl->profile = std::move(profile);
}

LagMonitor::~LagMonitor() = default;

void LagMonitor::consumeSnapshot(const ClusterSnapshot&) {}
void LagMonitor::start() {}
void LagMonitor::stop() {}
void LagMonitor::markGap() {}

LagSnapshotPtr LagMonitor::latest() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->latest;
}

const TimeSeriesSource& LagMonitor::history(LagMetric metric) const {
    switch (metric) {
    case LagMetric::TimeLagSeconds:
        return m_impl->timeLag;
    case LagMetric::ConsumeRate:
        return m_impl->consumeRate;
    case LagMetric::Lag:
        break;
    }
    return m_impl->lag;
}

void LagMonitor::setThresholds(const QString& groupId, const LagThresholds& thresholds) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->thresholds[groupId] = thresholds;
}

LagThresholds LagMonitor::thresholds(const QString& groupId) const {
    std::lock_guard lock(m_impl->mutex);
    auto it = m_impl->thresholds.find(groupId);
    return it == m_impl->thresholds.end() ? LagThresholds{} : it->second;
}

} // namespace streamscope
