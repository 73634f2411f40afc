#include "throughput/RateSeries.h"

#include <limits>

namespace streamscope {

namespace {
constexpr float kNoValue = std::numeric_limits<float>::quiet_NaN();
}

void RateSeries::push(std::unique_ptr<RingBuffer<float>>& ring, unsigned long long index,
                      unsigned long long first, float value, std::size_t capacity) {
    if (!ring) {
        if (value == 0.0f)
            return; // still implicitly zero
        ring = std::make_unique<RingBuffer<float>>(capacity);
        // Back-fill the zeros this series held implicitly, as far as the ring reaches.
        const unsigned long long from =
            index >= capacity ? std::max(first, index - capacity + 1) : first;
        for (unsigned long long i = from; i < index; ++i)
            ring->push(0.0f);
    }
    ring->push(value);
}

float RateSeries::valueIn(const std::unique_ptr<RingBuffer<float>>& ring, unsigned long long index,
                          unsigned long long newest) {
    if (!ring)
        return 0.0f;
    const unsigned long long age = newest - index;
    return age < ring->size() ? ring->fromNewest(static_cast<std::size_t>(age)) : kNoValue;
}

void RateSeries::pushTick(unsigned long long tick, float value, std::size_t capacity,
                          double weight) {
    push(m_ticks, tick, m_firstTick, value, capacity);
    if (!std::isnan(value) && weight > 0) {
        m_bucketSum += static_cast<double>(value) * weight;
        m_bucketWeight += weight;
    }
}

void RateSeries::closeBucket(unsigned long long bucket, std::size_t capacity) {
    const float mean = openBucketValue();
    m_bucketSum = 0;
    m_bucketWeight = 0;
    push(m_buckets, bucket, m_firstBucket, mean, capacity);
}

void RateSeries::pushGapTick() {
    if (m_ticks)
        m_ticks->push(kNoValue);
}

void RateSeries::pushGapBucket() {
    m_bucketSum = 0;
    m_bucketWeight = 0;
    if (m_buckets)
        m_buckets->push(kNoValue);
}

float RateSeries::tickValue(unsigned long long tick, unsigned long long newestTick) const {
    if (tick < m_firstTick)
        return kNoValue;
    return valueIn(m_ticks, tick, newestTick);
}

float RateSeries::bucketValue(unsigned long long bucket, unsigned long long newestBucket) const {
    if (bucket < m_firstBucket)
        return kNoValue;
    return valueIn(m_buckets, bucket, newestBucket);
}

float RateSeries::openBucketValue() const {
    return m_bucketWeight > 0 ? static_cast<float>(m_bucketSum / m_bucketWeight) : kNoValue;
}

std::size_t RateSeries::memoryBytes() const {
    std::size_t bytes = sizeof(*this);
    if (m_ticks)
        bytes += m_ticks->memoryBytes();
    if (m_buckets)
        bytes += m_buckets->memoryBytes();
    return bytes;
}

} // namespace streamscope
