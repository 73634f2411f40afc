#include "kafka/GroupConsumer.h"

#include "kafka/RdErrors.h"
#include "kafka/RdMessages.h"

#include <QCoreApplication>

#include <chrono>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KafkaClient)
};

constexpr int kDestructorCloseMs = 2000;
// How much longer the destructor serves a close that has not finished: the handle cannot be
// destroyed before it is (see ~GroupConsumer).
constexpr int kDestructorFinishCloseMs = 10000;

using rd::constructorError;
using rd::statusFrom;

// librdkafka's list of these partitions (offsets unset); null only when memory ran out.
rd::PartitionList partitionList(const std::vector<TopicPartition>& partitions) {
    rd::PartitionList list(rd_kafka_topic_partition_list_new(static_cast<int>(partitions.size())));
    if (list)
        for (const auto& p : partitions)
            rd_kafka_topic_partition_list_add(list.get(), p.topic.toUtf8().constData(),
                                              p.partition);
    return list;
}

} // namespace

Expected<std::unique_ptr<GroupConsumer>> GroupConsumer::create(const ConnectionProfile& profile,
                                                               const PropertyList& overrides) {
    auto conf = makeClientConf(profile, overrides);
    if (!conf)
        return conf.error();
    std::unique_ptr<GroupConsumer> consumer(new GroupConsumer);
    rd_kafka_conf_set_opaque(conf->get(), consumer.get());
    rd_kafka_conf_set_error_cb(conf->get(), &GroupConsumer::onError);

    char errstr[512] = {};
    rd_kafka_t* rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf->get(), errstr, sizeof errstr);
    if (!rk)
        return streamscopeError(
            Tr::tr("Cannot create Kafka consumer: %1").arg(QString::fromUtf8(errstr)));
    conf->release();
    consumer->m_handle.reset(rk);
    // One queue for records, errors and rebalances, served by poll().
    rd_kafka_poll_set_consumer(rk);
    return consumer;
}

GroupConsumer::~GroupConsumer() {
    if (!m_handle)
        return;
    if (!m_closeStarted)
        close(kDestructorCloseMs);
    // A close started on a queue must be served until librdkafka reports it done: a handle
    // destroyed while its close still waits on that queue hangs rd_kafka_destroy for good (seen
    // in tst_offset_reset when a close outlasted its bound).
    serveCloseUntil(std::chrono::steady_clock::now() +
                    std::chrono::milliseconds(kDestructorFinishCloseMs));
    m_closeQueue.reset(); // a queue holds a reference to the handle
    // Records fetched but never polled hold references to their partitions, and through them
    // to the broker threads, which rd_kafka_destroy joins: left in the queue they hang it for
    // good (tst_offset_reset's member consumer, whose fetches kept arriving after its last poll).
    const auto drainUntil = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    while (std::chrono::steady_clock::now() < drainUntil) {
        rd::Message leftover(rd_kafka_consumer_poll(m_handle.get(), 0));
        if (!leftover)
            break;
    }
}

void GroupConsumer::onError(rd_kafka_t*, int err, const char* reason, void* opaque) {
    static_cast<GroupConsumer*>(opaque)->m_errors.record(err, reason);
}

Status GroupConsumer::subscribe(const QStringList& topics) {
    rd::PartitionList list(rd_kafka_topic_partition_list_new(static_cast<int>(topics.size())));
    if (!list)
        return constructorError("rd_kafka_topic_partition_list_new");
    for (const auto& topic : topics)
        rd_kafka_topic_partition_list_add(list.get(), topic.toUtf8().constData(),
                                          RD_KAFKA_PARTITION_UA);
    return statusFrom(rd_kafka_subscribe(m_handle.get(), list.get()));
}

Expected<std::optional<ConsumedRecord>> GroupConsumer::poll(int timeoutMs) {
    rd::Message message(rd_kafka_consumer_poll(m_handle.get(), timeoutMs));
    if (!message)
        return std::optional<ConsumedRecord>();
    if (message->err)
        return rd::errorFrom(message->err);
    return std::optional<ConsumedRecord>(rd::toRecord(*message));
}

Status GroupConsumer::storeOffset(const ConsumedRecord& record) {
    rd::PartitionList list = partitionList({TopicPartition{record.topic, record.partition}});
    if (!list)
        return constructorError("rd_kafka_topic_partition_list_new");
    list->elems[0].offset = record.offset + 1;
    return statusFrom(rd_kafka_offsets_store(m_handle.get(), list.get()));
}

