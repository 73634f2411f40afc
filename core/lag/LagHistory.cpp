#include "lag/LagHistory.h"

#include "throughput/HistoryFileWriter.h"
#include "throughput/HistoryKeeper.h"
#include "throughput/HistoryStore.h"

#include <cmath>
#include <map>

namespace streamscope {

namespace {

// In sources() order; they name the files on disk.
const char* const kMetricNames[] = {"lag", "time-lag", "consume-rate"};

// The ring "topic" of a group (topic empty: the group's total) or of a group on a topic. The
// unit separator cannot clash with a topic name (Kafka allows [a-zA-Z0-9._-] only).
QString ringName(const QString& group, const QString& topic) {
    return group + QChar(0x1f) + topic;
}

double valueOr(const std::optional<qint64>& v) {
    return v ? static_cast<double>(*v) : std::nan("");
}

double valueOr(const std::optional<double>& v) {
    return v ? *v : std::nan("");
}

} // namespace

LagHistory::LagHistory(HistoryConfig config)
    : m_lag(config)
    , m_timeLag(config)
    , m_consumeRate(config) {}

TimeSeriesData LagHistory::MetricSource::series(const TimeSeriesKey& key, qint64 fromMs,
                                                qint64 toMs) const {
    if (key.scope.isEmpty())
        return {};
    return rings->series(TimeSeriesKey{QString(), ringName(key.scope, key.topic),
                                       key.topic.isEmpty() ? -1 : key.partition},
                         fromMs, toMs);
}

void LagHistory::append(const LagSnapshot& snapshot, qint64 wallMs, qint64 elapsedMs) {
    // One ThroughputSnapshot per metric, its topics sorted by ring name (ThroughputHistory
    // merges sorted lists).
    std::map<QString, TopicRate> lag, timeLag, rate;
    for (const GroupLag& g : snapshot.groups) {
        const bool readable = g.error.isEmpty();
        auto addTotal = [&](std::map<QString, TopicRate>& into, const QString& name, double v) {
            TopicRate& t = into[name];
            t.topic = name;
            t.msgsPerSec = readable ? v : std::nan("");
        };
        const QString groupRing = ringName(g.groupId, QString());
        addTotal(lag, groupRing, static_cast<double>(g.totalLag));
        addTotal(timeLag, groupRing, valueOr(g.timeLagSeconds));
        addTotal(rate, groupRing, g.consumeRatePerSec);
        for (const GroupTopicLag& t : g.topics) {
            const QString name = ringName(g.groupId, t.topic);
            addTotal(lag, name, static_cast<double>(t.totalLag));
            addTotal(timeLag, name, valueOr(t.timeLagSeconds));
            addTotal(rate, name, t.consumeRatePerSec);
            for (const PartitionLag& p : t.partitions) {
                auto addPartition = [&](std::map<QString, TopicRate>& into, double v) {
                    PartitionRate r;
                    r.partition = p.partition;
                    r.msgsPerSec = v;
                    into[name].partitions.push_back(r);
                };
                addPartition(lag, valueOr(p.lag));
                addPartition(timeLag, valueOr(p.timeLagSeconds));
                addPartition(rate, p.consumeRatePerSec);
            }
        }
    }
    auto appendTo = [&](MetricSource& source, std::map<QString, TopicRate>& topics) {
        ThroughputSnapshot s;
        s.sampledAtMs = wallMs;
        s.elapsedMs = elapsedMs;
        s.topics.reserve(topics.size());
        for (auto& [name, t] : topics)
            s.topics.push_back(std::move(t));
        source.rings->append(s);
    };
    appendTo(m_lag, lag);
    appendTo(m_timeLag, timeLag);
    appendTo(m_consumeRate, rate);
}

void LagHistory::markGap() {
    m_lag.rings->markGap();
    m_timeLag.rings->markGap();
    m_consumeRate.rings->markGap();
}

std::size_t LagHistory::memoryBytes() const {
    return m_lag.rings->memoryBytes() + m_timeLag.rings->memoryBytes() +
           m_consumeRate.rings->memoryBytes();
}

void LagHistory::keepOnDisk(const HistoryStore& store, std::shared_ptr<HistoryFileWriter> writer,
                            const QString& bootstrapServers) {
    // One file per metric: the cluster key is made from the bootstrap with the metric's name,
    // so the files sit beside the throughput file of the same cluster.
    for (std::size_t i = 0; i < m_keepers.size(); ++i)
        m_keepers[i] = std::make_shared<HistoryKeeper>(
            store, writer,
            bootstrapServers + QStringLiteral("#consumer-") + QLatin1String(kMetricNames[i]));
}

void LagHistory::restoreIfDue(const ClusterMetadata& snapshot) {
    if (std::exchange(m_restoreTried, true))
        return;
    const auto all = sources();
    for (std::size_t i = 0; i < m_keepers.size(); ++i) {
        if (!m_keepers[i])
            continue;
        // The keeper names its file after the cluster id when there is one: a metric's own id
        // ("<id>_consumer-lag") keeps the three files apart from each other and from the
        // throughput file of the same cluster.
        ClusterMetadata keyed;
        if (!snapshot.clusterId.isEmpty())
            keyed.clusterId =
                snapshot.clusterId + QStringLiteral("_consumer-") + QLatin1String(kMetricNames[i]);
        m_keepers[i]->restore(keyed, *all[i]->rings);
    }
}

void LagHistory::savedIfDue() {
    const auto all = sources();
    for (std::size_t i = 0; i < m_keepers.size(); ++i) {
        if (m_keepers[i])
            m_keepers[i]->tickAppended(*all[i]->rings);
    }
}

void LagHistory::saveInBackground() {
    const auto all = sources();
    for (std::size_t i = 0; i < m_keepers.size(); ++i) {
        if (m_keepers[i])
            m_keepers[i]->saveInBackground(all[i]->rings);
    }
}

} // namespace streamscope
