#include "kafka/PartitionReader.h"

#include "kafka/KafkaClient.h"
#include "kafka/RdErrors.h"
#include "kafka/RdMessages.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <deque>
#include <map>

namespace streamscope {

namespace {

// librdkafka's simple consumer cannot be interrupted inside a wait: a stop request is honoured
// between slices.
constexpr int kSliceMs = 100;
constexpr size_t kFetchBatch = 256;

using TopicHandle = std::unique_ptr<rd_kafka_topic_t, rd::Deleter<rd_kafka_topic_destroy>>;

qint64 librdkafkaStart(qint64 offset) {
    if (offset == kEarliestOffsetQuery)
        return RD_KAFKA_OFFSET_BEGINNING;
    if (offset == kLatestOffsetQuery)
        return RD_KAFKA_OFFSET_END;
    return offset;
}

} // namespace

// The librdkafka side of one assignment: topic handles and the one queue every partition feeds.
// Fetching stops before the queue and the topic handles go (member order, destructor).
struct PartitionReader::Assigned {
    struct Partition {
        rd_kafka_topic_t* topic = nullptr; // owned by topics
        int partition = 0;
        bool started = false;
    };
    // A fetched item not handed out yet: a record (its message, not a copy), or the log end of
    // a partition.
    struct Item {
        size_t partition = 0;
        bool logEnd = false;
        qint64 offset = 0;
        rd::Message message;
    };

    std::map<QString, TopicHandle> topics;
    std::map<const rd_kafka_topic_t*, QString> topicNames;
    std::vector<Partition> partitions; // in PartitionReader::m_progress order
    std::map<std::pair<const rd_kafka_topic_t*, int>, size_t> index;
    rd::Queue queue;
    std::deque<Item> pending; // fetched past a limit: handed out by the next read
    std::vector<RecordHeaderView> headerScratch; // the header views of the record being visited

