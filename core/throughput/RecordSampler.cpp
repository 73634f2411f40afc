#include "throughput/RecordSampler.h"

#include "common/ThreadPriority.h"

#include "throughput/RecordProbe.h"

#include <algorithm>
#include <chrono>

namespace streamscope {

RecordSampler::RecordSampler(ConnectionProfile profile, std::shared_ptr<RecordStatsStore> store,
                             RatesSource latestRates, RecordSamplerSettings settings)
    : m_profile(std::move(profile))
    , m_store(std::move(store))
    , m_latestRates(std::move(latestRates))
    , m_settings(settings) {}

RecordSampler::~RecordSampler() {
    stop();
}

void RecordSampler::start() {
    if (m_thread.joinable())
        return;
    m_thread = std::jthread([this](std::stop_token stop) { run(std::move(stop)); });
}

void RecordSampler::stop() {
    if (!m_thread.joinable())
        return;
    m_thread.request_stop();
    m_thread.join();
    m_thread = std::jthread();
}

void RecordSampler::run(std::stop_token stop) {
    using namespace std::chrono;
    lowerCurrentThreadPriority(); // before the probe's librdkafka handle: its threads inherit it
    auto next = steady_clock::now() + milliseconds(m_settings.roundIntervalMs / 3);
    while (!stop.stop_requested()) {
        if (steady_clock::now() >= next) {
            sampleRound();
            next = steady_clock::now() + milliseconds(m_settings.roundIntervalMs);
        }
        std::this_thread::sleep_for(milliseconds(100)); // stop is never more than 100 ms away
    }
    m_probe.reset(); // the handle is destroyed on the thread that used it
}

bool RecordSampler::ensureProbe() {
    if (m_probe)
        return true;
    auto probe = RecordProbe::create(m_profile);
    if (!probe)
        return false;
    m_probe = std::move(probe.value());
    return true;
}

int RecordSampler::sampleRound() {
    const ThroughputSnapshotPtr rates = m_latestRates ? m_latestRates() : nullptr;
    if (!rates || !ensureProbe())
        return 0;
    const qint64 now = rates->sampledAtMonotonicMs;

    // Forget deleted topics.
    for (auto it = m_sampledAtMs.begin(); it != m_sampledAtMs.end();) {
        if (!rates->findTopic(it.key())) {
            m_store->remove(it.key());
            it = m_sampledAtMs.erase(it);
        } else {
            ++it;
        }
    }

    // The busiest topics whose estimate is missing or old.
    std::vector<const TopicRate*> candidates;
    for (const auto& t : rates->topics) {
        if (t.internal || !hasValue(t.smoothedMsgsPerSec) || t.smoothedMsgsPerSec <= 0)
            continue;
        auto seen = m_sampledAtMs.constFind(t.topic);
        if (seen != m_sampledAtMs.constEnd() && now - seen.value() < m_settings.resampleAfterMs)
            continue;
        candidates.push_back(&t);
    }
    std::sort(candidates.begin(), candidates.end(), [](const TopicRate* a, const TopicRate* b) {
        return a->smoothedMsgsPerSec > b->smoothedMsgsPerSec;
    });
    if (candidates.size() > static_cast<size_t>(m_settings.topicsPerRound))
        candidates.resize(static_cast<size_t>(m_settings.topicsPerRound));

    int read = 0;
    for (const TopicRate* t : candidates) {
        // The busiest partition has the freshest records.
        const PartitionRate* best = nullptr;
        for (const auto& p : t->partitions) {
            if (p.readable && hasValue(p.smoothedMsgsPerSec) &&
                (!best || p.smoothedMsgsPerSec > best->smoothedMsgsPerSec))
                best = &p;
        }
        if (!best || best->endOffset <= best->startOffset)
            continue;
        const qint64 to = best->endOffset;
        const qint64 from = std::max(best->startOffset, to - m_settings.recordsPerSample);
        auto result = m_probe->read(t->topic, best->partition, from, to, m_settings.readTimeoutMs);
        m_sampledAtMs.insert(t->topic, now);
        if (!result || result->records == 0)
            continue;
        TopicRecordStats stats;
        stats.meanRecordBytes = result->meanRecordBytes();
        // Skipped offsets prove markers only where compaction cannot explain them (and not when
        // the hidden configs leave compaction unknown).
        stats.transactionMarkersSeen = result->skippedOffsets > 0 &&
                                       !hasNote(t->offsetNotes, OffsetNote::Compacted) &&
                                       !hasNote(t->offsetNotes, OffsetNote::ConfigsNotAuthorized);
        m_store->set(t->topic, stats);
        ++read;
    }
    return read;
}

} // namespace streamscope
