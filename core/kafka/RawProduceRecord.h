#pragma once

#include "kafka/KafkaRecord.h"

#include <librdkafka/rdkafka.h>

namespace streamscope {

// Queues one whole record on a raw producer handle, as RawProduce's produceValue does for a bare
// value: for tests and benchmarks that need null keys, tombstones (a null value), headers (with
// null values) and set timestamps (record.timestampMs > 0; otherwise the producer's clock).
// record.topic and record.partition are ignored: topic and partition (or
// RD_KAFKA_PARTITION_UA) are given. Returns RD_KAFKA_RESP_ERR_NO_ERROR when queued.
rd_kafka_resp_err_t produceRecord(rd_kafka_t* producer, const char* topic, int partition,
                                  const ConsumedRecord& record, bool retryWhenQueueFull = true);

} // namespace streamscope