std::vector<TopicPartition> GroupConsumer::assignment() const {
    std::vector<TopicPartition> out;
    rd_kafka_topic_partition_list_t* raw = nullptr;
    if (rd_kafka_assignment(m_handle.get(), &raw) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return out;
    rd::PartitionList list(raw);
    out.reserve(static_cast<size_t>(list->cnt));
    for (int i = 0; i < list->cnt; ++i)
        out.push_back(
            TopicPartition{QString::fromUtf8(list->elems[i].topic), list->elems[i].partition});
    return out;
}

Status GroupConsumer::pause(const std::vector<TopicPartition>& partitions) {
    rd::PartitionList list = partitionList(partitions);
    if (!list)
        return constructorError("rd_kafka_topic_partition_list_new");
    return statusFrom(rd_kafka_pause_partitions(m_handle.get(), list.get()));
}

Status GroupConsumer::commit(const std::vector<TopicPartitionOffset>& offsets) {
    rd::PartitionList list(rd_kafka_topic_partition_list_new(static_cast<int>(offsets.size())));
    if (!list)
        return constructorError("rd_kafka_topic_partition_list_new");
    for (const auto& o : offsets)
        rd_kafka_topic_partition_list_add(list.get(), o.topic.toUtf8().constData(), o.partition)
            ->offset = o.offset;
    return statusFrom(rd_kafka_commit(m_handle.get(), list.get(), 0));
}

Expected<std::vector<TopicPartitionOffset>>
GroupConsumer::committed(const std::vector<TopicPartition>& partitions, int timeoutMs) {
    rd::PartitionList list = partitionList(partitions);
    if (!list)
        return constructorError("rd_kafka_topic_partition_list_new");
    const auto err = rd_kafka_committed(m_handle.get(), list.get(), timeoutMs);
    std::vector<TopicPartitionOffset> out;
    out.reserve(partitions.size());
    for (int i = 0; i < list->cnt; ++i) {
        const auto& e = list->elems[i];
        out.push_back(TopicPartitionOffset{partitions[static_cast<size_t>(i)].topic, e.partition,
                                           e.offset, static_cast<int>(e.err)});
    }
    // A failed request still leaves the list readable: partitions without an answer say
    // "invalid", which callers treat like "nothing committed".
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        for (auto& o : out)
            if (o.errorCode == 0 && o.offset == RD_KAFKA_OFFSET_INVALID)
                o.errorCode = err;
    return out;
}

Expected<WatermarkOffsets> GroupConsumer::watermarkOffsets(const QString& topic, int partition,
                                                           int timeoutMs) {
    int64_t low = 0;
    int64_t high = 0;
    const auto err = rd_kafka_query_watermark_offsets(m_handle.get(), topic.toUtf8().constData(),
                                                      partition, &low, &high, timeoutMs);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        return rd::errorFrom(err);
    return WatermarkOffsets{low, high};
}

bool GroupConsumer::close(int timeoutMs) {
    if (m_closeStarted) // a second close would wait for nothing: report how the first ended
        return rd_kafka_consumer_closed(m_handle.get()) != 0;
    m_closeStarted = true;
    // rd_kafka_consumer_close may block up to session.timeout.ms when the coordinator is gone;
    // the queue variant lets us stop waiting at our own deadline. The queue is kept: the close
    // goes on, and the destructor serves it to the end.
    m_closeQueue.reset(rd_kafka_queue_new(m_handle.get()));
    if (!m_closeQueue)
        return false;
    if (!rd::statusFrom(rd_kafka_consumer_close_queue(m_handle.get(), m_closeQueue.get()))) {
        m_closeQueue.reset();
        return false;
    }
    return serveCloseUntil(std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs));
}

bool GroupConsumer::serveCloseUntil(std::chrono::steady_clock::time_point deadline) {
    if (!m_closeQueue)
        return rd_kafka_consumer_closed(m_handle.get()) != 0;
    while (!rd_kafka_consumer_closed(m_handle.get()) &&
           std::chrono::steady_clock::now() < deadline) {
        // No rebalance callback is set, so librdkafka unassigns by itself; events here are
        // informational only.
        rd::Event event(rd_kafka_queue_poll(m_closeQueue.get(), 20));
    }
    return rd_kafka_consumer_closed(m_handle.get()) != 0;
}

} // namespace streamscope
