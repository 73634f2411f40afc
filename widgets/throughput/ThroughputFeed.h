#pragma once

#include "common/Generation.h"
#include "throughput/ThroughputTypes.h"

#include <QObject>

namespace streamscope {

class ThroughputTracker;

// A page's line to the session's ThroughputTracker. The tracker reports from its polling thread,
// so its snapshots arrive queued; after a switch to another tracker (another session, or none)
// those still queued from the old one are dropped, so the old cluster's rates never show.
class ThroughputFeed : public QObject {
    Q_OBJECT
public:
    explicit ThroughputFeed(QObject* parent = nullptr);

    // nullptr: no tracker. The tracker must outlive the feed or be replaced first.
    void follow(ThroughputTracker* tracker);
    ThroughputTracker* tracker() const { return m_tracker; }

Q_SIGNALS:
    // A snapshot of the followed tracker, in the feed's thread.
    void updated(const streamscope::ThroughputSnapshotPtr& snapshot);

private:
    ThroughputTracker* m_tracker = nullptr;
    Generation m_generation; // advanced by follow(): tags the connection to each tracker
};

} // namespace streamscope
