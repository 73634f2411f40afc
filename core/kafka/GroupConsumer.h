#pragma once

#include "cluster/ConnectionProfile.h"
#include "common/Expected.h"
#include "kafka/ClientConfig.h"
#include "kafka/RdHandles.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace streamscope {

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
    // The next record or error event (check ->err), or null when none arrived in time.
    rd::Message poll(int timeoutMs);
    // Marks the record processed: its offset + 1 is committed by the next (auto) commit.
    Status storeOffset(const rd_kafka_message_t& message);
    // Never null: librdkafka's list constructors abort rather than return NULL when memory runs
    // out, and an unreadable assignment reads as an empty list.
    rd::PartitionList assignment() const;
    Status pause(const rd_kafka_topic_partition_list_t& partitions);
    // Synchronous commit of these offsets (nullptr: the stored ones).
    Status commit(const rd_kafka_topic_partition_list_t* offsets);
    // Leaves the group; true when the close completed within timeoutMs.
    bool close(int timeoutMs);

    QString lastError() const { return m_errors.lastError(); }
    rd_kafka_t* handle() const { return m_handle.get(); }

private:
    GroupConsumer() = default;
    static void onError(rd_kafka_t* rk, int err, const char* reason, void* opaque);

    // Destroys without librdkafka's implicit (unbounded) consumer close: close() ran before.
    struct HandleDeleter {
        void operator()(rd_kafka_t* rk) const noexcept {
            rd_kafka_destroy_flags(rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
        }
    };

    ClientErrorState m_errors;
    bool m_closeStarted = false;
    std::unique_ptr<rd_kafka_t, HandleDeleter> m_handle; // last: destroyed first
};

} // namespace streamscope
