#pragma once

#include <librdkafka/rdkafka.h>

#include <memory>

// RAII ownership of librdkafka C objects. Each alias is a unique_ptr with the matching destroy
// function, so handles cannot leak on early returns and are never freed twice.
namespace streamscope::rd {

template <auto DestroyFn> struct Deleter {
    template <typename T> void operator()(T* p) const noexcept {
        if (p)
            DestroyFn(p);
    }
};

using Handle = std::unique_ptr<rd_kafka_t, Deleter<rd_kafka_destroy>>;
using Conf = std::unique_ptr<rd_kafka_conf_t, Deleter<rd_kafka_conf_destroy>>;
using TopicConf = std::unique_ptr<rd_kafka_topic_conf_t, Deleter<rd_kafka_topic_conf_destroy>>;
using PartitionList = std::unique_ptr<rd_kafka_topic_partition_list_t,
                                      Deleter<rd_kafka_topic_partition_list_destroy>>;
using Queue = std::unique_ptr<rd_kafka_queue_t, Deleter<rd_kafka_queue_destroy>>;
using Event = std::unique_ptr<rd_kafka_event_t, Deleter<rd_kafka_event_destroy>>;
using AdminOptions =
    std::unique_ptr<rd_kafka_AdminOptions_t, Deleter<rd_kafka_AdminOptions_destroy>>;
using NewTopic = std::unique_ptr<rd_kafka_NewTopic_t, Deleter<rd_kafka_NewTopic_destroy>>;
using NewPartitions =
    std::unique_ptr<rd_kafka_NewPartitions_t, Deleter<rd_kafka_NewPartitions_destroy>>;
using DeleteTopic = std::unique_ptr<rd_kafka_DeleteTopic_t, Deleter<rd_kafka_DeleteTopic_destroy>>;
using ConfigResource =
    std::unique_ptr<rd_kafka_ConfigResource_t, Deleter<rd_kafka_ConfigResource_destroy>>;
using Headers = std::unique_ptr<rd_kafka_headers_t, Deleter<rd_kafka_headers_destroy>>;
using Message = std::unique_ptr<rd_kafka_message_t, Deleter<rd_kafka_message_destroy>>;

struct MetadataDeleter {
    void operator()(const rd_kafka_metadata_t* p) const noexcept {
        if (p)
            rd_kafka_metadata_destroy(p);
    }
};
using Metadata = std::unique_ptr<const rd_kafka_metadata_t, MetadataDeleter>;

} // namespace streamscope::rd
