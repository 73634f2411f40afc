#pragma once

#include <QByteArrayView>

#include <librdkafka/rdkafka.h>

namespace streamscope {

// Queues one record that has only a value (copied) for a topic and partition on a raw producer
// handle: the path of tests, benchmarks and load generators, which want no headers, keys or
// delivery bookkeeping (the app's own producer is Producer). partition may be
// RD_KAFKA_PARTITION_UA. With retryWhenQueueFull a full local queue is served (50 ms poll) and
// the record queued again instead of failing.
//
// Returns RD_KAFKA_RESP_ERR_NO_ERROR when the record is queued, else the error.
rd_kafka_resp_err_t produceValue(rd_kafka_t* producer, const char* topic, int partition,
                                 QByteArrayView value, bool retryWhenQueueFull = false);

// rd_kafka_produceva with the same QUEUE_FULL handling: what produceValue and produceRecord
// (RawProduceRecord.h) build on.
rd_kafka_resp_err_t produceFields(rd_kafka_t* producer, const rd_kafka_vu_t* fields, size_t count,
                                  bool retryWhenQueueFull);

} // namespace streamscope
