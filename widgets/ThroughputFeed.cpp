#include "ThroughputFeed.h"

#include "throughput/ThroughputTracker.h"

namespace streamscope {

ThroughputFeed::ThroughputFeed(QObject* parent)
    : QObject(parent) {}

void ThroughputFeed::follow(ThroughputTracker* tracker) {
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    // Disconnecting does not recall what is already queued: the generation does.
    ++m_generation;
    m_tracker = tracker;
    if (!tracker)
        return;
    connect(tracker, &ThroughputTracker::updated, this,
            [this, generation = m_generation](const ThroughputSnapshotPtr& snapshot) {
                if (generation == m_generation)
                    Q_EMIT updated(snapshot);
            });
}

} // namespace streamscope
