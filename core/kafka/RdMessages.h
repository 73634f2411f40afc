#pragma once

// Private to core/kafka: librdkafka messages into value types.

#include "kafka/KafkaRecord.h"
#include "kafka/RecordView.h"

#include <librdkafka/rdkafka.h>

namespace streamscope::rd {

// A deep copy of the message's topic, partition, offset, timestamp, key, value and headers.
// topic is passed in when the caller already has it (one conversion per topic, not per record).
ConsumedRecord toRecord(const rd_kafka_message_t& message, const QString& topic);
ConsumedRecord toRecord(const rd_kafka_message_t& message);

// A view of the message's fields and bytes, no copy: valid while the message lives (and
// headerScratch is untouched). The header views go into headerScratch, reused between calls so
// that a record costs no allocation of ours.
RecordView viewOf(const rd_kafka_message_t& message, const QString& topic,
                  std::vector<RecordHeaderView>& headerScratch);

} // namespace streamscope::rd
