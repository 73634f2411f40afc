#pragma once

#include "cluster/ConnectionProfile.h"
#include "common/Expected.h"
#include "kafka/ClientConfig.h"
#include "kafka/KafkaRecord.h"
#include "kafka/RdHandles.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace streamscope {

struct WatermarkOffsets {
    qint64 low = -1;  // log start
    qint64 high = -1; // log end: the offset the next record will get
};

// A high-level (group) consumer handle (RAII) for one thread. The overrides must carry
// group.id. Closing leaves the group and commits, but never waits longer than asked: a dead
// broker cannot hang shutdown; the destructor closes with a short bound if close() was not
// called.
class GroupConsumer {
public:
    static Expected<std::unique_ptr<GroupConsumer>> create(const ConnectionProfile& profile,
                                                           const PropertyList& overrides);
    ~GroupConsumer();
    GroupConsumer(const GroupConsumer&) = delete;
    GroupConsumer& operator=(const GroupConsumer&) = delete;

    Status subscribe(const QStringList& topics);
    // The next record, or nothing when none arrived in time. A consumer error event (librdkafka
    // retries by itself; most are informational) comes back as the Error.
    Expected<std::optional<ConsumedRecord>> poll(int timeoutMs);
    // Marks the record processed: its offset + 1 is committed by the next (auto) commit.
    Status storeOffset(const ConsumedRecord& record);
    // The partitions assigned to this member now (empty when unreadable or none).
    std::vector<TopicPartition> assignment() const;
    Status pause(const std::vector<TopicPartition>& partitions);
    // Synchronous commit of these offsets.
    Status commit(const std::vector<TopicPartitionOffset>& offsets);
    // The group's committed offsets of these partitions (offset < 0: none). Partitions the
    // broker did not answer for keep offset -1001 (librdkafka's "invalid") and carry the error.
    Expected<std::vector<TopicPartitionOffset>>
    committed(const std::vector<TopicPartition>& partitions, int timeoutMs);
    // Log start and end (high watermark) of one partition, asked of its leader.
    Expected<WatermarkOffsets> watermarkOffsets(const QString& topic, int partition, int timeoutMs);
    // Leaves the group; true when the close completed within timeoutMs.
    bool close(int timeoutMs);

    QString lastError() const { return m_errors.lastError(); }

private:
    GroupConsumer() = default;
    static void onError(rd_kafka_t* rk, int err, const char* reason, void* opaque);

    // Serves the started close's queue until librdkafka reports the close done or the deadline.
    bool serveCloseUntil(std::chrono::steady_clock::time_point deadline);

    // Destroys without librdkafka's implicit (unbounded) consumer close: close() ran before.
    struct HandleDeleter {
        void operator()(rd_kafka_t* rk) const noexcept {
            rd_kafka_destroy_flags(rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
        }
    };

    ClientErrorState m_errors;
    bool m_closeStarted = false;
    rd::Queue m_closeQueue; // the started close's queue; reset before the handle goes
    std::unique_ptr<rd_kafka_t, HandleDeleter> m_handle; // last: destroyed first
};

} // namespace streamscope
