#pragma once

// Private to core/kafka: librdkafka messages into value types.

#include "kafka/KafkaRecord.h"

#include <librdkafka/rdkafka.h>

namespace streamscope::rd {

// A deep copy of the message's topic, partition, offset, timestamp, key, value and headers.
// topic is passed in when the caller already has it (one conversion per topic, not per record).
ConsumedRecord toRecord(const rd_kafka_message_t& message, const QString& topic);
ConsumedRecord toRecord(const rd_kafka_message_t& message);

} // namespace streamscope::rd
