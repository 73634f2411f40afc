#pragma once

#include <memory>

namespace streamscope {

class ClusterSession;
class RecordSampler;
class RecordStatsStore;
class ThroughputTracker;

// The engines that work on one cluster session beside the poller, created with the session by
// the composition root and handed to every page (ClusterPage::setServices):
//   - the throughput tracker (rates and history; a SnapshotConsumer on the polling thread),
//   - the record sampler that estimates record sizes for byte rates (its own thread).
// One instance per session, so every page that shows throughput reads the same history.
//
// Lifetime: construct before session.start() (it registers its consumers), call start() after
// it, and destroy only after session.stop() — the tracker must outlive the polling thread. The
// destructor stops the sampler first (it reads the tracker).
class SessionServices {
public:
    explicit SessionServices(ClusterSession& session);
    ~SessionServices();
    SessionServices(const SessionServices&) = delete;
    SessionServices& operator=(const SessionServices&) = delete;

    // Starts the background helpers (the record sampler).
    void start();

    ThroughputTracker& throughput() const { return *m_throughput; }

private:
    std::unique_ptr<ThroughputTracker> m_throughput;
    std::shared_ptr<RecordStatsStore> m_recordStats;
    std::unique_ptr<RecordSampler> m_sampler; // declared last: destroyed first
};

} // namespace streamscope
