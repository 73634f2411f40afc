#pragma once

#include "cluster/ConnectionProfile.h"
#include "graph/GraphAging.h"
#include "graph/GraphInference.h"
#include "graph/GraphTypes.h"
#include "graph/ServiceNaming.h"
#include "throughput/ThroughputTypes.h"

#include <QObject>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace streamscope {

class GroupSource;
class TopicRecordSampler;

struct GraphEngineSettings {
    GraphSettings graph;
    int refreshMs = 5000;       // one sampling round and inference this often
    int sampleTimeoutMs = 4000; // bound of one round's record reads
};

// The graph of one session, refreshed in the background: every refreshMs it reads the newest
// records of topics that moved (TopicRecordSampler), takes the tracker's rates and the groups
// from its GroupSource, infers the graph (inferServiceGraph), ages it (GraphAging) and
// publishes it: latest() for pull-style readers, updated() (emitted on the engine's thread;
// connect with a context object) for the GUI. Settings and rules may change at any time and
// apply from the next refresh. The destructor stops the thread within ~100 ms plus one read.
class GraphEngine : public QObject {
    Q_OBJECT
public:
    using RatesSource = std::function<ThroughputSnapshotPtr()>;

    GraphEngine(ConnectionProfile profile, RatesSource rates, std::shared_ptr<GroupSource> groups,
                QObject* parent = nullptr);
    ~GraphEngine() override;

    void start();
    void stop();
    // Refresh now instead of at the next interval (e.g. after the rules changed).
    void refreshSoon();
    // Paused: no reads, no refreshes (the page is hidden); unpausing refreshes at once.
    void setPaused(bool paused);

    void setSettings(const GraphEngineSettings& settings);
    GraphEngineSettings settings() const;
    void setNamingRules(const ServiceNamingRules& rules);
    ServiceNamingRules namingRules() const;

    ServiceGraphPtr latest() const;

    // One refresh on the calling thread (the CLI and tests; not while started).
    ServiceGraphPtr refreshOnce();

Q_SIGNALS:
    void updated(streamscope::ServiceGraphPtr graph);

private:
    void run(std::stop_token stop);
    ServiceGraphPtr refresh(const std::atomic_bool* cancel);

    ConnectionProfile m_profile;
    RatesSource m_rates;
    std::shared_ptr<GroupSource> m_groups;

    mutable std::mutex m_mutex; // guards the settings, the rules and latest
    GraphEngineSettings m_settings;
    ServiceNamingRules m_rules = ServiceNamingRules::defaults();
    ServiceGraphPtr m_latest;
    bool m_wake = false;
    bool m_paused = false;
    std::condition_variable_any m_wakeUp;

    // Engine thread only (or the caller of refreshOnce).
    std::unique_ptr<TopicRecordSampler> m_sampler;
    QString m_samplerError;
    GraphAging m_aging;
    std::jthread m_thread; // declared last: joined first
};

} // namespace streamscope
