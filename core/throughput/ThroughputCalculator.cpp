#include "throughput/ThroughputCalculator.h"

#include <algorithm>
#include <cmath>

namespace streamscope {

namespace {

bool isReadable(const PartitionInfo& p) {
    return p.offsetErrorCode == 0 && p.endOffset >= 0;
}

bool isCompacted(const TopicInfo& t) {
    return t.cleanupPolicy.contains(QLatin1String("compact"));
}

// NaN-aware accumulation: a sum of nothing is "no value", not 0.
void addRate(double& sum, double value) {
    if (!hasValue(value))
        return;
    sum = hasValue(sum) ? sum + value : value;
}

} // namespace

ThroughputCalculator::ThroughputCalculator(ThroughputSettings settings)
    : m_settings(settings) {}

void ThroughputCalculator::reset() {
    m_topics.clear();
    m_sequence = 0;
    m_lastSampleMs = -1;
    m_clusterProduced = 0;
    m_clusterSmoothed = kNoRate;
}

double ThroughputCalculator::smooth(double previous, double value, qint64 elapsedMs) const {
    if (!hasValue(value))
        return previous;
    if (m_settings.smoothingMs <= 0 || !hasValue(previous) || elapsedMs <= 0)
        return value;
    // Exact EWMA for irregular sampling: the weight of the old value decays with real time.
    const double alpha = 1.0 - std::exp(-static_cast<double>(elapsedMs) /
                                        static_cast<double>(m_settings.smoothingMs));
    return previous + alpha * (value - previous);
}

void ThroughputCalculator::updatePartition(PartitionState& state, const PartitionInfo& info,
                                           qint64 sampleMs, PartitionRate& out, qint64& produced) {
    out.partition = info.partition;
    out.leader = info.leader;
    out.readable = isReadable(info);
    if (!out.readable) {
        // Keep the last good baseline: the next readable sample yields the rate over the whole
        // gap, which is still exact.
        out.errorCode = info.offsetErrorCode ? info.offsetErrorCode : info.errorCode;
        return;
    }
    out.startOffset = info.startOffset;
    out.endOffset = info.endOffset;

    if (state.lastEndOffset < 0) {
        // First readable sample: a baseline, no rate yet. A partition created after tracking
        // began counts everything it holds as produced since start.
        if (state.countFromLogStart && info.startOffset >= 0 && info.startOffset <= info.endOffset)
            produced += info.endOffset - info.startOffset;
    } else if (info.endOffset < state.lastEndOffset) {
        // Offsets went backwards: the topic was deleted and re-created (or the log truncated).
        // The old baseline means nothing now; start over without a rate for this tick.
        state.smoothed = kNoRate;
        if (info.startOffset >= 0 && info.startOffset <= info.endOffset)
            produced += info.endOffset - info.startOffset;
    } else {
        const qint64 elapsed = sampleMs - state.lastSampleMs;
        const qint64 delta = info.endOffset - state.lastEndOffset;
        produced += delta;
        if (elapsed > 0) {
            out.msgsPerSec = static_cast<double>(delta) * 1000.0 / static_cast<double>(elapsed);
            state.smoothed = smooth(state.smoothed, out.msgsPerSec, elapsed);
            out.smoothedMsgsPerSec = state.smoothed;
        }
    }
    state.lastEndOffset = info.endOffset;
    state.lastSampleMs = sampleMs;
}

void computeSkew(TopicRate& topic, const ThroughputSettings& settings) {
    double sum = 0;
    double max = -1;
    int count = 0;
    for (const auto& p : topic.partitions) {
        if (!hasValue(p.smoothedMsgsPerSec))
            continue;
        sum += p.smoothedMsgsPerSec;
        ++count;
        if (p.smoothedMsgsPerSec > max) {
            max = p.smoothedMsgsPerSec;
            topic.hottestPartition = p.partition;
        }
    }
    if (count == 0 || sum <= 0) {
        topic.hottestPartition = -1;
        return;
    }
    topic.skew = max / (sum / count);
    topic.hottestShare = max / sum;
    topic.hotPartition = topic.partitionCount >= 2 && sum >= settings.hotMinMsgsPerSec &&
                         topic.hottestShare >= settings.hotShareThreshold;
}

ThroughputSnapshot ThroughputCalculator::update(const ClusterMetadata& metadata,
                                                const TopicRecordStatsMap& recordStats) {
    ThroughputSnapshot out;
    out.sequence = ++m_sequence;
    out.sampledAt = metadata.sampledAt;
    out.sampledAtMs = metadata.sampledAt.isValid() ? metadata.sampledAt.toMSecsSinceEpoch() : 0;
    out.sampledAtMonotonicMs = metadata.sampledAtMonotonicMs;
    out.sampleDurationMs = metadata.sampleDurationMs;
    out.elapsedMs = m_lastSampleMs >= 0 ? metadata.sampledAtMonotonicMs - m_lastSampleMs : 0;
    const bool firstTick = m_lastSampleMs < 0;
    m_lastSampleMs = metadata.sampledAtMonotonicMs;

    // Topics that vanished from the metadata were deleted: forget them (their totals stay in the
    // cluster total, which has its own counter).
    QHash<QString, TopicState> previous;
    previous.swap(m_topics);
    m_topics.reserve(static_cast<qsizetype>(metadata.topics.size()));

    out.topics.reserve(metadata.topics.size());
    for (const auto& info : metadata.topics) {
        TopicState state;
        if (auto it = previous.find(info.name); it != previous.end())
            state = std::move(it.value());

        int maxId = -1;
        for (const auto& p : info.partitions)
            maxId = std::max(maxId, p.partition);
        const auto wanted = static_cast<size_t>(maxId + 1);
        if (state.partitions.size() != wanted) {
            const size_t before = std::min(state.partitions.size(), wanted);
            state.partitions.resize(wanted);
            // Partitions added after tracking began (or with the topic) hold only new records.
            for (size_t i = before; i < wanted; ++i)
                state.partitions[i].countFromLogStart = !firstTick;
        }

        TopicRate topic;
        topic.topic = info.name;
        topic.internal = info.internal;
        topic.partitionCount = static_cast<int>(info.partitions.size());
        topic.partitions.reserve(info.partitions.size());
        qint64 produced = 0;
        for (const auto& p : info.partitions) {
            PartitionRate rate;
            updatePartition(state.partitions[static_cast<size_t>(p.partition)], p,
                            metadata.sampledAtMonotonicMs, rate, produced);
            if (rate.readable)
                ++topic.readablePartitions;
            else
                ++out.unreadablePartitions;
            if (hasValue(rate.msgsPerSec))
                ++topic.ratedPartitions;
            if (m_settings.smoothingMs <= 0)
                rate.smoothedMsgsPerSec = rate.msgsPerSec;
            addRate(topic.msgsPerSec, rate.msgsPerSec);
            topic.partitions.push_back(rate);
        }
        state.producedSinceStart += produced;
        m_clusterProduced += produced;
        state.smoothed = smooth(state.smoothed, topic.msgsPerSec, out.elapsedMs);
        topic.smoothedMsgsPerSec = hasValue(topic.msgsPerSec) ? state.smoothed : kNoRate;
        topic.producedSinceStart = state.producedSinceStart;
        computeSkew(topic, m_settings);

        if (isCompacted(info))
            topic.offsetNotes |= static_cast<unsigned>(OffsetNote::Compacted);
        if (!info.configsAuthorized)
            topic.offsetNotes |= static_cast<unsigned>(OffsetNote::ConfigsNotAuthorized);
        if (auto it = recordStats.constFind(info.name); it != recordStats.constEnd()) {
            if (it->transactionMarkersSeen)
                topic.offsetNotes |= static_cast<unsigned>(OffsetNote::TransactionMarkers);
            topic.meanRecordBytes = it->meanRecordBytes;
            if (it->meanRecordBytes >= 0 && hasValue(topic.smoothedMsgsPerSec))
                topic.estimatedBytesPerSec = topic.smoothedMsgsPerSec * it->meanRecordBytes;
        }

        addRate(out.clusterMsgsPerSec, topic.msgsPerSec);
        out.topics.push_back(std::move(topic));
        m_topics.insert(info.name, std::move(state));
    }
    m_clusterSmoothed = smooth(m_clusterSmoothed, out.clusterMsgsPerSec, out.elapsedMs);
    out.clusterSmoothedMsgsPerSec = hasValue(out.clusterMsgsPerSec) ? m_clusterSmoothed : kNoRate;
    out.clusterProducedSinceStart = m_clusterProduced;
    // Metadata topics are sorted already; synthetic or merged snapshots might not be.
    if (!std::is_sorted(out.topics.begin(), out.topics.end(),
                        [](const TopicRate& a, const TopicRate& b) { return a.topic < b.topic; }))
        std::sort(out.topics.begin(), out.topics.end(),
                  [](const TopicRate& a, const TopicRate& b) { return a.topic < b.topic; });
    return out;
}

} // namespace streamscope
