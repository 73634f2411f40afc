#include "kafka/RdMessages.h"

namespace streamscope::rd {

namespace {

// Null pointer: the record has no key (or value), which differs from an empty one.
MaybeBytes bytesOf(const void* data, size_t size) {
    return data ? MaybeBytes{static_cast<const char*>(data), qsizetype(size), false} : MaybeBytes{};
}

RecordTimestampType timestampTypeOf(rd_kafka_timestamp_type_t type) {
    return type == RD_KAFKA_TIMESTAMP_CREATE_TIME       ? RecordTimestampType::CreateTime
           : type == RD_KAFKA_TIMESTAMP_LOG_APPEND_TIME ? RecordTimestampType::LogAppendTime
                                                        : RecordTimestampType::NotAvailable;
}

} // namespace

ConsumedRecord toRecord(const rd_kafka_message_t& message, const QString& topic) {
    std::vector<RecordHeaderView> headers;
    return viewOf(message, topic, headers).toRecord();
}

RecordView viewOf(const rd_kafka_message_t& message, const QString& topic,
                  std::vector<RecordHeaderView>& headerScratch) {
    RecordView view;
    view.topic = &topic;
    view.partition = message.partition;
    view.offset = message.offset;
    rd_kafka_timestamp_type_t type = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
    view.timestampMs = rd_kafka_message_timestamp(&message, &type);
    view.timestampType = timestampTypeOf(type);
    view.key = bytesOf(message.key, message.key_len);
    view.value = bytesOf(message.payload, message.len);
    headerScratch.clear();
    rd_kafka_headers_t* headers = nullptr;
    // The headers stay owned by the message.
    if (rd_kafka_message_headers(&message, &headers) == RD_KAFKA_RESP_ERR_NO_ERROR && headers) {
        const char* name = nullptr;
        const void* value = nullptr;
        size_t size = 0;
        for (size_t i = 0; rd_kafka_header_get_all(headers, i, &name, &value, &size) ==
                           RD_KAFKA_RESP_ERR_NO_ERROR;
             ++i)
            headerScratch.push_back(RecordHeaderView{QByteArrayView(name), bytesOf(value, size)});
    }
    view.headers = headerScratch.data();
    view.headerCount = qsizetype(headerScratch.size());
    return view;
}

ConsumedRecord toRecord(const rd_kafka_message_t& message) {
    return toRecord(message,
                    message.rkt ? QString::fromUtf8(rd_kafka_topic_name(message.rkt)) : QString());
}

} // namespace streamscope::rd
