#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

namespace streamscope {

// The storage under a store that one thread writes and any number read without a lock
// (MessageStore, schema::DecodedPayloads): rows in fixed chunks of a caller's layout and bytes in
// large blocks, both counted against one memory cap, neither ever moved once written. Both
// tables are sized from the cap at construction, so readers never see them move.
//
// Threading: the writer (chunkFor, reserve, charge, rewind, clear) is one thread at a time;
// readers (chunkOf, bytesAt) read only what the owner published below its size with a release
// store.
// Every block is followed by kJsonPadding readable spaces, so any text in it can be parsed
// as JSON in place.
class ByteBlocks {
public:
    ByteBlocks(qint64 capBytes, qsizetype blockBytes);
    ~ByteBlocks();
    ByteBlocks(const ByteBlocks&) = delete;
    ByteBlocks& operator=(const ByteBlocks&) = delete;

    // Writer: room for n bytes in the blocks; the position (block << 32 | offset) or -1 at the
    // cap. Bytes that do not fit the current block start the next one, which is n bytes long if
    // n is larger than a block.
    qint64 reserve(qsizetype n, char** where);
    // Writer: counts bytes allocated beside the blocks (row chunks); false (nothing counted) when
    // they would take the total past the cap.
    bool charge(qint64 bytes);
    void release(qint64 bytes);
    // Writer, not concurrent with readers: the next reserve() starts over at the first block;
    // blocks stay allocated and counted (reused when large enough).
    void rewind() { m_blockCount = 0; }
    // Writer, not concurrent with readers: frees every block (charges stay with their owner).
    void clear();

    const char* bytesAt(quint64 position) const {
        return m_blocks[position >> 32]->data.get() + (position & 0xffffffffu);
    }
    // Blocks allocated + charges: what the cap is compared against.
    qint64 memoryBytes() const { return m_memoryBytes.load(std::memory_order_acquire); }
    qint64 cap() const { return m_cap; }

private:
    struct Block {
        std::unique_ptr<char[]> data;
        qsizetype capacity = 0;
        qsizetype used = 0;
    };
    void add(qint64 bytes);

    qint64 m_cap;
    qsizetype m_blockBytes;
    size_t m_maxBlocks = 0;
    std::unique_ptr<std::unique_ptr<Block>[]> m_blocks;
    size_t m_blockCount = 0;      // writer only: blocks in use
    size_t m_allocatedBlocks = 0; // writer only: blocks allocated (>= m_blockCount after rewind)
    std::atomic<qint64> m_memoryBytes{0};
};

// Row chunks of type Chunk (kRows rows each), allocated on first use and charged to `bytes`.
template <typename Chunk, size_t kRows> class ChunkedRows {
public:
    // Every row costs at least minRowBytes of the cap: that bounds the table.
    ChunkedRows(qint64 capBytes, qint64 minRowBytes)
        : m_maxChunks(size_t(capBytes / (qint64(kRows) * minRowBytes)) + 2)
        , m_chunks(std::make_unique<std::unique_ptr<Chunk>[]>(m_maxChunks)) {}

    // Writer: the chunk that holds `row`, allocated and charged on first use; null at the cap.
    Chunk* chunkFor(size_t row, ByteBlocks& bytes) {
        const size_t index = row / kRows;
        if (index >= m_maxChunks)
            return nullptr;
        if (!m_chunks[index]) {
            if (!bytes.charge(qint64(sizeof(Chunk))))
                return nullptr;
            m_chunks[index] = std::make_unique_for_overwrite<Chunk>();
        }
        return m_chunks[index].get();
    }
    // Reader: row below the owner's published size.
    const Chunk& chunkOf(size_t row) const { return *m_chunks[row / kRows]; }
    // Writer, not concurrent with readers: frees every chunk and takes its charge back.
    void clear(ByteBlocks& bytes) {
        for (size_t i = 0; i < m_maxChunks; ++i)
            if (m_chunks[i]) {
                m_chunks[i].reset();
                bytes.release(qint64(sizeof(Chunk)));
            }
    }

private:
    size_t m_maxChunks;
    std::unique_ptr<std::unique_ptr<Chunk>[]> m_chunks;
};

} // namespace streamscope
