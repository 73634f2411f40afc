#include "schema/PayloadDecoder.h"

#include "schema/AvroDecoder.h"
#include "schema/ProtobufDecoder.h"
#include "schema/SchemaCache.h"
#include "schema/WireFormat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <nlohmann/json.hpp>

namespace streamscope::schema {

namespace {
struct DecoderTr {
    Q_DECLARE_TR_FUNCTIONS(PayloadDecoder)
};
} // namespace

// A schema's decoder, or why there is none (retried after the cache's retry time when the
// schema could not be fetched; a schema that does not compile stays broken).
struct PayloadDecoder::Compiled {
    std::shared_ptr<const RegisteredSchema> schema;
    SchemaFormat format = SchemaFormat::Avro;
    std::unique_ptr<AvroDecoder> avro;
    std::unique_ptr<ProtobufDecoder> protobuf;
    bool ready = false;
    QString error;
    qint64 fetchFailedAtMs = -1;
};

PayloadDecoder::PayloadDecoder(std::shared_ptr<SchemaCache> cache)
    : m_cache(std::move(cache)) {}

PayloadDecoder::~PayloadDecoder() = default;

PayloadDecoder::Compiled& PayloadDecoder::compiled(quint32 id) {
    auto& slot = m_compiled[id];
    if (slot && slot->ready)
        return *slot; // every record after the first of a schema: no clock read
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (slot && (slot->fetchFailedAtMs < 0 ||
                 now - slot->fetchFailedAtMs < SchemaCache::kRetryFailedAfterMs))
        return *slot;
    slot = std::make_unique<Compiled>();
    auto schema = m_cache->schema(id);
    if (!schema) {
        slot->error =
            DecoderTr::tr("schema %1 unavailable: %2").arg(id).arg(schema.error().message);
        slot->fetchFailedAtMs = now;
        return *slot;
    }
    slot->schema = *schema;
    slot->format = (*schema)->format;
    switch (slot->format) {
    case SchemaFormat::Avro: {
        auto avro = AvroDecoder::compile(**schema);
        if (avro)
            slot->avro = std::move(*avro);
        else
            slot->error = avro.error().message;
        break;
    }
    case SchemaFormat::Protobuf: {
        auto protobuf = ProtobufDecoder::compile(**schema);
        if (protobuf)
            slot->protobuf = std::move(*protobuf);
        else
            slot->error = protobuf.error().message;
        break;
    }
    case SchemaFormat::Json:
        break;
    }
    slot->ready = slot->error.isEmpty();
    return *slot;
}

void PayloadDecoder::decode(QByteArrayView bytes, bool isNull, DecodedPayload& out) {
    out.kind = DecodedPayload::Kind::Plain;
    out.json.clear();
    out.error.clear();
    out.schemaId = 0;
    out.schema = nullptr;
    out.typeName.clear();
    const auto frame = isNull ? std::nullopt : parseConfluentFrame(bytes);
    if (!frame)
        return;
    out.schemaId = frame->schemaId;
    out.kind = DecodedPayload::Kind::Failed;
    Compiled& c = compiled(frame->schemaId);
    out.format = c.format;
    out.schema = c.schema.get();
    if (!c.ready) {
        out.error = c.error;
        return;
    }
    Status status;
    switch (c.format) {
    case SchemaFormat::Avro:
        status = c.avro->decode(frame->body, out.json);
        out.typeName = c.avro->typeName();
        break;
    case SchemaFormat::Protobuf: {
        QByteArrayView body = frame->body;
        thread_local std::vector<int> indexes;
        if (!readProtobufMessageIndexes(body, indexes)) {
            status = streamscopeError(DecoderTr::tr("malformed Protobuf message index"));
            break;
        }
        status = c.protobuf->decode(indexes, body, out.json);
        out.typeName = c.protobuf->messageName(indexes);
        break;
    }
    case SchemaFormat::Json:
        if (nlohmann::json::accept(frame->body.begin(), frame->body.end()))
            out.json.assign(frame->body.data(), size_t(frame->body.size()));
        else
            status = streamscopeError(DecoderTr::tr("the bytes are not JSON"));
        break;
    }
    if (!status) {
        out.json.clear();
        out.error = status.error().message;
        return;
    }
    out.kind = DecodedPayload::Kind::Decoded;
}

DecodedPayload PayloadDecoder::decode(QByteArrayView bytes, bool isNull) {
    DecodedPayload out;
    decode(bytes, isNull, out);
    return out;
}

} // namespace streamscope::schema
