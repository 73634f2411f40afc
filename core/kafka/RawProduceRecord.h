#pragma once

#include "kafka/KafkaRecord.h"
#include "kafka/RecordView.h"

#include <librdkafka/rdkafka.h>

namespace streamscope {

// Queues one whole record on a raw producer handle, as RawProduce's produceValue does for a bare
// value: for tests and benchmarks that need null keys, tombstones (a null value), headers (with
// null values) and set timestamps (record.timestampMs > 0; otherwise the producer's clock).
// record.topic and record.partition are ignored: topic and partition (or
// RD_KAFKA_PARTITION_UA) are given. Returns RD_KAFKA_RESP_ERR_NO_ERROR when queued.
rd_kafka_resp_err_t produceRecord(rd_kafka_t* producer, const char* topic, int partition,
                                  const ConsumedRecord& record, bool retryWhenQueueFull = true);

// Whether librdkafka copies the value (it always copies key and headers into its message).
enum class ValueBytes {
    Copied,
    // Referenced, not copied: the caller keeps the bytes unchanged until the record is delivered,
    // purged or its transaction committed or aborted (the zero-copy path of a bulk copy).
    Borrowed,
};

// The same from views: key, value, headers and timestamp as in record (record.topic and
// record.partition are ignored). No allocation of ours but librdkafka's header list.
rd_kafka_resp_err_t produceRecordView(rd_kafka_t* producer, const char* topic, int partition,
                                      const RecordView& record, ValueBytes valueBytes,
                                      bool retryWhenQueueFull = true);

} // namespace streamscope
