#include "kafka/RawProduce.h"

namespace streamscope {

rd_kafka_resp_err_t produceValue(rd_kafka_t* producer, const char* topic, int partition,
                                 QByteArrayView value, bool retryWhenQueueFull) {
    // rd_kafka_produceva: the RD_KAFKA_V_* macros of producev use C casts (-Wold-style-cast).
    rd_kafka_vu_t fields[4] = {};
    fields[0].vtype = RD_KAFKA_VTYPE_TOPIC;
    fields[0].u.cstr = topic;
    fields[1].vtype = RD_KAFKA_VTYPE_PARTITION;
    fields[1].u.i32 = partition;
    fields[2].vtype = RD_KAFKA_VTYPE_MSGFLAGS;
    fields[2].u.i = RD_KAFKA_MSG_F_COPY; // librdkafka copies: value need not outlive the call
    fields[3].vtype = RD_KAFKA_VTYPE_VALUE;
    fields[3].u.mem.ptr = const_cast<char*>(value.data());
    fields[3].u.mem.size = static_cast<size_t>(value.size());
    return produceFields(producer, fields, 4, retryWhenQueueFull);
}

rd_kafka_resp_err_t produceFields(rd_kafka_t* producer, const rd_kafka_vu_t* fields, size_t count,
                                  bool retryWhenQueueFull) {
    for (;;) {
        rd_kafka_error_t* error = rd_kafka_produceva(producer, fields, count);
        const rd_kafka_resp_err_t code =
            error ? rd_kafka_error_code(error) : RD_KAFKA_RESP_ERR_NO_ERROR;
        if (error)
            rd_kafka_error_destroy(error);
        if (code != RD_KAFKA_RESP_ERR__QUEUE_FULL || !retryWhenQueueFull)
            return code;
        rd_kafka_poll(producer, 50);
    }
}

} // namespace streamscope
