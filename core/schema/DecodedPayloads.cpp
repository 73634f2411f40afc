#include "schema/DecodedPayloads.h"

#include <algorithm>
#include <cstring>

namespace streamscope::schema {

// One row: where the key's and the value's texts are, their schema ids, kinds and formats.
struct DecodedPayloads::Slot {
    quint64 keyPosition;
    quint64 valuePosition;
    quint32 keySize;
    quint32 valueSize;
    quint32 keyId;
    quint32 valueId;
    quint8 keyMeta; // kind | format << 2
    quint8 valueMeta;
};

struct DecodedPayloads::Chunk {
    Slot slots[kChunkRows];
};

namespace {

quint8 meta(const DecodedPayload& p) {
    return quint8(quint8(p.kind) | quint8(quint8(p.format) << 2));
}

} // namespace

DecodedPayloads::DecodedPayloads(qint64 memoryCapBytes)
    : m_bytes(memoryCapBytes, kBlockBytes)
    , m_rows(m_bytes.cap(), qint64(sizeof(Slot))) {}

DecodedPayloads::~DecodedPayloads() = default;

bool DecodedPayloads::put(const DecodedPayload& part, quint64* position, quint32* size) {
    *position = 0;
    *size = 0;
    QByteArray error;
    QByteArrayView text;
    if (part.kind == DecodedPayload::Kind::Decoded) {
        text = QByteArrayView(part.json.data(), qsizetype(part.json.size()));
    } else if (part.kind == DecodedPayload::Kind::Failed) {
        error = part.error.toUtf8();
        text = error;
    }
    if (text.isEmpty())
        return true;
    char* where = nullptr;
    const qint64 at = m_bytes.reserve(text.size(), &where);
    if (at < 0)
        return false;
    std::memcpy(where, text.data(), size_t(text.size()));
    *position = quint64(at);
    *size = quint32(text.size());
    return true;
}

bool DecodedPayloads::append(const DecodedPayload& key, const DecodedPayload& value) {
    const size_t row = m_size.load(std::memory_order_relaxed);
    Chunk* chunk = m_rows.chunkFor(row, m_bytes);
    if (!chunk) {
        m_capReached.store(true, std::memory_order_release);
        return false;
    }
    Slot& slot = chunk->slots[row % kChunkRows];
    if (!put(key, &slot.keyPosition, &slot.keySize) ||
        !put(value, &slot.valuePosition, &slot.valueSize)) {
        m_capReached.store(true, std::memory_order_release);
        return false;
    }
    slot.keyId = key.schemaId;
    slot.valueId = value.schemaId;
    slot.keyMeta = meta(key);
    slot.valueMeta = meta(value);
    m_size.store(row + 1, std::memory_order_release);
    return true;
}

DecodedView DecodedPayloads::part(size_t row, bool value) const {
    const Slot& slot = m_rows.chunkOf(row).slots[row % kChunkRows];
    const quint8 m = value ? slot.valueMeta : slot.keyMeta;
    const quint64 position = value ? slot.valuePosition : slot.keyPosition;
    const quint32 size = value ? slot.valueSize : slot.keySize;
    DecodedView view;
    view.kind = static_cast<DecodedPayload::Kind>(m & 3u);
    view.format = static_cast<SchemaFormat>(m >> 2);
    view.schemaId = value ? slot.valueId : slot.keyId;
    if (size > 0)
        view.text = QByteArrayView(m_bytes.bytesAt(position), qsizetype(size));
    return view;
}

DecodedView DecodedPayloads::key(size_t row) const {
    return part(row, false);
}

DecodedView DecodedPayloads::value(size_t row) const {
    return part(row, true);
}

MessageView DecodedPayloads::overlay(size_t row, MessageView raw) const {
    const DecodedView k = key(row);
    if (k.kind == DecodedPayload::Kind::Decoded)
        raw.key = MaybeBytes{k.text.data(), k.text.size(), false};
    const DecodedView v = value(row);
    if (v.kind == DecodedPayload::Kind::Decoded) {
        raw.value = MaybeBytes{v.text.data(), v.text.size(), false};
        raw.valuePadded = true;
    }
    return raw;
}

} // namespace streamscope::schema
