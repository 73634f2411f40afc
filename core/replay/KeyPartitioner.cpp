#include "replay/KeyPartitioner.h"

namespace streamscope {

int32_t javaMurmur2(QByteArrayView data) {
    // The Java code works on signed ints with wrapping arithmetic; unsigned arithmetic gives the
    // same bits without undefined behaviour.
    const auto length = static_cast<uint32_t>(data.size());
    const uint32_t seed = 0x9747b28cu;
    const uint32_t m = 0x5bd1e995u;
    const int r = 24;
    uint32_t h = seed ^ length;
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
    const uint32_t whole = length / 4;
    for (uint32_t i = 0; i < whole; ++i) {
        const uint32_t i4 = i * 4;
        uint32_t k = uint32_t(bytes[i4]) | (uint32_t(bytes[i4 + 1]) << 8) |
                     (uint32_t(bytes[i4 + 2]) << 16) | (uint32_t(bytes[i4 + 3]) << 24);
        k *= m;
        k ^= k >> r;
        k *= m;
        h *= m;
        h ^= k;
    }
    const uint32_t tail = length & ~3u;
    switch (length % 4) {
    case 3:
        h ^= uint32_t(bytes[tail + 2]) << 16;
        [[fallthrough]];
    case 2:
        h ^= uint32_t(bytes[tail + 1]) << 8;
        [[fallthrough]];
    case 1:
        h ^= uint32_t(bytes[tail]);
        h *= m;
        break;
    default:
        break;
    }
    h ^= h >> 13;
    h *= m;
    h ^= h >> 15;
    return static_cast<int32_t>(h);
}

int javaKeyPartition(QByteArrayView key, int partitionCount) {
    if (partitionCount <= 0)
        return 0;
    const auto positive = static_cast<uint32_t>(javaMurmur2(key)) & 0x7fffffffu;
    return static_cast<int>(positive % static_cast<uint32_t>(partitionCount));
}

} // namespace streamscope
