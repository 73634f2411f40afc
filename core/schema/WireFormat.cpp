#include "schema/WireFormat.h"

#include <QByteArray>

namespace streamscope::schema {

namespace {

// A zigzag varint of at most 5 bytes (32-bit); nothing when malformed or truncated.
std::optional<qint32> readZigZag(QByteArrayView& in) {
    quint32 raw = 0;
    for (int i = 0; i < 5; ++i) {
        if (i >= in.size())
            return std::nullopt;
        const auto byte = static_cast<unsigned char>(in[i]);
        raw |= quint32(byte & 0x7f) << (7 * i);
        if (!(byte & 0x80)) {
            in = in.sliced(i + 1);
            return qint32(raw >> 1) ^ -qint32(raw & 1);
        }
    }
    return std::nullopt;
}

void appendZigZag(QByteArray& out, qint32 value) {
    quint32 raw = (quint32(value) << 1) ^ quint32(value >> 31);
    while (raw >= 0x80) {
        out += char((raw & 0x7f) | 0x80);
        raw >>= 7;
    }
    out += char(raw);
}

} // namespace

std::optional<ConfluentFrame> parseConfluentFrame(QByteArrayView bytes) {
    if (bytes.size() < kConfluentHeaderSize || bytes[0] != 0)
        return std::nullopt;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    ConfluentFrame frame;
    frame.schemaId = (quint32(p[1]) << 24) | (quint32(p[2]) << 16) | (quint32(p[3]) << 8) | p[4];
    frame.body = bytes.sliced(kConfluentHeaderSize);
    return frame;
}

bool readProtobufMessageIndexes(QByteArrayView& body, std::vector<int>& indexes) {
    indexes.clear();
    QByteArrayView in = body;
    const auto count = readZigZag(in);
    // A path deeper than any sane .proto nesting is garbage, not a schema.
    if (!count || *count < 0 || *count > 64)
        return false;
    if (*count == 0) {
        indexes.push_back(0);
    } else {
        for (int i = 0; i < *count; ++i) {
            const auto index = readZigZag(in);
            if (!index || *index < 0)
                return false;
            indexes.push_back(*index);
        }
    }
    body = in;
    return true;
}

void appendProtobufMessageIndexes(QByteArray& out, const std::vector<int>& indexes) {
    if (indexes.empty() || (indexes.size() == 1 && indexes[0] == 0)) {
        out += char(0);
        return;
    }
    appendZigZag(out, qint32(indexes.size()));
    for (int index : indexes)
        appendZigZag(out, index);
}

void appendConfluentHeader(QByteArray& out, quint32 schemaId) {
    out += char(0);
    out += char((schemaId >> 24) & 0xff);
    out += char((schemaId >> 16) & 0xff);
    out += char((schemaId >> 8) & 0xff);
    out += char(schemaId & 0xff);
}

} // namespace streamscope::schema
