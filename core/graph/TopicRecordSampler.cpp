#include "graph/TopicRecordSampler.h"

#include "graph/GraphTr.h"
#include "kafka/PartitionReader.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>

namespace streamscope {

namespace {

// Partitions assigned at once: enough to read many small topics in one go, few enough that a
// read of one batch stays short.
constexpr size_t kPartitionsPerAssign = 256;

std::vector<qint64> endsOf(const TopicEnds& topic) {
    std::vector<qint64> ends;
    ends.reserve(topic.partitions.size());
    for (const auto& p : topic.partitions)
        ends.push_back(p.end);
    return ends;
}

qint64 recordCount(const TopicEnds& topic) {
    qint64 n = 0;
    for (const auto& p : topic.partitions)
        if (p.start >= 0 && p.end > p.start)
            n += p.end - p.start;
    return n;
}

} // namespace

std::vector<TopicEnds> topicEndsOf(const ClusterMetadata& cluster) {
    std::vector<TopicEnds> out;
    for (const auto& t : cluster.topics) {
        if (t.internal || isInternalTopicName(t.name))
            continue;
        TopicEnds ends{t.name, {}};
        for (const auto& p : t.partitions)
            ends.partitions.push_back({p.partition, p.startOffset, p.endOffset});
        out.push_back(std::move(ends));
    }
    return out;
}

std::vector<TopicEnds> topicEndsOf(const ThroughputSnapshot& rates) {
    std::vector<TopicEnds> out;
    for (const auto& t : rates.topics) {
        if (t.internal || isInternalTopicName(t.topic))
            continue;
        TopicEnds ends{t.topic, {}};
        for (const auto& p : t.partitions)
            ends.partitions.push_back({p.partition, p.startOffset, p.endOffset});
        out.push_back(std::move(ends));
    }
    return out;
}

Expected<std::unique_ptr<TopicRecordSampler>>
TopicRecordSampler::create(const ConnectionProfile& profile) {
    auto reader = PartitionReader::create(
        profile, {{QStringLiteral("client.id"), QStringLiteral("streamscope-graph-sampler")}});
    if (!reader)
        return reader.error();
    return std::unique_ptr<TopicRecordSampler>(new TopicRecordSampler(std::move(reader.value())));
}

TopicRecordSampler::TopicRecordSampler(std::unique_ptr<PartitionReader> reader)
    : m_reader(std::move(reader)) {}

TopicRecordSampler::~TopicRecordSampler() = default;

std::vector<TopicRecordSample> TopicRecordSampler::sample(const std::vector<TopicEnds>& topics,
                                                          int perTopic, int timeoutMs,
                                                          const std::atomic_bool* cancel) {
    QElapsedTimer clock;
    clock.start();
    perTopic = std::max(1, perTopic);

    // Topics whose ends moved (or were never read) are read again, in batches of partitions.
    std::vector<const TopicEnds*> batch;
    size_t batchPartitions = 0;
    QSet<QString> present;
    for (const auto& topic : topics) {
        present.insert(topic.topic);
        if (recordCount(topic) == 0) {
            m_cache.remove(topic.topic);
            continue;
        }
        const auto cached = m_cache.constFind(topic.topic);
        if (cached != m_cache.cend() && cached->ends == endsOf(topic) &&
            cached->sample.error.isEmpty())
            continue;
        batch.push_back(&topic);
        batchPartitions += topic.partitions.size();
        if (batchPartitions >= kPartitionsPerAssign) {
            readBatch(batch, perTopic, timeoutMs, cancel);
            batch.clear();
            batchPartitions = 0;
        }
        if (clock.elapsed() >= timeoutMs || (cancel && cancel->load()))
            break;
    }
    if (!batch.empty() && clock.elapsed() < timeoutMs && !(cancel && cancel->load()))
        readBatch(batch, perTopic, timeoutMs - clock.elapsed(), cancel);

    // Deleted topics are forgotten.
    for (auto it = m_cache.begin(); it != m_cache.end();)
        it = present.contains(it.key()) ? std::next(it) : m_cache.erase(it);

    std::vector<TopicRecordSample> out;
    for (const auto& topic : topics) {
        if (const auto cached = m_cache.constFind(topic.topic); cached != m_cache.cend())
            out.push_back(cached->sample);
    }
    return out;
}

void TopicRecordSampler::readBatch(const std::vector<const TopicEnds*>& batch, int perTopic,
                                   qint64 timeoutMs, const std::atomic_bool* cancel) {
    std::vector<PartitionRange> ranges;
    QHash<QString, TopicRecordSample> samples;
    for (const TopicEnds* topic : batch) {
        const qint64 readable = static_cast<qint64>(
            std::count_if(topic->partitions.begin(), topic->partitions.end(),
                          [](const auto& p) { return p.start >= 0 && p.end > p.start; }));
        // A fair share per partition, so the newest records of every partition compete.
        const qint64 perPartition =
            std::max<qint64>(1, (perTopic + readable - 1) / std::max<qint64>(1, readable));
        for (const auto& p : topic->partitions) {
            if (p.start < 0 || p.end <= p.start)
                continue;
            PartitionRange range;
            range.topic = topic->topic;
            range.partition = p.partition;
            range.startOffset = std::max(p.start, p.end - perPartition);
            range.endOffset = p.end;
            ranges.push_back(std::move(range));
        }
        samples[topic->topic].topic = topic->topic;
    }
    QElapsedTimer clock;
    clock.start();
    QString failure;
    QSet<QString> unfinished; // empty with a failure: every topic failed
    if (auto assigned =
            m_reader->assign(ranges, static_cast<int>(std::max<qint64>(100, timeoutMs)));
        !assigned) {
        failure = assigned.error().message;
    } else {
        ReadLimits limits;
        limits.maxRecords = std::numeric_limits<int>::max();
        limits.maxBytes = std::numeric_limits<qint64>::max();
        while (!m_reader->finished() && clock.elapsed() < timeoutMs &&
               !(cancel && cancel->load())) {
            limits.maxWaitMs = static_cast<int>(std::min<qint64>(500, timeoutMs - clock.elapsed()));
            auto read = m_reader->read(limits, cancel);
            if (!read) {
                failure = read.error().message;
                break;
            }
            for (auto& record : read->records)
                samples[record.topic].records.push_back(
                    {record.timestampMs, std::move(record.headers)});
            if (read->error.code != 0) {
                failure = read->error.message;
                break;
            }
            if (read->cancelled)
                break;
        }
        if (failure.isEmpty() && !m_reader->finished())
            failure = GraphTr::tr("the newest records were not all read in time");
        for (const auto& p : m_reader->progress())
            if (!p.finished)
                unfinished.insert(p.topic);
        m_reader->unassign();
    }
    for (const TopicEnds* topic : batch) {
        TopicRecordSample& s = samples[topic->topic];
        std::stable_sort(s.records.begin(), s.records.end(),
                         [](const SampledRecord& a, const SampledRecord& b) {
                             return a.timestampMs < b.timestampMs;
                         });
        if (s.records.size() > static_cast<size_t>(perTopic))
            s.records.erase(s.records.begin(), s.records.end() - perTopic);
        if (unfinished.isEmpty() || unfinished.contains(topic->topic))
            s.error = failure;
        m_cache.insert(topic->topic, Cached{endsOf(*topic), std::move(s)});
    }
}

} // namespace streamscope