    ~Assigned() {
        for (const auto& p : partitions)
            if (p.started)
                rd_kafka_consume_stop(p.topic, p.partition);
    }
};

Expected<std::unique_ptr<PartitionReader>> PartitionReader::create(const ConnectionProfile& profile,
                                                                   const PropertyList& overrides) {
    PropertyList properties{
        {QStringLiteral("client.id"), QStringLiteral("streamscope-reader")},
        // Control records are never handed out either way; read_uncommitted keeps aborted
        // records, so in a non-compacted log the only skipped offsets are the markers.
        {QStringLiteral("isolation.level"), QStringLiteral("read_uncommitted")},
        // The log end is an answer too ("nothing more for now"), not a silent wait.
        {QStringLiteral("enable.partition.eof"), QStringLiteral("true")},
        {QStringLiteral("enable.auto.commit"), QStringLiteral("false")},
        {QStringLiteral("auto.offset.reset"), QStringLiteral("error")},
        // Reads are bounded by the caller: no need for librdkafka's default 64 MiB prefetch.
        {QStringLiteral("queued.max.messages.kbytes"), QStringLiteral("1024")},
        {QStringLiteral("fetch.wait.max.ms"), QStringLiteral("100")},
    };
    properties += overrides;
    auto client = KafkaClient::create(profile, KafkaClient::Kind::Consumer, properties);
    if (!client)
        return client.error();
    return std::unique_ptr<PartitionReader>(new PartitionReader(std::move(client.value())));
}

PropertyList PartitionReader::bulkReadProperties() {
    return {
        {QStringLiteral("queued.max.messages.kbytes"), QStringLiteral("65536")},
        {QStringLiteral("fetch.max.bytes"), QStringLiteral("52428800")},
        {QStringLiteral("max.partition.fetch.bytes"), QStringLiteral("8388608")},
        {QStringLiteral("fetch.wait.max.ms"), QStringLiteral("100")},
        // The prefetch is bounded by the bytes above. librdkafka also stops fetching a partition
        // at queued.min.messages (default 100,000), and librdkafka 2.0.2 looks again only when
        // its broker thread wakes (up to a second later; draining the queue does not wake it):
        // with small records those pauses, not the broker, set the pace (a million records took
        // 2.5-6.2 s instead of 1.3 s, against kcat's 1.6-1.8 s). A full 64 MiB queue pauses the
        // same way, which is why it is not smaller (16 MiB: 6.2 s).
        {QStringLiteral("queued.min.messages"), QStringLiteral("10000000")},
    };
}

PartitionReader::PartitionReader(std::unique_ptr<KafkaClient> client)
    : m_client(std::move(client)) {}

PartitionReader::~PartitionReader() {
    unassign();
}

void PartitionReader::unassign() {
    m_assigned.reset();
    m_progress.clear();
}

Status PartitionReader::assign(const std::vector<PartitionRange>& ranges, int timeoutMs) {
    unassign();
    std::vector<qint64> starts;
    starts.reserve(ranges.size());
    std::vector<OffsetQuery> timeQueries;
    for (const auto& r : ranges) {
        starts.push_back(librdkafkaStart(r.startOffset));
        if (r.startTimestampMs >= 0)
            timeQueries.push_back(OffsetQuery{r.topic, r.partition, r.startTimestampMs});
    }
    if (!timeQueries.empty()) {
        auto answers = m_client->queryOffsets(timeQueries, timeoutMs);
        if (!answers)
            return answers.error();
        size_t a = 0;
        for (size_t i = 0; i < ranges.size(); ++i) {
            if (ranges[i].startTimestampMs < 0)
                continue;
            const OffsetAnswer& answer = (*answers)[a++];
            if (answer.errorCode != 0)
                return rd::errorFrom(static_cast<rd_kafka_resp_err_t>(answer.errorCode),
                                     answer.topic.toUtf8().constData());
            // No record at or after that time: -1, which is also librdkafka's "log end".
            starts[i] = answer.offset >= 0 ? answer.offset : RD_KAFKA_OFFSET_END;
        }
    }

    auto assigned = std::make_unique<Assigned>();
    assigned->queue.reset(rd_kafka_queue_new(m_client->handle()));
    if (!assigned->queue)
        return rd::constructorError("rd_kafka_queue_new");
    std::vector<PartitionProgress> progress;
    for (size_t i = 0; i < ranges.size(); ++i) {
        const auto& r = ranges[i];
        auto topic = assigned->topics.find(r.topic);
        if (topic == assigned->topics.end()) {
            TopicHandle handle(
                rd_kafka_topic_new(m_client->handle(), r.topic.toUtf8().constData(), nullptr));
            if (!handle)
                return rd::lastError();
            assigned->topicNames.emplace(handle.get(), r.topic);
            topic = assigned->topics.emplace(r.topic, std::move(handle)).first;
        }
        rd_kafka_topic_t* rkt = topic->second.get();
        assigned->partitions.push_back(Assigned::Partition{rkt, r.partition, false});
        assigned->index.emplace(std::make_pair(rkt, r.partition), i);
        if (rd_kafka_consume_start_queue(rkt, r.partition, starts[i], assigned->queue.get()) == -1)
            return rd::lastError(); // the partitions started so far stop with assigned
        assigned->partitions.back().started = true;
        PartitionProgress p;
        p.topic = r.topic;
        p.partition = r.partition;
        p.nextOffset = starts[i] >= 0 ? starts[i] : -1;
        p.endOffset = r.endOffset;
        p.finished = r.endOffset != PartitionRange::kFollowLog && p.nextOffset >= r.endOffset;
        progress.push_back(std::move(p));
    }
    m_assigned = std::move(assigned);
    m_progress = std::move(progress);
    return {};
}

bool PartitionReader::finished() const {
    return std::all_of(m_progress.begin(), m_progress.end(),
                       [](const PartitionProgress& p) { return p.finished; });
}

QString PartitionReader::lastBrokerError() const {
    return m_client->lastBrokerError();
}

bool PartitionReader::acceptRecord(size_t index, qint64 offset) {
    PartitionProgress& p = m_progress[index];
    p.atLogEnd = false;
    const bool bounded = p.endOffset != PartitionRange::kFollowLog;
    if ((p.nextOffset >= 0 && offset < p.nextOffset) || (bounded && offset >= p.endOffset)) {
        // Outside the range asked for (fetched again, or newer records that keep coming).
        if (bounded)
            p.nextOffset = std::max(p.nextOffset, std::min(offset + 1, p.endOffset));
        p.finished = bounded && p.nextOffset >= p.endOffset;
        return false;
    }
    p.nextOffset = offset + 1;
    p.finished = bounded && p.nextOffset >= p.endOffset;
    return true;
}

void PartitionReader::acceptLogEnd(size_t index, qint64 offset) {
    PartitionProgress& p = m_progress[index];
    p.atLogEnd = true;
    // Reached the log end: offsets up to it without records were skipped.
    const bool bounded = p.endOffset != PartitionRange::kFollowLog;
    p.nextOffset = std::max(p.nextOffset, bounded ? std::min(offset, p.endOffset) : offset);
    p.finished = bounded && p.nextOffset >= p.endOffset;
}

Expected<ReadBatch> PartitionReader::read(const ReadLimits& limits,
                                          const std::atomic_bool* cancel) {
    std::vector<ConsumedRecord> records;
    auto batch = read(
        limits,
        [&records](const RecordView& record) {
            records.push_back(record.toRecord());
            return true;
        },
        cancel);
    if (batch)
        batch->records = std::move(records);
    return batch;
}

Expected<ReadBatch> PartitionReader::read(const ReadLimits& limits, const RecordVisitor& visit,
                                          const std::atomic_bool* cancel) {
    ReadBatch batch;
    if (!m_assigned || finished()) {
        batch.finished = true;
        return batch;
    }
    Assigned& a = *m_assigned;
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 bytes = 0;
    bool reachedLogEnd = false; // some partition reported its log end during this call
    auto full = [&] {
        return batch.visitorStopped || batch.visited >= limits.maxRecords ||
               bytes >= limits.maxBytes;
    };
    // Hands out fetched items in order until a limit is reached; the rest wait for the next read.
    auto drain = [&] {
        while (!a.pending.empty() && !full()) {
            Assigned::Item item = std::move(a.pending.front());
            a.pending.pop_front();
            if (item.logEnd) {
                acceptLogEnd(item.partition, item.offset);
                reachedLogEnd = true;
            } else if (acceptRecord(item.partition, item.offset)) {
                const Assigned::Partition& p = a.partitions[item.partition];
                const RecordView record =
                    rd::viewOf(*item.message, a.topicNames[p.topic], a.headerScratch);
                bytes += record.payloadBytes();
                ++batch.visited;
                batch.visitorStopped = !visit(record);
            }
        }
    };
    auto everyOpenAtLogEnd = [this] {
        return std::all_of(m_progress.begin(), m_progress.end(),
                           [](const PartitionProgress& p) { return p.finished || p.atLogEnd; });
    };

    drain();
    std::array<rd_kafka_message_t*, kFetchBatch> fetched{};
    while (!full() && !finished() && !(reachedLogEnd && everyOpenAtLogEnd())) {
        if (cancel && cancel->load()) {
            batch.cancelled = true;
            break;
        }
        const int remaining = limits.maxWaitMs - static_cast<int>(elapsed.elapsed());
        if (remaining <= 0)
            break;
        const ssize_t n = rd_kafka_consume_batch_queue(a.queue.get(), std::min(remaining, kSliceMs),
                                                       fetched.data(), fetched.size());
        m_client->pollEvents();
        if (n < 0) {
            batch.error = rd::lastError();
            break;
        }
        for (ssize_t i = 0; i < n; ++i) {
            rd::Message m(fetched[static_cast<size_t>(i)]);
            auto found = a.index.find(std::make_pair(m->rkt, m->partition));
            if (found == a.index.end()) {
                // librdkafka keeps one topic object per name, so the message's handle is ours;
                // the name is the fallback should that ever change.
                const auto named = a.topics.find(QString::fromUtf8(rd_kafka_topic_name(m->rkt)));
                if (named != a.topics.end())
                    found = a.index.find(std::make_pair(named->second.get(), m->partition));
                if (found == a.index.end())
                    continue; // from a partition no longer assigned
            }
            if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                a.pending.push_back(Assigned::Item{found->second, true, m->offset, {}});
                continue;
            }
            if (m->err) {
                // Records already fetched stay pending; the caller decides whether to go on.
                if (batch.error.code == 0)
                    batch.error = rd::errorFrom(m->err);
                continue;
            }
            const qint64 offset = m->offset;
            a.pending.push_back(Assigned::Item{found->second, false, offset, std::move(m)});
        }
        drain();
        if (batch.error.code != 0)
            break;
    }
    if (batch.error.code != 0 && batch.visited == 0)
        return batch.error;
    batch.finished = finished();
    return batch;
}

} // namespace streamscope
