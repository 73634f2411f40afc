#pragma once

#include "ThroughputCalculator.h"
#include "ThroughputTypes.h"
#include "kafka/ClusterMetadata.h"

#include <QHash>

#include <vector>

namespace streamscope {

// Mean rates over a window of samples (the CLI's `throughput --window`, or a chart's "rate over the
// selected range"): per partition (end offset at its last readable sample - end offset at its first
// readable sample) / (monotonic time between them). Intermediate samples make it robust: a
// partition unreadable at an edge still gets a rate from the samples it was read in, topics created
// during the window are measured from their first sample, deleted ones are dropped, and offsets
// going backwards (re-created topic) restart that partition's window.
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
    ClusterMetadata m_last; // metadata of the newest sample (partition lists, leaders, offsets)
    int m_samples = 0;
    qint64 m_firstWallMs = 0;
    qint64 m_lastWallMs = 0;
    qint64 m_firstMonotonicMs = 0;
    qint64 m_lastMonotonicMs = 0;
};

} // namespace streamscope
