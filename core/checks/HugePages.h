#pragma once

#include <cstddef>
#include <memory>

namespace streamscope {

// Memory for the checks' big tables (a million identities: 128 MB of slots probed at random).
// With 4 KB pages nearly every probe also missed the TLB, and the page walk stalled even the
// prefetch that was meant to hide the miss; with 2 MB pages the table needs 64 TLB entries.
// Linux gives them to regions marked MADV_HUGEPAGE (transparent huge pages in "madvise" mode, as
// here); elsewhere, or when refused, the memory is ordinary pages. Small tables stay on the heap.
void* allocateHugePages(size_t bytes);
void freeHugePages(void* memory);
inline constexpr size_t kHugePageBytes = size_t(2) << 20;

// A std::allocator for vectors that may grow big: from kHugePageBytes on, aligned 2 MB pages.
template <typename T> struct HugePageAllocator {
    using value_type = T;

    HugePageAllocator() = default;
    template <typename U> HugePageAllocator(const HugePageAllocator<U>&) noexcept {}

    T* allocate(size_t n) {
        if (n * sizeof(T) < kHugePageBytes)
            return std::allocator<T>().allocate(n);
        return static_cast<T*>(allocateHugePages(n * sizeof(T)));
    }
    void deallocate(T* memory, size_t n) noexcept {
        if (n * sizeof(T) < kHugePageBytes)
            std::allocator<T>().deallocate(memory, n);
        else
            freeHugePages(memory);
    }
    friend bool operator==(const HugePageAllocator&, const HugePageAllocator&) { return true; }
};

} // namespace streamscope
