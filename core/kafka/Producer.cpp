#include "kafka/Producer.h"

#include "kafka/RdErrors.h"

#include <QCoreApplication>

#include <chrono>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KafkaClient)
};

} // namespace

Expected<std::unique_ptr<Producer>> Producer::create(const ConnectionProfile& profile,
                                                     const PropertyList& overrides,
                                                     DeliveryCallback onDelivery) {
    auto conf = makeClientConf(profile, overrides);
    if (!conf)
        return conf.error();
    std::unique_ptr<Producer> producer(new Producer);
    producer->m_onDelivery = std::move(onDelivery);
    rd_kafka_conf_set_opaque(conf->get(), producer.get());
    rd_kafka_conf_set_dr_msg_cb(conf->get(), &Producer::onDelivery);
    rd_kafka_conf_set_error_cb(conf->get(), &Producer::onError);

    char errstr[512] = {};
    // rd_kafka_new takes ownership of the configuration only on success.
    rd_kafka_t* rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf->get(), errstr, sizeof errstr);
    if (!rk)
        return streamscopeError(
            Tr::tr("Cannot create Kafka producer: %1").arg(QString::fromUtf8(errstr)));
    conf->release();
    producer->m_handle.reset(rk);
    return producer;
}

Producer::~Producer() {
    if (m_handle) {
        purge();
        rd_kafka_poll(m_handle.get(), 0); // serve the purge reports while the callback lives
    }
}

void Producer::onDelivery(rd_kafka_t*, const rd_kafka_message_t* message, void* opaque) {
    auto* self = static_cast<Producer*>(opaque);
    if (!self->m_onDelivery)
        return;
    self->m_onDelivery(DeliveryReport{message->_private, static_cast<int>(message->err),
                                      message->partition, message->offset});
}

void Producer::onError(rd_kafka_t*, int err, const char* reason, void* opaque) {
    static_cast<Producer*>(opaque)->m_errors.record(err, reason);
}

Status Producer::produce(const ProducerRecord& record, int queueFullWaitMs) {
    // rd_kafka_produceva takes plain values (no variadic macros) and copies headers itself.
    std::vector<rd_kafka_vu_t> values;
    values.reserve(5 + record.headers.size());
    auto add = [&values](rd_kafka_vtype_t type) -> rd_kafka_vu_t& {
        values.push_back(rd_kafka_vu_t{});
        values.back().vtype = type;
        return values.back();
    };
    add(RD_KAFKA_VTYPE_TOPIC).u.cstr = record.topic.constData();
    if (!record.key.isEmpty()) {
        auto& key = add(RD_KAFKA_VTYPE_KEY);
        key.u.mem.ptr = const_cast<char*>(record.key.constData());
        key.u.mem.size = static_cast<size_t>(record.key.size());
    }
    auto& value = add(RD_KAFKA_VTYPE_VALUE);
    value.u.mem.ptr = const_cast<char*>(record.value.constData());
    value.u.mem.size = static_cast<size_t>(record.value.size());
    for (const auto& header : record.headers) {
        auto& h = add(RD_KAFKA_VTYPE_HEADER);
        h.u.header.name = header.name.constData();
        h.u.header.val = header.value.constData();
        h.u.header.size = header.value.size();
    }
    add(RD_KAFKA_VTYPE_MSGFLAGS).u.i = RD_KAFKA_MSG_F_COPY;
    add(RD_KAFKA_VTYPE_OPAQUE).u.ptr = record.deliveryOpaque;

    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(queueFullWaitMs);
    for (;;) {
        Status queued =
            rd::statusFrom(rd_kafka_produceva(m_handle.get(), values.data(), values.size()));
        if (queued)
            return {};
        if (queued.error().code != RD_KAFKA_RESP_ERR__QUEUE_FULL ||
            std::chrono::steady_clock::now() >= deadline)
            return queued;
        // The queue drains as delivery reports are served.
        rd_kafka_poll(m_handle.get(), 10);
    }
}

int Producer::poll(int timeoutMs) {
    return rd_kafka_poll(m_handle.get(), timeoutMs);
}

bool Producer::flush(int timeoutMs) {
    return rd_kafka_flush(m_handle.get(), timeoutMs) == RD_KAFKA_RESP_ERR_NO_ERROR;
}

void Producer::purge() {
    rd_kafka_purge(m_handle.get(), RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT |
                                       RD_KAFKA_PURGE_F_NON_BLOCKING);
}

int Producer::queuedCount() const {
    return rd_kafka_outq_len(m_handle.get());
}

} // namespace streamscope
