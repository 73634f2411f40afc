#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace streamscope {

// A 128-bit hash: identities, payloads and shapes are remembered by it instead of by their bytes
// (a million ids cost 16 bytes each, and a collision is out of reach at that scale).
struct Hash128 {
    std::uint64_t lo = 0;
    std::uint64_t hi = 0;
    friend bool operator==(const Hash128&, const Hash128&) = default;
    bool isZero() const { return lo == 0 && hi == 0; }
};

inline size_t qHash(const Hash128& h, size_t seed = 0) noexcept {
    return size_t(h.lo ^ (h.hi >> 7) ^ seed);
}

// XXH3-128 (Debian's libxxhash). The seed chains parts (hash of a value seeded
// with the hash of its key), so records need no concatenated copy.
Hash128 hash128(QByteArrayView bytes, Hash128 seed = {});
// An order-independent mix of one more member into a set's hash (for shapes: the set of paths).
inline Hash128 addToSet(Hash128 set, Hash128 member) {
    return Hash128{set.lo + member.lo, set.hi ^ member.hi};
}
// A cheap mix of a small tag into a hash (no pass over bytes): for per-field type tags and
// partition numbers, where hash128 of a few bytes would cost a full finalisation.
inline Hash128 mixTag(Hash128 h, std::uint64_t tag) {
    std::uint64_t x = h.lo ^ ((tag + 1) * 0x9e3779b97f4a7c15ULL);
    x ^= x >> 31;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 29;
    return Hash128{x, h.hi + x * 0x94d049bb133111ebULL};
}
// A quick hash of a few bytes (JSON keys) chained onto a seed, inline: a call into XXH3 per key
// was the shape hash's main cost. 64 bits of mixing carried into both halves; where it is used
// (shapes) a collision would need two different shapes of one version to meet at 2^-64.
inline Hash128 hashShort(QByteArrayView bytes, Hash128 seed) {
    // One multiply per 8 bytes (keys are mostly one or two words), a stronger one at the end.
    auto step = [](std::uint64_t x) {
        x *= 0x9e3779b97f4a7c15ULL;
        return x ^ (x >> 29);
    };
    auto load64 = [](const char* at) {
        std::uint64_t word = 0;
        std::memcpy(&word, at, 8);
        return word;
    };
    auto load32 = [](const char* at) {
        std::uint32_t word = 0;
        std::memcpy(&word, at, 4);
        return std::uint64_t(word);
    };
    // The tail is read with whole loads that may overlap bytes already taken (the length is in
    // the hash, so that is no ambiguity): a byte-wise copy of the tail into a word made the
    // next multiply wait on a failed store-to-load forward, a quarter of the shape hash's time.
    std::uint64_t h = seed.lo ^ (std::uint64_t(bytes.size()) << 56);
    const char* p = bytes.data();
    size_t n = size_t(bytes.size());
    if (n >= 8) {
        for (; n > 8; p += 8, n -= 8)
            h = step(h ^ load64(p));
        h = step(h ^ load64(p + n - 8)); // the last 8 bytes
    } else if (n >= 4) {
        h = step(h ^ (load32(p) | (load32(p + n - 4) << 32)));
    } else if (n > 0) {
        const auto byte = [&](size_t i) { return std::uint64_t(static_cast<unsigned char>(p[i])); };
        h = step(h ^ (byte(0) | (byte(n / 2) << 8) | (byte(n - 1) << 16)));
    }
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return Hash128{h, seed.hi ^ (h * 0xbf58476d1ce4e5b9ULL)};
}
// Tags told apart by the seed, e.g. "null" and "empty".
inline Hash128 tagSeed(std::uint64_t tag) {
    return Hash128{tag * 0x9e3779b97f4a7c15ULL, ~tag};
}

} // namespace streamscope
