#pragma once

#include "cluster/ConnectionProfile.h"
#include "common/Expected.h"
#include "kafka/KafkaRecord.h"
#include "kafka/RecordView.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace streamscope {

class Producer;

// What a failed transaction call allows next (librdkafka's rd_kafka_error_t flags).
struct TxnStatus {
    Status status;
    bool retriable = false;     // the same call may be repeated
    bool requiresAbort = false; // abort the transaction, then its records may be written again
    bool fatal = false;         // the producer is unusable
    bool ok() const { return status.ok(); }
};

// An idempotent, transactional producer for one topic (librdkafka's transactional API): records
// produced between begin() and commit() become visible to read_committed readers all at once, or
// never (abort()). One thread at a time; every call may block up to its timeout.
class TransactionalProducer {
public:
    // Creates the producer and registers its transactional id with the cluster
    // (init_transactions). The overrides come after the profile (linger, batch sizes).
    static Expected<std::unique_ptr<TransactionalProducer>>
    create(const ConnectionProfile& profile, const QString& topic, const QString& transactionalId,
           const PropertyList& overrides, int timeoutMs);
    ~TransactionalProducer();
    TransactionalProducer(const TransactionalProducer&) = delete;
    TransactionalProducer& operator=(const TransactionalProducer&) = delete;

    TxnStatus begin();
    // Queues a copy of the record exactly as given (produceRecord in RawProduceRecord.h): into
    // record.partition, a null key or value stays null, header values may be null, and
    // record.timestampMs > 0 is kept. A full local queue is served until there is room.
    Status produce(const ConsumedRecord& record);
    // The same from views, into partition; the value is not copied (ValueBytes::Borrowed): its
    // bytes must stay unchanged until commit() or abort() returned successfully.
    Status produceBorrowed(const RecordView& record, int partition);
    // Flushes and commits; on failure the flags say whether to retry, abort or give up.
    TxnStatus commit(int timeoutMs);
    TxnStatus abort(int timeoutMs);
    // Serves delivery reports without blocking.
    void poll();
    // Delivery reports that carried an error since creation (they make the commit fail).
    qint64 failedDeliveries() const { return m_failedDeliveries.load(); }
    QString lastError() const;

private:
    TransactionalProducer() = default;
    std::unique_ptr<Producer> m_producer;
    QByteArray m_topic;
    std::atomic<qint64> m_failedDeliveries{0};
};

} // namespace streamscope
