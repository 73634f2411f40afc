#include "kafka/TransactionalProducer.h"

#include "kafka/Producer.h"
#include "kafka/RawProduceRecord.h"
#include "kafka/RdErrors.h"

#include <QCoreApplication>

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

Status TransactionalProducer::produce(const ConsumedRecord& record) {
    return rd::statusFrom(
        produceRecord(m_producer->handle(), m_topic.constData(), record.partition, record, true));
}

Status TransactionalProducer::produceBorrowed(const RecordView& record, int partition) {
    return rd::statusFrom(produceRecordView(m_producer->handle(), m_topic.constData(), partition,
                                            record, ValueBytes::Borrowed, true));
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
