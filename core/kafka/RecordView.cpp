#include "kafka/RecordView.h"

namespace streamscope {

namespace {

// Null stays null: a record without a key (or value) differs from an empty one.
QByteArray copyBytes(const MaybeBytes& bytes) {
    return bytes.null ? QByteArray() : QByteArray(bytes.data, bytes.size);
}

} // namespace

ConsumedRecord RecordView::toRecord() const {
    ConsumedRecord record;
    if (topic)
        record.topic = *topic;
    record.partition = partition;
    record.offset = offset;
    record.timestampMs = timestampMs;
    record.timestampType = timestampType;
    record.key = copyBytes(key);
    record.value = copyBytes(value);
    record.headers.reserve(size_t(headerCount));
    for (qsizetype i = 0; i < headerCount; ++i)
        record.headers.push_back(
            RecordHeader{headers[i].name.toByteArray(), copyBytes(headers[i].value)});
    return record;
}

} // namespace streamscope
