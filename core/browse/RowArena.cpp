#include "browse/RowArena.h"

#include "browse/MessageView.h"

#include <algorithm>
#include <cstring>

namespace streamscope {

ByteBlocks::ByteBlocks(qint64 capBytes, qsizetype blockBytes)
    : m_cap(std::max<qint64>(capBytes, 1))
    , m_blockBytes(blockBytes)
    // Every closed block holds more than half a block: that bounds the table.
    , m_maxBlocks(size_t(m_cap / (blockBytes / 2)) + 2)
    , m_blocks(std::make_unique<std::unique_ptr<Block>[]>(m_maxBlocks)) {}

ByteBlocks::~ByteBlocks() = default;

void ByteBlocks::add(qint64 bytes) {
    // One writer: a plain read-modify-write, published for readers of memoryBytes().
    m_memoryBytes.store(m_memoryBytes.load(std::memory_order_relaxed) + bytes,
                        std::memory_order_release);
}

bool ByteBlocks::charge(qint64 bytes) {
    if (m_memoryBytes.load(std::memory_order_relaxed) + bytes > m_cap)
        return false;
    add(bytes);
    return true;
}

void ByteBlocks::release(qint64 bytes) {
    add(-bytes);
}

qint64 ByteBlocks::reserve(qsizetype n, char** where) {
    Block* current = m_blockCount ? m_blocks[m_blockCount - 1].get() : nullptr;
    if (!current || current->capacity - current->used < n) {
        if (m_blockCount >= m_maxBlocks)
            return -1;
        // A block kept by rewind() is reused when it is large enough; a smaller one is replaced.
        std::unique_ptr<Block>& slot = m_blocks[m_blockCount];
        if (slot && slot->capacity < n) {
            release(slot->capacity + MessageView::kJsonPadding);
            slot.reset();
        }
        if (!slot) {
            const qsizetype capacity = std::max(n, m_blockBytes);
            const qint64 cost = capacity + MessageView::kJsonPadding;
            if (!charge(cost))
                return -1;
            auto block = std::make_unique<Block>();
            block->data = std::make_unique_for_overwrite<char[]>(size_t(cost));
            block->capacity = capacity;
            // The padding is read by the JSON parser; keep it defined.
            std::memset(block->data.get() + capacity, ' ', MessageView::kJsonPadding);
            slot = std::move(block);
            m_allocatedBlocks = std::max(m_allocatedBlocks, m_blockCount + 1);
        }
        slot->used = 0;
        ++m_blockCount;
        current = slot.get();
    }
    *where = current->data.get() + current->used;
    const quint64 position = (quint64(m_blockCount - 1) << 32) | quint64(current->used);
    current->used += n;
    return qint64(position);
}

void ByteBlocks::clear() {
    for (size_t i = 0; i < m_allocatedBlocks; ++i) {
        if (m_blocks[i])
            release(m_blocks[i]->capacity + MessageView::kJsonPadding);
        m_blocks[i].reset();
    }
    m_blockCount = 0;
    m_allocatedBlocks = 0;
}

} // namespace streamscope
