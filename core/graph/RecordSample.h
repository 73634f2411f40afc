#pragma once

#include "kafka/KafkaRecord.h"

#include <QString>

#include <vector>

namespace streamscope {

// What the graph keeps of one sampled record: when it was written and its headers (identity,
// traceparent). Keys and values are not kept.
struct SampledRecord {
    qint64 timestampMs = -1; // -1: the record had no timestamp
    std::vector<RecordHeader> headers;
};

// The newest records of one topic, read without a group (TopicRecordSampler).
struct TopicRecordSample {
    QString topic;
    std::vector<SampledRecord> records; // newest last
    QString error; // why the topic could not be (fully) read; records holds what was read
};

} // namespace streamscope
