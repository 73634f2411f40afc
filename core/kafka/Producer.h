#pragma once

#include "cluster/ConnectionProfile.h"
#include "common/Expected.h"
#include "kafka/ClientConfig.h"
#include "kafka/KafkaRecord.h"
#include "kafka/RdHandles.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace streamscope {

struct ProducerRecord {
    QByteArray topic;
    QByteArray key; // empty: no key
    QByteArray value;
    std::vector<RecordHeader> headers;
    void* deliveryOpaque = nullptr; // handed back in the DeliveryReport
};

struct DeliveryReport {
    void* opaque = nullptr;
    int errorCode = 0; // 0: written to the log
    int partition = -1;
    qint64 offset = -1;
};

// A librdkafka producer handle (RAII). produce() is thread-safe; delivery reports are handed to
// the callback on the thread that calls poll() or flush(). Destruction never waits for a broker:
// whatever is still queued is purged (call flush() first to deliver it).
class Producer {
public:
    using DeliveryCallback = std::function<void(const DeliveryReport&)>;

    static Expected<std::unique_ptr<Producer>> create(const ConnectionProfile& profile,
                                                      const PropertyList& overrides,
                                                      DeliveryCallback onDelivery);
    ~Producer();
    Producer(const Producer&) = delete;
    Producer& operator=(const Producer&) = delete;

    // Enqueues a copy of the record. When the local queue is full, serves delivery reports and
    // retries for up to queueFullWaitMs before giving up with QUEUE_FULL.
    Status produce(const ProducerRecord& record, int queueFullWaitMs);
    // Serves delivery reports and errors; returns the number of events served.
    int poll(int timeoutMs);
    // Waits until every queued record is delivered (or failed); false on timeout.
    bool flush(int timeoutMs);
    // Drops queued and in-flight records (their delivery reports fail with PURGE_*).
    void purge();
    int queuedCount() const;

    QString lastError() const { return m_errors.lastError(); }
    rd_kafka_t* handle() const { return m_handle.get(); }

private:
    Producer() = default;
    static void onDelivery(rd_kafka_t* rk, const rd_kafka_message_t* message, void* opaque);
    static void onError(rd_kafka_t* rk, int err, const char* reason, void* opaque);

    DeliveryCallback m_onDelivery;
    ClientErrorState m_errors;
    rd::Handle m_handle; // last member: destroyed first, while the callback state still exists
};

} // namespace streamscope
