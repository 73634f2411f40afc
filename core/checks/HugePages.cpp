#include "checks/HugePages.h"

#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace streamscope {

void* allocateHugePages(size_t bytes) {
    const size_t rounded = (bytes + kHugePageBytes - 1) / kHugePageBytes * kHugePageBytes;
    void* memory = std::aligned_alloc(kHugePageBytes, rounded);
    if (!memory)
        throw std::bad_alloc();
#if defined(__linux__)
    // Only a hint: refused (no THP in this kernel, "never"), the pages are ordinary ones.
    madvise(memory, rounded, MADV_HUGEPAGE);
#endif
    return memory;
}

void freeHugePages(void* memory) {
    std::free(memory);
}

} // namespace streamscope
