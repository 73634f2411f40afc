#include "graph/GroupSource.h"

#include "lag/LagMonitor.h"

namespace streamscope {

LagSnapshotPtr LagMonitorGroupSource::latestGroups() const {
    return m_monitor.latest();
}

} // namespace streamscope
