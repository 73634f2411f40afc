#include "browse/RecordJson.h"

#include "browse/MessageText.h"

#include <map>

namespace streamscope {

namespace {

void appendBase64Bytes(std::string& out, const MaybeBytes& bytes) {
    appendJsonBase64(out, std::string_view(bytes.data, size_t(bytes.size)));
}

// Appends bytes as a JSON string or base64 string; returns true when base64 was used.
bool appendBytes(std::string& out, const MaybeBytes& bytes) {
    if (bytes.null) {
        out += "null";
        return false;
    }
    if (isValidUtf8(bytes.view())) {
        appendJsonString(out, std::string_view(bytes.data, size_t(bytes.size)));
        return false;
    }
    appendBase64Bytes(out, bytes);
    return true;
}

const char* timestampTypeName(RecordTimestampType type) {
    switch (type) {
    case RecordTimestampType::CreateTime:
        return "create";
    case RecordTimestampType::LogAppendTime:
        return "log_append";
    case RecordTimestampType::NotAvailable:
        break;
    }
    return "none";
}

} // namespace

void appendJsonLine(std::string& out, const MessageView& m) {
    appendJsonLine(out, m, nullptr, nullptr);
}

namespace {

bool isDecoded(const schema::DecodedPayload* p) {
    return p && p->kind == schema::DecodedPayload::Kind::Decoded;
}

// Appends the payload's bytes, or its decoded JSON; true when base64 was used.
bool appendPayload(std::string& out, const MaybeBytes& bytes, const schema::DecodedPayload* p) {
    if (isDecoded(p)) {
        out += p->json;
        return false;
    }
    // A framed payload that did not decode is binary (Avro, Protobuf) even when its bytes happen
    // to be valid UTF-8: base64 keeps it exact and readable.
    if (p && p->kind == schema::DecodedPayload::Kind::Failed && !bytes.null) {
        appendBase64Bytes(out, bytes);
        return true;
    }
    return appendBytes(out, bytes);
}

void appendSchemaFields(std::string& out, const char* prefix, const schema::DecodedPayload* p) {
    if (!p || p->kind == schema::DecodedPayload::Kind::Plain)
        return;
    out += ",\"";
    out += prefix;
    out += "_schema_id\":";
    appendJsonInteger(out, p->schemaId);
    if (p->kind == schema::DecodedPayload::Kind::Decoded) {
        out += ",\"";
        out += prefix;
        out += "_format\":\"";
        out += schema::formatName(p->format);
        out += '"';
    } else {
        out += ",\"";
        out += prefix;
        out += "_decode_error\":";
        appendJsonString(out, p->error.toStdString());
    }
}

} // namespace

void appendJsonLine(std::string& out, const MessageView& m,
                    const schema::DecodedPayload* decodedKey,
                    const schema::DecodedPayload* decodedValue) {
    out += "{\"topic\":";
    appendJsonString(
        out, m.topicUtf8 ? std::string_view(m.topicUtf8->constData(), size_t(m.topicUtf8->size()))
                         : std::string_view());
    out += ",\"partition\":";
    appendJsonInteger(out, m.partition);
    out += ",\"offset\":";
    appendJsonInteger(out, m.offset);
    out += ",\"timestamp\":";
    if (m.timestampMs >= 0)
        appendJsonInteger(out, m.timestampMs);
    else
        out += "null";
    out += ",\"timestamp_type\":\"";
    out += timestampTypeName(m.timestampType);
    out += "\",\"key\":";
    const bool keyBase64 = appendPayload(out, m.key, decodedKey);
    // The last header of a name wins, as in the filter; in first-seen order.
    std::vector<std::pair<QByteArrayView, MaybeBytes>> headers;
    m.forEachHeader([&](QByteArrayView name, const MaybeBytes& value) {
        for (auto& h : headers)
            if (h.first == name) {
                h.second = value;
                return;
            }
        headers.emplace_back(name, value);
    });
    out += ",\"headers\":{";
    std::vector<QByteArrayView> base64Headers;
    for (size_t i = 0; i < headers.size(); ++i) {
        if (i)
            out += ',';
        const QByteArrayView name = headers[i].first;
        // Header names are strings in Kafka's protocol; invalid UTF-8 ones are shown lossy.
        appendJsonStringLossy(out, std::string_view(name.data(), size_t(name.size())));
        out += ':';
        if (appendBytes(out, headers[i].second))
            base64Headers.push_back(name);
    }
    out += "},\"value\":";
    const bool valueBase64 = appendPayload(out, m.value, decodedValue);
    if (keyBase64)
        out += ",\"key_encoding\":\"base64\"";
    if (valueBase64)
        out += ",\"value_encoding\":\"base64\"";
    appendSchemaFields(out, "key", decodedKey);
    appendSchemaFields(out, "value", decodedValue);
    if (!base64Headers.empty()) {
        out += ",\"header_encodings\":{";
        for (size_t i = 0; i < base64Headers.size(); ++i) {
            if (i)
                out += ',';
            appendJsonStringLossy(
                out, std::string_view(base64Headers[i].data(), size_t(base64Headers[i].size())));
            out += ":\"base64\"";
        }
        out += '}';
    }
    out += "}\n";
}

} // namespace streamscope
