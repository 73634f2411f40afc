#pragma once

#include "cluster/ConnectionProfile.h"
#include "throughput/RecordStatsStore.h"
#include "throughput/ThroughputTypes.h"

#include <QHash>

#include <functional>
#include <memory>
#include <thread>

namespace streamscope {

class RecordProbe;

struct RecordSamplerSettings {
    int roundIntervalMs = 15000;     // how often a round runs
    int topicsPerRound = 8;          // busiest unsampled topics read per round
    int recordsPerSample = 50;       // newest records read per topic
    qint64 resampleAfterMs = 300000; // a topic's estimate is refreshed after this long
    int readTimeoutMs = 2000;
};

// Estimates mean record sizes (for byte rates) and spots transaction markers, by reading the
// newest few records of the busiest topics now and then (RecordProbe). Runs on its own thread,
// reads the tracker's latest rates to pick topics and writes what it learns into a
// RecordStatsStore that the tracker reads every tick:
//
//     auto stats = std::make_shared<RecordStatsStore>();
//     tracker.setRecordStats(stats);
//     RecordSampler sampler(profile, stats, [&tracker] { return tracker.latest(); });
//     sampler.start();   // stops in its destructor
//
// The cost is bounded: topicsPerRound small reads every roundIntervalMs, only for topics with
// traffic, each at most once per resampleAfterMs.
class RecordSampler {
public:
    using RatesSource = std::function<ThroughputSnapshotPtr()>;

    RecordSampler(ConnectionProfile profile, std::shared_ptr<RecordStatsStore> store,
                  RatesSource latestRates, RecordSamplerSettings settings = {});
    ~RecordSampler(); // stops and joins; returns within ~100 ms plus one read's timeout at worst
    RecordSampler(const RecordSampler&) = delete;
    RecordSampler& operator=(const RecordSampler&) = delete;

    void start();
    void stop();

    // One round on the calling thread (the CLI and tests use it; not while started). Returns the
    // number of topics read.
    int sampleRound();

private:
    void run(std::stop_token stop);
    bool ensureProbe();

    ConnectionProfile m_profile;
    std::shared_ptr<RecordStatsStore> m_store;
    RatesSource m_latestRates;
    RecordSamplerSettings m_settings;
    std::unique_ptr<RecordProbe> m_probe; // sampler thread only
    QHash<QString, qint64> m_sampledAtMs; // sampler thread only: monotonic ms per topic
    std::jthread m_thread;
};

} // namespace streamscope
