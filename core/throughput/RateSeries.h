#pragma once

#include "throughput/RingBuffer.h"

#include <cmath>
#include <memory>

namespace streamscope {

// One rate series (a topic's, a partition's or the cluster's) aligned to the shared time axes of
// ThroughputHistory: it holds one float per tick and one per closed bucket, but no timestamps.
//
// Memory is spent only on series that ever carry traffic: until the first non-zero value the
// series is "implicitly zero" and owns no ring at all. A big cluster is mostly idle partitions,
// so this keeps 10,000 idle partitions at a few bytes each. Once allocated a ring never grows.
class RateSeries {
public:
    RateSeries() = default;
    RateSeries(unsigned long long firstTick, unsigned long long firstBucket)
        : m_firstTick(firstTick)
        , m_firstBucket(firstBucket) {}

    // Appends the value of global tick `tick` (the history's tick counter); must be called for
    // every tick from firstTick on, in order.
    void pushTick(unsigned long long tick, float value, std::size_t capacity, double weight);
    // Closes the open bucket as global bucket `bucket` and starts a new one.
    void closeBucket(unsigned long long bucket, std::size_t capacity);
    // A tick / closed bucket without data (the time the app was closed, after a restore). The
    // history masks it as NaN on reading, so a series without a ring stays without one: an idle
    // partition must not allocate 7 KiB to remember that it was not watched.
    void pushGapTick();
    void pushGapBucket();

    unsigned long long firstTick() const { return m_firstTick; }
    unsigned long long firstBucket() const { return m_firstBucket; }
    // Value of a retained tick / closed bucket. `newestTick` is the history's newest tick index.
    // NaN = no value. The caller checks the range against the axis.
    float tickValue(unsigned long long tick, unsigned long long newestTick) const;
    float bucketValue(unsigned long long bucket, unsigned long long newestBucket) const;
    // Time-weighted mean of the ticks in the open bucket so far (NaN without any).
    float openBucketValue() const;

    std::size_t memoryBytes() const;

private:
    friend class HistoryCodec; // saves and restores the rings and the open bucket as they are

    static float valueIn(const std::unique_ptr<RingBuffer<float>>& ring, unsigned long long index,
                         unsigned long long newest);
    static void push(std::unique_ptr<RingBuffer<float>>& ring, unsigned long long index,
                     unsigned long long first, float value, std::size_t capacity);

    unsigned long long m_firstTick = 0;
    unsigned long long m_firstBucket = 0;
    std::unique_ptr<RingBuffer<float>> m_ticks;   // null: all zero so far
    std::unique_ptr<RingBuffer<float>> m_buckets; // null: all zero so far
    double m_bucketSum = 0;                       // sum of value x weight over the open bucket
    double m_bucketWeight = 0;                    // sum of weights (ms) of ticks with a value
};

} // namespace streamscope
