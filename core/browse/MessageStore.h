#pragma once

#include "browse/MessageView.h"
#include "browse/RowArena.h"
#include "kafka/KafkaRecord.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

namespace streamscope {

// The messages of one browse, built for millions: compact columnar records in fixed chunks
// (partition, offset, timestamp and its type, sizes, a position in the payload arenas: 41 bytes
// per message) and the key, value and header bytes copied into large arena blocks. Overhead per
// message beyond its key, value and header bytes is the row plus 2 bytes per header: well under
// 64 bytes. Nothing is ever moved once appended, so views stay valid for the store's lifetime.
//
// Threading: one writer, any number of readers, no lock on the read path.
//  - append() is called by one thread at a time (the fetcher). It writes the row and its bytes,
//    then publishes the new size with a release store.
//  - size() is an acquire load; every row below it is complete and immutable, and may be read
//    from any thread (the GUI model, filter workers) while the writer appends more.
//  - clear() and rewind() are not concurrent with anything: call them only when no fetch runs and
//    no reader holds a view (the page starts a new browse on a fresh store instead; the replay
//    rewinds a buffer once its records are committed).
//
// Memory cap: append() refuses a message that would take the store past its cap (key, value and
// header bytes, arena slack and row chunks counted) and sets capReached(); the fetcher then stops
// with the notice. Default cap: a quarter of the machine's RAM (defaultMemoryCap()).
class MessageStore {
public:
    explicit MessageStore(QString topic, qint64 memoryCapBytes = defaultMemoryCap());
    ~MessageStore();
    MessageStore(const MessageStore&) = delete;
    MessageStore& operator=(const MessageStore&) = delete;

    // A quarter of physical memory (at least 256 MiB).
    static qint64 defaultMemoryCap();

    const QString& topic() const { return m_topic; }
    const QByteArray& topicUtf8() const { return m_topicUtf8; }
    qint64 memoryCap() const { return m_bytes.cap(); }

    // Writer side (one thread at a time). False when the cap would be exceeded (nothing stored).
    // The bytes are copied once, straight into the arenas (a view of a record still in
    // librdkafka's fetch buffer costs no other copy).
    bool append(const MessageView& message);
    bool append(const ConsumedRecord& record) {
        return append(MessageView::of(record, m_topicUtf8));
    }
    bool capReached() const { return m_capReached.load(std::memory_order_acquire); }
    // Words for the user when the cap stopped a fetch (translated, mentions the cap in MiB).
    QString capNotice() const;

    // Reader side (any thread).
    size_t size() const { return m_size.load(std::memory_order_acquire); }
    // Bytes held: arenas (allocated) + row chunks. What the cap is compared against.
    qint64 memoryBytes() const { return m_bytes.memoryBytes(); }
    // Key + value + header bytes of every stored message.
    qint64 payloadBytes() const { return m_payloadBytes.load(std::memory_order_acquire); }

    int partition(size_t row) const;
    qint64 offset(size_t row) const;
    qint64 timestampMs(size_t row) const;
    RecordTimestampType timestampType(size_t row) const;
    MaybeBytes key(size_t row) const;
    MaybeBytes value(size_t row) const;
    // Key + value + header names and values.
    qint64 messageBytes(size_t row) const;
    // Everything about a row without copying (row < size()).
    MessageView view(size_t row) const;
    // A deep copy, for the inspector, export and copy-as-JSON.
    ConsumedRecord record(size_t row) const;

    // Not concurrent with anything (see the class comment). clear() frees the memory; rewind()
    // empties the store but keeps its arena blocks and row chunks for the next appends, so a store
    // refilled over and over (the replay's buffers) does not allocate and fault in fresh pages
    // every time.
    void clear();
    void rewind();

    static constexpr size_t kChunkRows = size_t(1) << 16;
    static constexpr qsizetype kBlockBytes = qsizetype(4) << 20;

private:
    struct Chunk;
    const Chunk& chunkOf(size_t row) const { return m_rows.chunkOf(row); }

    QString m_topic;
    QByteArray m_topicUtf8;
    ByteBlocks m_bytes; // key, value and encoded headers of each message back to back
    ChunkedRows<Chunk, kChunkRows> m_rows;
    std::atomic<size_t> m_size{0};
    std::atomic<qint64> m_payloadBytes{0};
    std::atomic_bool m_capReached{false};
};

} // namespace streamscope
