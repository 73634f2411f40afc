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

// Texts back to back; each block is followed by the JSON padding (spaces).
struct DecodedPayloads::Block {
    std::unique_ptr<char[]> data;
    qsizetype capacity = 0;
    qsizetype used = 0;
};

namespace {

quint8 meta(const DecodedPayload& p) {
    return quint8(quint8(p.kind) | quint8(quint8(p.format) << 2));
}

} // namespace

DecodedPayloads::DecodedPayloads(qint64 memoryCapBytes)
    : m_cap(std::max<qint64>(memoryCapBytes, 1)) {
    m_maxChunks = size_t(m_cap / qint64(sizeof(Chunk))) + 2;
    m_maxBlocks = size_t(m_cap / (kBlockBytes / 2)) + 2;
    m_chunks = std::make_unique<std::unique_ptr<Chunk>[]>(m_maxChunks);
    m_blocks = std::make_unique<std::unique_ptr<Block>[]>(m_maxBlocks);
}

DecodedPayloads::~DecodedPayloads() = default;

qint64 DecodedPayloads::reserve(qsizetype n, char** where) {
    Block* current = m_blockCount ? m_blocks[m_blockCount - 1].get() : nullptr;
    if (!current || current->capacity - current->used < n) {
        if (m_blockCount >= m_maxBlocks)
            return -1;
        const qsizetype capacity = std::max(n, kBlockBytes);
        const qint64 cost = capacity + MessageView::kJsonPadding;
        if (m_memoryBytes.load(std::memory_order_relaxed) + cost > m_cap)
            return -1;
        auto block = std::make_unique<Block>();
        block->data = std::make_unique_for_overwrite<char[]>(size_t(cost));
        block->capacity = capacity;
        std::memset(block->data.get() + capacity, ' ', MessageView::kJsonPadding);
        m_blocks[m_blockCount++] = std::move(block);
        m_memoryBytes.store(m_memoryBytes.load(std::memory_order_relaxed) + cost,
                            std::memory_order_release);
        current = m_blocks[m_blockCount - 1].get();
    }
    *where = current->data.get() + current->used;
    const quint64 position = (quint64(m_blockCount - 1) << 32) | quint64(current->used);
    current->used += n;
    return qint64(position);
}

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
    const qint64 at = reserve(text.size(), &where);
    if (at < 0)
        return false;
    std::memcpy(where, text.data(), size_t(text.size()));
    *position = quint64(at);
    *size = quint32(text.size());
    return true;
}

bool DecodedPayloads::append(const DecodedPayload& key, const DecodedPayload& value) {
    const size_t row = m_size.load(std::memory_order_relaxed);
    const size_t chunkIndex = row / kChunkRows;
    if (chunkIndex >= m_maxChunks || !m_chunks[chunkIndex]) {
        if (chunkIndex >= m_maxChunks ||
            m_memoryBytes.load(std::memory_order_relaxed) + qint64(sizeof(Chunk)) > m_cap) {
            m_capReached.store(true, std::memory_order_release);
            return false;
        }
        m_chunks[chunkIndex] = std::make_unique_for_overwrite<Chunk>();
        m_memoryBytes.store(m_memoryBytes.load(std::memory_order_relaxed) + qint64(sizeof(Chunk)),
                            std::memory_order_release);
    }
    Slot& slot = m_chunks[chunkIndex]->slots[row % kChunkRows];
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
    const Slot& slot = m_chunks[row / kChunkRows]->slots[row % kChunkRows];
    const quint8 m = value ? slot.valueMeta : slot.keyMeta;
    const quint64 position = value ? slot.valuePosition : slot.keyPosition;
    const quint32 size = value ? slot.valueSize : slot.keySize;
    DecodedView view;
    view.kind = static_cast<DecodedPayload::Kind>(m & 3u);
    view.format = static_cast<SchemaFormat>(m >> 2);
    view.schemaId = value ? slot.valueId : slot.keyId;
    if (size > 0)
        view.text = QByteArrayView(m_blocks[position >> 32]->data.get() + (position & 0xffffffffu),
                                   qsizetype(size));
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
