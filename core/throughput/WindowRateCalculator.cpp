#include "throughput/WindowRateCalculator.h"

#include <algorithm>

namespace streamscope {

void WindowRateCalculator::add(const ClusterMetadata& sample) {
    const qint64 wallMs = sample.sampledAt.isValid() ? sample.sampledAt.toMSecsSinceEpoch() : 0;
    if (m_samples == 0) {
        m_firstWallMs = wallMs;
        m_firstMonotonicMs = sample.sampledAtMonotonicMs;
    }
    const qint64 previousMs = m_lastMonotonicMs;
    const bool hadPrevious = m_samples > 0;
    ++m_samples;
    m_lastWallMs = wallMs;
    m_lastMonotonicMs = sample.sampledAtMonotonicMs;

    QHash<QString, TopicWindow> previous;
    previous.swap(m_topics);
    for (const auto& topic : sample.topics) {
        const bool seenBefore = m_seenOrder.contains(topic.name);
        if (!seenBefore)
            m_seenOrder.append(topic.name);
        const bool wasMissing = seenBefore && !previous.contains(topic.name);
        TopicWindow window = previous.take(topic.name);
        int maxId = -1;
        for (const auto& p : topic.partitions)
            maxId = std::max(maxId, p.partition);
        bool recreated =
            wasMissing || (seenBefore && static_cast<size_t>(maxId + 1) < window.partitions.size());
        for (const auto& p : topic.partitions) {
            const auto id = static_cast<size_t>(p.partition);
            if (p.offsetErrorCode == 0 && p.endOffset >= 0 && id < window.partitions.size() &&
                p.endOffset < window.partitions[id].lastEnd)
                recreated = true; // end offsets never go backwards within one topic
        }
        if (recreated && hadPrevious) {
            // Deleted and created again since the previous sample: the new topic began empty
            // after it, so measure from offset 0 there.
            window.partitions.assign(static_cast<size_t>(maxId + 1),
                                     Edge{0, previousMs, 0, previousMs});
            m_recreatedAtMs.insert(topic.name, previousMs);
        }
        window.partitions.resize(static_cast<size_t>(maxId + 1));
        for (const auto& p : topic.partitions) {
            if (p.offsetErrorCode != 0 || p.endOffset < 0)
                continue; // keep the edges from the samples that could be read
            Edge& e = window.partitions[static_cast<size_t>(p.partition)];
            if (e.firstEnd < 0 || p.endOffset < e.lastEnd) {
                e.firstEnd = p.endOffset;
                e.firstMs = sample.sampledAtMonotonicMs;
            }
            e.lastEnd = p.endOffset;
            e.lastMs = sample.sampledAtMonotonicMs;
        }
        m_topics.insert(topic.name, std::move(window));
    }
    m_last = sample;
}

QStringList WindowRateCalculator::vanishedTopics() const {
    QStringList out;
    for (const auto& name : m_seenOrder) {
        if (!m_topics.contains(name))
            out.append(name);
    }
    return out;
}

QHash<QString, qint64> WindowRateCalculator::recreatedTopics() const {
    QHash<QString, qint64> out;
    for (auto it = m_recreatedAtMs.cbegin(); it != m_recreatedAtMs.cend(); ++it) {
        if (m_topics.contains(it.key()))
            out.insert(it.key(), m_lastMonotonicMs - it.value());
    }
    return out;
}

ThroughputSnapshot WindowRateCalculator::result(const ThroughputSettings& settings) const {
    ThroughputSnapshot out;
    out.sequence = static_cast<quint64>(m_samples);
    out.sampledAt = m_last.sampledAt;
    out.sampledAtMs = m_lastWallMs;
    out.sampledAtMonotonicMs = m_lastMonotonicMs;
    out.elapsedMs = windowMs();
    out.sampleDurationMs = m_last.sampleDurationMs;
    out.topics.reserve(m_last.topics.size());
    for (const auto& info : m_last.topics) {
        const auto found = m_topics.constFind(info.name);
        if (found == m_topics.constEnd())
            continue; // cannot happen: add() records every topic of the last sample
        const TopicWindow& window = found.value();
        TopicRate topic;
        topic.topic = info.name;
        topic.internal = info.internal;
        topic.partitionCount = static_cast<int>(info.partitions.size());
        if (info.cleanupPolicy.contains(QLatin1String("compact")))
            topic.offsetNotes |= static_cast<unsigned>(OffsetNote::Compacted);
        if (!info.configsAuthorized)
            topic.offsetNotes |= static_cast<unsigned>(OffsetNote::ConfigsNotAuthorized);
        for (const auto& p : info.partitions) {
            PartitionRate rate;
            rate.partition = p.partition;
            rate.leader = p.leader;
            const Edge& e = window.partitions[static_cast<size_t>(p.partition)];
            // The newest readable offsets, even if this last sample could not read them.
            rate.readable = p.offsetErrorCode == 0 && p.endOffset >= 0;
            rate.errorCode = p.offsetErrorCode;
            rate.endOffset = rate.readable ? p.endOffset : e.lastEnd;
            rate.startOffset = rate.readable ? p.startOffset : -1;
            if (rate.readable)
                ++topic.readablePartitions;
            else
                ++out.unreadablePartitions;
            if (e.firstEnd >= 0 && e.lastMs > e.firstMs) {
                const qint64 delta = e.lastEnd - e.firstEnd;
                rate.msgsPerSec =
                    static_cast<double>(delta) * 1000.0 / static_cast<double>(e.lastMs - e.firstMs);
                rate.smoothedMsgsPerSec = rate.msgsPerSec;
                topic.producedSinceStart += delta;
                ++topic.ratedPartitions;
                topic.msgsPerSec = hasValue(topic.msgsPerSec) ? topic.msgsPerSec + rate.msgsPerSec
                                                              : rate.msgsPerSec;
            }
            topic.partitions.push_back(rate);
        }
        topic.smoothedMsgsPerSec = topic.msgsPerSec;
        computeSkew(topic, settings);
        if (hasValue(topic.msgsPerSec))
            out.clusterMsgsPerSec = hasValue(out.clusterMsgsPerSec)
                                        ? out.clusterMsgsPerSec + topic.msgsPerSec
                                        : topic.msgsPerSec;
        out.clusterProducedSinceStart += topic.producedSinceStart;
        out.topics.push_back(std::move(topic));
    }
    out.clusterSmoothedMsgsPerSec = out.clusterMsgsPerSec;
    return out;
}

} // namespace streamscope
