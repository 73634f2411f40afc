#include "kafka/RawProduceRecord.h"

#include "kafka/RawProduce.h"

#include <vector>

namespace streamscope {

rd_kafka_resp_err_t produceRecord(rd_kafka_t* producer, const char* topic, int partition,
                                  const ConsumedRecord& record, bool retryWhenQueueFull) {
    // rd_kafka_produceva: the RD_KAFKA_V_* macros of producev use C casts (-Wold-style-cast).
    std::vector<rd_kafka_vu_t> fields;
    auto add = [&](rd_kafka_vtype_t type) -> rd_kafka_vu_t& {
        fields.push_back(rd_kafka_vu_t{});
        fields.back().vtype = type;
        return fields.back();
    };
    add(RD_KAFKA_VTYPE_TOPIC).u.cstr = topic;
    add(RD_KAFKA_VTYPE_PARTITION).u.i32 = partition;
    add(RD_KAFKA_VTYPE_MSGFLAGS).u.i = RD_KAFKA_MSG_F_COPY;
    if (!record.key.isNull()) {
        auto& key = add(RD_KAFKA_VTYPE_KEY);
        key.u.mem.ptr = const_cast<char*>(record.key.constData());
        key.u.mem.size = static_cast<size_t>(record.key.size());
    }
    auto& value = add(RD_KAFKA_VTYPE_VALUE);
    value.u.mem.ptr = record.value.isNull() ? nullptr : const_cast<char*>(record.value.constData());
    value.u.mem.size = static_cast<size_t>(record.value.size());
    if (record.timestampMs > 0)
        add(RD_KAFKA_VTYPE_TIMESTAMP).u.i64 = record.timestampMs;
    for (const auto& h : record.headers) {
        auto& header = add(RD_KAFKA_VTYPE_HEADER);
        header.u.header.name = h.name.constData();
        header.u.header.val = h.value.isNull() ? nullptr : h.value.constData();
        header.u.header.size = h.value.isNull() ? 0 : static_cast<ssize_t>(h.value.size());
    }
    return produceFields(producer, fields.data(), fields.size(), retryWhenQueueFull);
}

} // namespace streamscope
