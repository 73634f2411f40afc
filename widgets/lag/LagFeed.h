#pragma once

#include "common/Generation.h"
#include "lag/LagTypes.h"

#include <QObject>

namespace streamscope {

class LagMonitor;

// A page's line to the session's LagMonitor. The monitor reports from its own thread, so its
// snapshots arrive queued; after a switch to another monitor (another session, or none) those
// still queued from the old one are dropped, so the old cluster's groups never show.
class LagFeed : public QObject {
    Q_OBJECT
public:
    explicit LagFeed(QObject* parent = nullptr);

    // nullptr: no monitor. The monitor must outlive the feed or be replaced first.
    void follow(LagMonitor* monitor);
    LagMonitor* monitor() const { return m_monitor; }

Q_SIGNALS:
    // A snapshot of the followed monitor, in the feed's thread.
    void updated(const streamscope::LagSnapshotPtr& snapshot);

private:
    LagMonitor* m_monitor = nullptr;
    Generation m_generation; // advanced by follow(): tags the connection to each monitor
};

} // namespace streamscope
