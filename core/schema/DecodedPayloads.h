#pragma once

#include "browse/MessageView.h"
#include "browse/RowArena.h"
#include "schema/PayloadDecoder.h"

#include <QByteArrayView>

#include <atomic>
#include <memory>

namespace streamscope::schema {

// What one stored key or value decoded to.
struct DecodedView {
    DecodedPayload::Kind kind = DecodedPayload::Kind::Plain;
    SchemaFormat format = SchemaFormat::Avro;
    quint32 schemaId = 0;
    // Decoded: the JSON (followed by MessageView::kJsonPadding readable bytes, so the filter
    // parses it in place); Failed: why, in UTF-8; Plain: empty.
    QByteArrayView text;
};

// The Schema Registry side of a MessageStore: row by row, what its key and value decoded to,
// written by the fetch thread just before the store takes the row (so every row below the
// store's size() is here too). The store keeps the bytes as they came (replay and the hex view
// need them); the table, the filter and the inspector read the decoded JSON from here.
//
// Threading as MessageStore: one writer, any number of readers without a lock; a row below
// size() never changes. Memory: 40 bytes per row plus the JSON and error texts, in blocks;
// append() refuses past the cap (the fetch then ends as at the store's cap).
class DecodedPayloads {
public:
    explicit DecodedPayloads(qint64 memoryCapBytes);
    ~DecodedPayloads();
    DecodedPayloads(const DecodedPayloads&) = delete;
    DecodedPayloads& operator=(const DecodedPayloads&) = delete;

    // Writer side. False (nothing stored) at the cap.
    bool append(const DecodedPayload& key, const DecodedPayload& value);
    bool capReached() const { return m_capReached.load(std::memory_order_acquire); }

    // Reader side (any thread), row < size().
    size_t size() const { return m_size.load(std::memory_order_acquire); }
    qint64 memoryBytes() const { return m_bytes.memoryBytes(); }
    DecodedView key(size_t row) const;
    DecodedView value(size_t row) const;
    // `raw` (the store's view of the row) as the filter and the table read it: decoded JSON in
    // place of framed bytes; Plain and Failed parts stay as they are.
    MessageView overlay(size_t row, MessageView raw) const;

    static constexpr size_t kChunkRows = size_t(1) << 16;
    static constexpr qsizetype kBlockBytes = qsizetype(1) << 20;

private:
    struct Slot;
    struct Chunk;
    bool put(const DecodedPayload& part, quint64* position, quint32* size);
    DecodedView part(size_t row, bool value) const;

    ByteBlocks m_bytes; // the JSON and error texts back to back
    ChunkedRows<Chunk, kChunkRows> m_rows;
    std::atomic<size_t> m_size{0};
    std::atomic_bool m_capReached{false};
};

} // namespace streamscope::schema
