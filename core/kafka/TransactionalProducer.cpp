#include "kafka/TransactionalProducer.h"

#include "kafka/Producer.h"
#include "kafka/RdErrors.h"

#include <QCoreApplication>

#include <thread>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KafkaClient)
};

// Takes ownership of the error object: its flags, then its text.
TxnStatus txnStatusFrom(rd_kafka_error_t* error) {
    TxnStatus result;
    if (!error)
        return result;
    result.retriable = rd_kafka_error_is_retriable(error);
    result.requiresAbort = rd_kafka_error_txn_requires_abort(error);
    result.fatal = rd_kafka_error_is_fatal(error);
    result.status = rd::statusFrom(error); // destroys it
    return result;
}

} // namespace

Expected<std::unique_ptr<TransactionalProducer>>
TransactionalProducer::create(const ConnectionProfile& profile, const QString& topic,
                              const QString& transactionalId, const PropertyList& overrides,
                              int timeoutMs) {
    std::unique_ptr<TransactionalProducer> self(new TransactionalProducer);
    self->m_topic = topic.toUtf8();
    PropertyList properties{{QStringLiteral("enable.idempotence"), QStringLiteral("true")},
                            {QStringLiteral("transactional.id"), transactionalId}};
    properties += overrides;
    auto* failed = &self->m_failedDeliveries;
    auto producer = Producer::create(profile, properties, [failed](const DeliveryReport& report) {
        if (report.errorCode != 0)
            failed->fetch_add(1);
    });
    if (!producer)
        return producer.error();
    self->m_producer = std::move(*producer);
    TxnStatus init =
        txnStatusFrom(rd_kafka_init_transactions(self->m_producer->handle(), timeoutMs));
    if (!init.ok())
        return Error{init.status.error().code,
                     Tr::tr("Cannot start transactions on the target cluster: %1")
                         .arg(init.status.error().message)};
    return self;
}

TransactionalProducer::~TransactionalProducer() = default;

TxnStatus TransactionalProducer::begin() {
    return txnStatusFrom(rd_kafka_begin_transaction(m_producer->handle()));
}

Status TransactionalProducer::produce(const ExactRecord& record, const std::atomic_bool* cancel) {
    std::vector<rd_kafka_vu_t> values;
    values.reserve(6 + record.headers.size());
    auto add = [&values](rd_kafka_vtype_t type) -> rd_kafka_vu_t& {
        values.push_back(rd_kafka_vu_t{});
        values.back().vtype = type;
        return values.back();
    };
    add(RD_KAFKA_VTYPE_TOPIC).u.cstr = m_topic.constData();
    add(RD_KAFKA_VTYPE_PARTITION).u.i32 = record.partition;
    if (!record.key.isNull()) {
        auto& key = add(RD_KAFKA_VTYPE_KEY);
        key.u.mem.ptr = const_cast<char*>(record.key.constData());
        key.u.mem.size = static_cast<size_t>(record.key.size());
    }
    auto& value = add(RD_KAFKA_VTYPE_VALUE);
    value.u.mem.ptr = record.value.isNull() ? nullptr : const_cast<char*>(record.value.constData());
    value.u.mem.size = static_cast<size_t>(record.value.size());
    for (const auto& header : record.headers) {
        auto& h = add(RD_KAFKA_VTYPE_HEADER);
        h.u.header.name = header.name.constData();
        h.u.header.val = header.value.isNull() ? nullptr : header.value.constData();
        h.u.header.size = header.value.isNull() ? 0 : header.value.size();
    }
    if (record.timestampMs > 0)
        add(RD_KAFKA_VTYPE_TIMESTAMP).u.i64 = record.timestampMs;
    add(RD_KAFKA_VTYPE_MSGFLAGS).u.i = RD_KAFKA_MSG_F_COPY;

    for (;;) {
        rd_kafka_error_t* error =
            rd_kafka_produceva(m_producer->handle(), values.data(), values.size());
        if (!error)
            return {};
        if (rd_kafka_error_code(error) != RD_KAFKA_RESP_ERR__QUEUE_FULL ||
            (cancel && cancel->load())) {
            return rd::statusFrom(error);
        }
        rd_kafka_error_destroy(error);
        // The queue drains as delivery reports are served.
        rd_kafka_poll(m_producer->handle(), 10);
    }
}

TxnStatus TransactionalProducer::commit(int timeoutMs) {
    return txnStatusFrom(rd_kafka_commit_transaction(m_producer->handle(), timeoutMs));
}

TxnStatus TransactionalProducer::abort(int timeoutMs) {
    return txnStatusFrom(rd_kafka_abort_transaction(m_producer->handle(), timeoutMs));
}

void TransactionalProducer::poll() {
    m_producer->poll(0);
}

QString TransactionalProducer::lastError() const {
    return m_producer->lastError();
}

} // namespace streamscope
