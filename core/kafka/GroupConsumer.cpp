#include "kafka/GroupConsumer.h"

#include <QCoreApplication>

#include <chrono>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KafkaClient)
};

constexpr int kDestructorCloseMs = 2000;

Status statusFrom(rd_kafka_resp_err_t err) {
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
        return {};
    return Error{static_cast<int>(err), QString::fromUtf8(rd_kafka_err2str(err))};
}

Status constructorError(const char* function) {
    return streamscopeError(
        Tr::tr("librdkafka could not create an object (%1).").arg(QString::fromLatin1(function)));
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
    if (m_handle && !m_closeStarted)
        close(kDestructorCloseMs);
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

rd::Message GroupConsumer::poll(int timeoutMs) {
    return rd::Message(rd_kafka_consumer_poll(m_handle.get(), timeoutMs));
}

Status GroupConsumer::storeOffset(const rd_kafka_message_t& message) {
    rd::PartitionList list(rd_kafka_topic_partition_list_new(1));
    if (!list)
        return constructorError("rd_kafka_topic_partition_list_new");
    auto* entry = rd_kafka_topic_partition_list_add(list.get(), rd_kafka_topic_name(message.rkt),
                                                    message.partition);
    entry->offset = message.offset + 1;
    return statusFrom(rd_kafka_offsets_store(m_handle.get(), list.get()));
}

rd::PartitionList GroupConsumer::assignment() const {
    rd_kafka_topic_partition_list_t* raw = nullptr;
    if (rd_kafka_assignment(m_handle.get(), &raw) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return rd::PartitionList(rd_kafka_topic_partition_list_new(0));
    return rd::PartitionList(raw);
}

Status GroupConsumer::pause(const rd_kafka_topic_partition_list_t& partitions) {
    // librdkafka writes per-partition results into the list; pause a copy.
    rd::PartitionList copy(rd_kafka_topic_partition_list_copy(&partitions));
    if (!copy)
        return constructorError("rd_kafka_topic_partition_list_copy");
    return statusFrom(rd_kafka_pause_partitions(m_handle.get(), copy.get()));
}

Status GroupConsumer::commit(const rd_kafka_topic_partition_list_t* offsets) {
    return statusFrom(rd_kafka_commit(m_handle.get(), offsets, 0));
}

bool GroupConsumer::close(int timeoutMs) {
    if (m_closeStarted) // a second close would wait for nothing: report how the first ended
        return rd_kafka_consumer_closed(m_handle.get()) != 0;
    m_closeStarted = true;
    // rd_kafka_consumer_close may block up to session.timeout.ms when the coordinator is gone;
    // the queue variant lets us stop waiting at our own deadline.
    rd::Queue queue(rd_kafka_queue_new(m_handle.get()));
    if (!queue)
        return false;
    if (rd_kafka_error_t* error = rd_kafka_consumer_close_queue(m_handle.get(), queue.get())) {
        rd_kafka_error_destroy(error);
        return false;
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!rd_kafka_consumer_closed(m_handle.get()) &&
           std::chrono::steady_clock::now() < deadline) {
        // No rebalance callback is set, so librdkafka unassigns by itself; events here are
        // informational only.
        rd::Event event(rd_kafka_queue_poll(queue.get(), 20));
    }
    return rd_kafka_consumer_closed(m_handle.get()) != 0;
}

} // namespace streamscope
