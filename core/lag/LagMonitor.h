#pragma once

#include "cluster/ConnectionProfile.h"
#include "common/TimeSeriesSource.h"
#include "lag/LagTypes.h"
#include "session/ClusterSession.h"
#include "throughput/ThroughputHistory.h"

#include <QObject>

#include <memory>

namespace streamscope {

class HistoryFileWriter;
class HistoryStore;

// Which lag series a chart reads from LagMonitor::history(). Keys: TimeSeriesKey with scope =
// group id; topic empty = the whole group, topic set = the group on that topic, partition set =
// one partition.
enum class LagMetric {
    Lag,            // messages behind
    TimeLagSeconds, // seconds behind
    ConsumeRate,    // committed offsets per second
};

// The lag engine of one cluster session (a SessionServices member beside the throughput
// tracker). consumeSnapshot() runs on the polling thread and only hands the tick's end offsets
// over; groups and committed offsets are read on the monitor's own thread with its own admin
// handle, so a slow coordinator never delays the throughput tick. Each refresh publishes a
// LagSnapshot: latest() for pull-style readers, updated() (emitted on the monitor's thread;
// connect with a context object) for the GUI.
//
// Lifetime: construct before session.start() (SessionServices registers it), start() after,
// destroy after session.stop(). Destruction stops the thread within 2 s even with a dead broker.
class LagMonitor : public QObject, public SnapshotConsumer {
    Q_OBJECT
public:
    explicit LagMonitor(ConnectionProfile profile, QObject* parent = nullptr);
    // With the history rings sized for the session's tick (HistoryConfig::forTickInterval).
    LagMonitor(ConnectionProfile profile, HistoryConfig historyConfig, QObject* parent = nullptr);
    ~LagMonitor() override;

    // How long one refresh waits for the groups' coordinators (default 5 s); before start().
    void setRefreshTimeoutMs(int ms);

    // SnapshotConsumer: polling thread only; returns at once.
    void consumeSnapshot(const ClusterSnapshot& snapshot) override;

    void start();
    void stop();

    // The newest refresh; null before the first one.
    LagSnapshotPtr latest() const;
    // Lag history per group, topic and partition: 1 h at tick resolution, 24 h in minute means.
    const TimeSeriesSource& history(LagMetric metric) const;

    // Per-group user thresholds and notification opt-in; apply from the next refresh.
    void setThresholds(const QString& groupId, const LagThresholds& thresholds);
    LagThresholds thresholds(const QString& groupId) const;

    // Any thread: the session lost its cluster; the next refresh follows missed ones (a gap).
    void markGap();

    // Keeps the lag history on disk beside the throughput history (SessionServices passes its
    // store and writer): restored on the first refresh, saved every 30 s and at stop(). Call
    // before start().
    void keepHistoryOnDisk(const HistoryStore& store, std::shared_ptr<HistoryFileWriter> writer);

    // Refreshes completed since start() (tests and benchmarks wait on it). Any thread.
    quint64 refreshCount() const;

Q_SIGNALS:
    void updated(streamscope::LagSnapshotPtr snapshot);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace streamscope
