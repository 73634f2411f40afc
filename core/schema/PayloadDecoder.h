#pragma once

#include "schema/RegisteredSchema.h"

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <string>
#include <unordered_map>

namespace streamscope::schema {

class SchemaCache;
class AvroDecoder;
class ProtobufDecoder;

// What one key or value turned out to be.
struct DecodedPayload {
    enum class Kind {
        Plain,   // not in the Confluent wire format: show the bytes as they are
        Decoded, // `json` holds the decoded value
        Failed,  // framed, but not decodable: show the raw bytes and `error`
    };
    Kind kind = Kind::Plain;
    quint32 schemaId = 0;
    SchemaFormat format = SchemaFormat::Avro;
    std::string json;
    QString error;
    // The registered schema (subject, version, text) when the registry gave it, even if the
    // bytes did not decode; owned by the PayloadDecoder, valid while it lives.
    const RegisteredSchema* schema = nullptr;
    // The full name of the decoded type: the Avro record ("shop.Order") or the Protobuf message
    // at the record's message index; empty when there is none (an Avro primitive, JSON Schema).
    std::string typeName;
};

// Decodes Schema Registry payloads (Avro, Protobuf, JSON Schema) of one thread: schemas come from
// the shared cache (a miss blocks on the registry: never the GUI thread), compiled decoders are
// kept per schema id. Never throws and never crashes on bad bytes: they come back as Failed with
// the reason.
class PayloadDecoder {
public:
    explicit PayloadDecoder(std::shared_ptr<SchemaCache> cache);
    ~PayloadDecoder();
    PayloadDecoder(const PayloadDecoder&) = delete;
    PayloadDecoder& operator=(const PayloadDecoder&) = delete;

    // `out` is overwritten (its string buffer reused). A null payload is Plain.
    void decode(QByteArrayView bytes, bool isNull, DecodedPayload& out);
    DecodedPayload decode(QByteArrayView bytes, bool isNull = false);

    const std::shared_ptr<SchemaCache>& cache() const { return m_cache; }

private:
    struct Compiled;
    Compiled& compiled(quint32 id);

    std::shared_ptr<SchemaCache> m_cache;
    std::unordered_map<quint32, std::unique_ptr<Compiled>> m_compiled;
};

} // namespace streamscope::schema
