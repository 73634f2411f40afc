#pragma once

#include "common/Expected.h"
#include "schema/RegisteredSchema.h"

#include <QByteArrayView>

#include <memory>
#include <string>

namespace streamscope::schema {

// One Avro writer schema compiled for Avro C (libavro), decoding binary bodies into plain JSON:
// unions unwrapped, enums as symbols, maps as objects, bytes and fixed as base64, decimals as
// exact decimal strings, timestamp-millis/micros as ISO-8601 UTC, dates as YYYY-MM-DD. Named
// types of the schema's references are inlined where first used. Not thread-safe: one per thread
// (it reuses one Avro value between records).
class AvroDecoder {
public:
    static Expected<std::unique_ptr<AvroDecoder>> compile(const RegisteredSchema& schema);
    ~AvroDecoder();
    AvroDecoder(const AvroDecoder&) = delete;
    AvroDecoder& operator=(const AvroDecoder&) = delete;

    // Appends the JSON of one Avro binary datum (the body after the Confluent header) to `json`;
    // an error (and `json` as it was) when the bytes do not match the schema.
    Status decode(QByteArrayView body, std::string& json);
    // The full name of the schema's top-level named type ("shop.Order"); empty for a primitive
    // or a union at the top.
    const std::string& typeName() const;

    struct Impl;

private:
    explicit AvroDecoder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace streamscope::schema
