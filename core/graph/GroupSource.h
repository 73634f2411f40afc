#pragma once

#include "lag/LagTypes.h"

#include <mutex>

namespace streamscope {

class LagMonitor;

// Where the graph reads consumer groups (members, commits, lag and status) from. The graph
// never lists groups itself: the lag monitor already does, once per tick, for every page.
class GroupSource {
public:
    virtual ~GroupSource() = default;
    // The newest groups; null while none are known yet. Any thread.
    virtual LagSnapshotPtr latestGroups() const = 0;
};

// The session's lag monitor (SessionServices::lag()); it must outlive this source.
class LagMonitorGroupSource final : public GroupSource {
public:
    explicit LagMonitorGroupSource(const LagMonitor& monitor)
        : m_monitor(monitor) {}
    LagSnapshotPtr latestGroups() const override;

private:
    const LagMonitor& m_monitor;
};

// Groups handed in by the caller (tests, benchmarks, a CLI that collected them itself).
class FixedGroupSource final : public GroupSource {
public:
    void setGroups(LagSnapshotPtr groups) {
        std::lock_guard lock(m_mutex);
        m_groups = std::move(groups);
    }
    LagSnapshotPtr latestGroups() const override {
        std::lock_guard lock(m_mutex);
        return m_groups;
    }

private:
    mutable std::mutex m_mutex;
    LagSnapshotPtr m_groups;
};

} // namespace streamscope
