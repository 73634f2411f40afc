#include "schema/AvroAllocator.h"

#include <avro.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace streamscope::schema {

namespace {

// Sizes pooled: small blocks are the per-value ones; larger ones go straight to malloc.
constexpr size_t kMinPooled = sizeof(void*);
constexpr size_t kMaxPooled = 256;
// Per size and thread: enough for the values of a large record, bounded memory when idle.
constexpr unsigned kMaxBlocksPerSize = 512;

struct FreeBlock {
    FreeBlock* next;
};

bool pooled(size_t size) {
    return size >= kMinPooled && size <= kMaxPooled;
}

// One thread's free blocks, by exact size. Freed with the thread; a block released after that
// (another thread-local object freeing Avro values late) goes back to free().
struct ThreadPool {
    std::array<FreeBlock*, kMaxPooled + 1> heads{};
    std::array<unsigned, kMaxPooled + 1> counts{};
    ~ThreadPool();
};

thread_local bool t_poolGone = false;
thread_local ThreadPool t_pool;

ThreadPool::~ThreadPool() {
    t_poolGone = true;
    for (FreeBlock* head : heads)
        while (head) {
            FreeBlock* next = head->next;
            std::free(head);
            head = next;
        }
}

void* take(size_t size) {
    if (pooled(size) && !t_poolGone) {
        ThreadPool& pool = t_pool;
        if (FreeBlock* block = pool.heads[size]) {
            pool.heads[size] = block->next;
            --pool.counts[size];
            return block;
        }
    }
    return std::malloc(size);
}

void release(void* ptr, size_t size) {
    if (!ptr)
        return;
    if (pooled(size) && !t_poolGone) {
        ThreadPool& pool = t_pool;
        if (pool.counts[size] < kMaxBlocksPerSize) {
            auto* block = static_cast<FreeBlock*>(ptr);
            block->next = pool.heads[size];
            pool.heads[size] = block;
            ++pool.counts[size];
            return;
        }
    }
    std::free(ptr);
}

// Avro C's allocator contract (avro/allocation.h): nsize 0 frees, ptr null allocates, else
// reallocates; osize is the size the block was asked for.
void* pooledAllocator(void*, void* ptr, size_t osize, size_t nsize) {
    if (nsize == 0) {
        release(ptr, osize);
        return nullptr;
    }
    if (!ptr)
        return take(nsize);
    if (!pooled(osize) && !pooled(nsize))
        return std::realloc(ptr, nsize);
    void* fresh = take(nsize);
    if (!fresh)
        return nullptr;
    std::memcpy(fresh, ptr, std::min(osize, nsize));
    release(ptr, osize);
    return fresh;
}

} // namespace

void installAvroAllocator() {
    static std::once_flag once;
    std::call_once(once, [] { avro_set_allocator(pooledAllocator, nullptr); });
}

} // namespace streamscope::schema
