#include "SessionServices.h"

#include "ClusterSession.h"
#include "throughput/RecordSampler.h"
#include "throughput/RecordStatsStore.h"
#include "throughput/ThroughputTracker.h"

namespace streamscope {

SessionServices::SessionServices(ClusterSession& session)
    : m_throughput(
          std::make_unique<ThroughputTracker>(HistoryConfig::forTickInterval(session.intervalMs())))
    , m_recordStats(std::make_shared<RecordStatsStore>()) {
    m_throughput->setRecordStats(m_recordStats);
    session.addConsumer(m_throughput.get());
    ThroughputTracker* tracker = m_throughput.get();
    m_sampler = std::make_unique<RecordSampler>(session.profile(), m_recordStats,
                                                [tracker] { return tracker->latest(); });
}

SessionServices::~SessionServices() {
    m_sampler.reset(); // joins its thread before the tracker it reads goes away
}

void SessionServices::start() {
    m_sampler->start();
}

} // namespace streamscope
