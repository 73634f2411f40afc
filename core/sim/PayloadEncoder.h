#pragma once

#include "common/Expected.h"
#include "schema/RegisteredSchema.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <memory>

namespace streamscope::sim {

// How the records of a topic with a "schema" are written: the schema as registered (its id from
// the registry), so every payload is encoded with it and framed in the Confluent wire format.
struct TopicEncoding {
    schema::SchemaFormat format = schema::SchemaFormat::Avro;
    QString text;    // the Avro schema JSON or the .proto text
    QString subject; // "<topic>-value" (TopicNameStrategy)
    quint32 schemaId = 0;
};

// Encodes the simulator's JSON payloads with a topic's schema, through the formats' own
// libraries (Avro C's value API and writer; protobuf's JSON parser into a dynamic message of the
// run-time parsed .proto, then its serializer), and frames them: magic 0, the schema id, for
// Protobuf the message index [0] (the file's first message), then the body. Scalars map as JSON
// does; for Avro a JSON string given to a long is read as an ISO-8601 time in milliseconds
// (timestamp-millis), a missing field or null picks a union's null branch, and a union takes the
// first branch that fits the JSON type. Not thread-safe: one per producing thread.
class PayloadEncoder {
public:
    static Expected<std::unique_ptr<PayloadEncoder>> create(const TopicEncoding& encoding);
    virtual ~PayloadEncoder() = default;
    // The framed record value, or why the payload does not fit the schema.
    virtual Expected<QByteArray> encode(const nlohmann::ordered_json& payload) = 0;
    // The content-type header the records carry.
    virtual QByteArray contentType() const = 0;
};

} // namespace streamscope::sim
