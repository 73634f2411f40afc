#include "throughput/ThroughputFeed.h"

#include "throughput/ThroughputTracker.h"

namespace streamscope {

ThroughputFeed::ThroughputFeed(QObject* parent)
    : QObject(parent) {}

void ThroughputFeed::follow(ThroughputTracker* tracker) {
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    // Disconnecting does not recall what is already queued: the generation does.
    const Generation::Tag generation = m_generation.advance();
    m_tracker = tracker;
    if (!tracker)
        return;
    connect(tracker, &ThroughputTracker::updated, this,
            [this, generation](const ThroughputSnapshotPtr& snapshot) {
                if (m_generation.isCurrent(generation))
                    Q_EMIT updated(snapshot);
            });
}

} // namespace streamscope
