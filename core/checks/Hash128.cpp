#include "checks/Hash128.h"

#include <cstring>

namespace streamscope {

namespace {

constexpr std::uint64_t kC1 = 0x87c37b91114253d5ULL;
constexpr std::uint64_t kC2 = 0x4cf5ad432745937fULL;

inline std::uint64_t rotl(std::uint64_t x, int r) {
    return (x << r) | (x >> (64 - r));
}

inline std::uint64_t finalMix(std::uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

inline std::uint64_t mixK1(std::uint64_t k1) {
    k1 *= kC1;
    k1 = rotl(k1, 31);
    return k1 * kC2;
}

inline std::uint64_t mixK2(std::uint64_t k2) {
    k2 *= kC2;
    k2 = rotl(k2, 33);
    return k2 * kC1;
}

} // namespace

Hash128 hash128(QByteArrayView bytes, Hash128 seed) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const size_t size = size_t(bytes.size());
    std::uint64_t h1 = seed.lo ^ 0x243f6a8885a308d3ULL;
    std::uint64_t h2 = seed.hi ^ 0x13198a2e03707344ULL;
    const size_t blocks = size / 16;
    for (size_t i = 0; i < blocks; ++i) {
        std::uint64_t k1 = 0;
        std::uint64_t k2 = 0;
        std::memcpy(&k1, p + i * 16, 8);
        std::memcpy(&k2, p + i * 16 + 8, 8);
        h1 ^= mixK1(k1);
        h1 = rotl(h1, 27);
        h1 += h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= mixK2(k2);
        h2 = rotl(h2, 31);
        h2 += h1;
        h2 = h2 * 5 + 0x38495ab5;
    }
    const size_t tail = size - blocks * 16;
    if (tail > 0) {
        unsigned char rest[16] = {};
        std::memcpy(rest, p + blocks * 16, tail);
        std::uint64_t k1 = 0;
        std::uint64_t k2 = 0;
        std::memcpy(&k1, rest, 8);
        std::memcpy(&k2, rest + 8, 8);
        if (tail > 8)
            h2 ^= mixK2(k2);
        h1 ^= mixK1(k1);
    }
    h1 ^= size;
    h2 ^= size;
    h1 += h2;
    h2 += h1;
    h1 = finalMix(h1);
    h2 = finalMix(h2);
    h1 += h2;
    h2 += h1;
    return Hash128{h1, h2};
}

} // namespace streamscope
