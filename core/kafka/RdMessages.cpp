#include "kafka/RdMessages.h"

namespace streamscope::rd {

namespace {

// Null pointer: the record has no key (or value), which differs from an empty one.
QByteArray copyBytes(const void* data, size_t size) {
    return data ? QByteArray(static_cast<const char*>(data), static_cast<qsizetype>(size))
                : QByteArray();
}

} // namespace

ConsumedRecord toRecord(const rd_kafka_message_t& message, const QString& topic) {
    ConsumedRecord record;
    record.topic = topic;
    record.partition = message.partition;
    record.offset = message.offset;
    rd_kafka_timestamp_type_t type = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
    record.timestampMs = rd_kafka_message_timestamp(&message, &type);
    record.timestampType = type == RD_KAFKA_TIMESTAMP_CREATE_TIME ? RecordTimestampType::CreateTime
                           : type == RD_KAFKA_TIMESTAMP_LOG_APPEND_TIME
                               ? RecordTimestampType::LogAppendTime
                               : RecordTimestampType::NotAvailable;
    record.key = copyBytes(message.key, message.key_len);
    record.value = copyBytes(message.payload, message.len);
    rd_kafka_headers_t* headers = nullptr;
    // The headers stay owned by the message.
    if (rd_kafka_message_headers(&message, &headers) == RD_KAFKA_RESP_ERR_NO_ERROR && headers) {
        const char* name = nullptr;
        const void* value = nullptr;
        size_t size = 0;
        record.headers.reserve(rd_kafka_header_cnt(headers));
        for (size_t i = 0; rd_kafka_header_get_all(headers, i, &name, &value, &size) ==
                           RD_KAFKA_RESP_ERR_NO_ERROR;
             ++i)
            record.headers.push_back(RecordHeader{QByteArray(name), copyBytes(value, size)});
    }
    return record;
}

ConsumedRecord toRecord(const rd_kafka_message_t& message) {
    return toRecord(message,
                    message.rkt ? QString::fromUtf8(rd_kafka_topic_name(message.rkt)) : QString());
}

} // namespace streamscope::rd
