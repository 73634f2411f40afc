#include "kafka/RawProduceRecord.h"

#include "kafka/RawProduce.h"
#include "kafka/RdHandles.h"

#include <array>
#include <vector>

namespace streamscope {

rd_kafka_resp_err_t produceRecordView(rd_kafka_t* producer, const char* topic, int partition,
                                      const RecordView& record, ValueBytes valueBytes,
                                      bool retryWhenQueueFull) {
    // rd_kafka_produceva: the RD_KAFKA_V_* macros of producev use C casts (-Wold-style-cast).
    // Topic, partition, flags, key, value, timestamp, headers.
    std::array<rd_kafka_vu_t, 7> fields{};
    size_t count = 0;
    auto add = [&](rd_kafka_vtype_t type) -> rd_kafka_vu_t& {
        rd_kafka_vu_t& field = fields[count++];
        field.vtype = type;
        return field;
    };
    add(RD_KAFKA_VTYPE_TOPIC).u.cstr = topic;
    add(RD_KAFKA_VTYPE_PARTITION).u.i32 = partition;
    add(RD_KAFKA_VTYPE_MSGFLAGS).u.i = valueBytes == ValueBytes::Copied ? RD_KAFKA_MSG_F_COPY : 0;
    if (!record.key.null) {
        auto& key = add(RD_KAFKA_VTYPE_KEY);
        key.u.mem.ptr = const_cast<char*>(record.key.data);
        key.u.mem.size = static_cast<size_t>(record.key.size);
    }
    auto& value = add(RD_KAFKA_VTYPE_VALUE);
    value.u.mem.ptr = record.value.null ? nullptr : const_cast<char*>(record.value.data);
    value.u.mem.size = static_cast<size_t>(record.value.size);
    if (record.timestampMs > 0)
        add(RD_KAFKA_VTYPE_TIMESTAMP).u.i64 = record.timestampMs;
    // One header list with sized names (a name in a view need not end in NUL, which
    // RD_KAFKA_VTYPE_HEADER assumes); librdkafka would build the same list itself.
    rd::Headers headers;
    if (record.headerCount > 0) {
        headers.reset(rd_kafka_headers_new(size_t(record.headerCount)));
        for (qsizetype i = 0; i < record.headerCount; ++i) {
            const RecordHeaderView& h = record.headers[i];
            rd_kafka_header_add(headers.get(), h.name.data(), h.name.size(),
                                h.value.null ? nullptr : h.value.data,
                                h.value.null ? 0 : h.value.size);
        }
        add(RD_KAFKA_VTYPE_HEADERS).u.headers = headers.get();
    }
    const rd_kafka_resp_err_t result =
        produceFields(producer, fields.data(), count, retryWhenQueueFull);
    if (result == RD_KAFKA_RESP_ERR_NO_ERROR)
        (void)headers.release(); // the queued message owns them now
    return result;
}

rd_kafka_resp_err_t produceRecord(rd_kafka_t* producer, const char* topic, int partition,
                                  const ConsumedRecord& record, bool retryWhenQueueFull) {
    std::vector<RecordHeaderView> headers;
    headers.reserve(record.headers.size());
    for (const auto& h : record.headers)
        headers.push_back(RecordHeaderView{QByteArrayView(h.name), MaybeBytes::of(h.value)});
    RecordView view;
    view.key = MaybeBytes::of(record.key);
    view.value = MaybeBytes::of(record.value);
    view.timestampMs = record.timestampMs;
    view.headers = headers.data();
    view.headerCount = qsizetype(headers.size());
    return produceRecordView(producer, topic, partition, view, ValueBytes::Copied,
                             retryWhenQueueFull);
}

} // namespace streamscope
