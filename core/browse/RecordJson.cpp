#include "browse/RecordJson.h"

#include "browse/MessageText.h"

#include <QByteArray>

#include <charconv>
#include <map>

namespace streamscope {

namespace {

void appendNumber(std::string& out, qint64 n) {
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), n);
    out.append(buffer, end);
}

void appendBase64Bytes(std::string& out, const MaybeBytes& bytes) {
    out += '"';
    out += QByteArray::fromRawData(bytes.data, bytes.size).toBase64().toStdString();
    out += '"';
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

void appendJsonString(std::string& out, std::string_view utf8) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    size_t plainFrom = 0;
    for (size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.data() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    out.append(utf8.data() + plainFrom, utf8.size() - plainFrom);
    out += '"';
}

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
    appendNumber(out, p->schemaId);
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
    appendNumber(out, m.partition);
    out += ",\"offset\":";
    appendNumber(out, m.offset);
    out += ",\"timestamp\":";
    if (m.timestampMs >= 0)
        appendNumber(out, m.timestampMs);
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
        if (isValidUtf8(name))
            appendJsonString(out, std::string_view(name.data(), size_t(name.size())));
        else
            appendJsonString(out, QString::fromUtf8(name).toStdString());
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
            appendJsonString(out, QString::fromUtf8(base64Headers[i]).toStdString());
            out += ":\"base64\"";
        }
        out += '}';
    }
    out += "}\n";
}

} // namespace streamscope
