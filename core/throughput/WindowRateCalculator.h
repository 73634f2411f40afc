#pragma once

#include "cluster/ClusterMetadata.h"
#include "throughput/ThroughputCalculator.h"
#include "throughput/ThroughputTypes.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace streamscope {

// Mean rates over a window of samples (the CLI's `throughput --window`, or a chart's "rate over the
// selected range"): per partition (end offset at its last readable sample - end offset at its first
// readable sample) / (monotonic time between them). Intermediate samples make it robust: a
// partition unreadable at an edge still gets a rate from the samples it was read in, topics created
// during the window are measured from their first sample, deleted ones are dropped from the rates
// but listed by vanishedTopics(). A re-created topic (missing from a sample and back later, or
// with offsets going backwards, or with fewer partitions) is measured from offset 0 at the
// previous sample: a new topic starts empty, so every offset it has was written after that
// sample, and its rate covers only that part of the window (recreatedTopics()).
class WindowRateCalculator {
public:
    void add(const ClusterMetadata& sample);
    int sampleCount() const { return m_samples; }

    // Window rates. In the result, msgsPerSec == smoothedMsgsPerSec (no smoothing) and
    // producedSinceStart is the number of offsets added within the window; elapsedMs is the
    // measured window (first to last sample), sampledAt the last sample.
    ThroughputSnapshot result(const ThroughputSettings& settings = {}) const;

    qint64 firstSampleWallMs() const { return m_firstWallMs; }
    qint64 lastSampleWallMs() const { return m_lastWallMs; }
    qint64 windowMs() const { return m_lastMonotonicMs - m_firstMonotonicMs; }

    // Topics seen in an earlier sample but missing from the last one (deleted during the window).
    QStringList vanishedTopics() const;
    // Topics re-created during the window -> milliseconds of the window their rate covers.
    QHash<QString, qint64> recreatedTopics() const;

private:
    struct Edge {
        qint64 firstEnd = -1;
        qint64 firstMs = 0;
        qint64 lastEnd = -1;
        qint64 lastMs = 0;
    };
    struct TopicWindow {
        std::vector<Edge> partitions; // index = partition id
    };

    QHash<QString, TopicWindow> m_topics;
    QStringList m_seenOrder;                // every topic ever seen, in order of appearance
    QHash<QString, qint64> m_recreatedAtMs; // topic -> monotonic start of its new incarnation
    ClusterMetadata m_last; // metadata of the newest sample (partition lists, leaders, offsets)
    int m_samples = 0;
    qint64 m_firstWallMs = 0;
    qint64 m_lastWallMs = 0;
    qint64 m_firstMonotonicMs = 0;
    qint64 m_lastMonotonicMs = 0;
};

} // namespace streamscope
