#include "checks/Hash128.h"

#include <xxhash.h>

namespace streamscope {

Hash128 hash128(QByteArrayView bytes, Hash128 seed) {
    // XXH3 takes a 64-bit seed; both halves of the chained hash go into it (mixTag's constant
    // keeps {lo, hi} and {hi, lo} apart).
    const XXH64_hash_t folded = seed.lo ^ (seed.hi * 0x9e3779b97f4a7c15ULL);
    const XXH128_hash_t h =
        XXH3_128bits_withSeed(bytes.data(), static_cast<size_t>(bytes.size()), folded);
    return Hash128{h.low64, h.high64};
}

} // namespace streamscope
