#pragma once

// Private to core/kafka: the one place that turns librdkafka's error forms (a response code, an
// rd_kafka_error_t, an event's error, a constructor's NULL) into Error values, so every wrapper
// reports the same code and words for the same failure.

#include "common/Expected.h"

#include <librdkafka/rdkafka.h>

namespace streamscope::rd {

// A response code in words (describeKafkaError), optionally prefixed by what was being done.
Error errorFrom(rd_kafka_resp_err_t err, const char* context = nullptr);
// {} for RD_KAFKA_RESP_ERR_NO_ERROR, else errorFrom(err).
Status statusFrom(rd_kafka_resp_err_t err);
// The error object's own text (more specific than the code's); destroys the object. Null: {}.
Status statusFrom(rd_kafka_error_t* error);
// The error of the last failed legacy call on this thread (rd_kafka_last_error).
Error lastError();
// An event that carries an error (rd_kafka_event_error): its code and librdkafka's text.
Error eventError(rd_kafka_event_t* event);
// Every librdkafka constructor can return NULL (bad argument, out of memory); each result is
// checked and turned into this instead of being dereferenced.
Error constructorError(const char* function);
// A topic name librdkafka refused: why it is invalid (validateTopicName), or that it was refused.
Error invalidTopicError(const QString& name);

} // namespace streamscope::rd
