#pragma once

#include "session/ClusterSession.h"
#include "throughput/ThroughputCalculator.h"
#include "throughput/ThroughputHistory.h"
#include "throughput/ThroughputTypes.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>

namespace streamscope {

class HistoryKeeper;
class RecordStatsStore;

// The throughput engine's front: turns the cluster poller's snapshots into rates and history.
//
// Wiring (GUI thread, before the session starts):
//     ThroughputTracker tracker(HistoryConfig::forTickInterval(session.intervalMs()));
//     session.addConsumer(&tracker);
//     connect(&tracker, &ThroughputTracker::updated, view, &View::showRates);  // queued
//     session.start();
//
// consumeSnapshot() runs on the polling thread after every tick: it computes the rates
// (ThroughputCalculator), appends them to history() and publishes the result twice: latest() for
// pull-style readers (a GUI timer) and the updated() signal, which receivers on the GUI thread get
// queued. Everything else may be called from any thread. The tracker must outlive the session's
// polling thread: stop the session before destroying it.
class ThroughputTracker : public QObject, public SnapshotConsumer {
    Q_OBJECT
public:
    explicit ThroughputTracker(HistoryConfig historyConfig = {}, QObject* parent = nullptr);
    ~ThroughputTracker() override;

    // SnapshotConsumer: polling thread only.
    void consumeSnapshot(const ClusterSnapshot& snapshot) override;

    // The newest rates; null before the first tick.
    ThroughputSnapshotPtr latest() const;
    // Chart data; its readers are thread-safe and take only a shared lock.
    const ThroughputHistory& history() const { return *m_history; }
    // The same history, for a reader that may outlive the tracker (a session's last save).
    std::shared_ptr<const ThroughputHistory> sharedHistory() const { return m_history; }

    // Settings apply from the next tick on.
    ThroughputSettings settings() const;
    void setSettings(const ThroughputSettings& settings);
    void setSmoothingMs(qint64 ms); // 0 = off
    // Mean record sizes and transaction markers from a RecordSampler; call before the session
    // starts. Without it byte rates stay unknown (-1).
    void setRecordStats(std::shared_ptr<const RecordStatsStore> stats);
    // Keeps the history on disk: restored on the first snapshot (before its tick is appended),
    // saved when due after each tick. Call before the session starts. Without it the history
    // lives in memory only.
    void setHistoryKeeper(std::shared_ptr<HistoryKeeper> keeper);
    // Forgets rates, totals and history at the next tick (e.g. after switching clusters).
    void reset();
    // Any thread: the session lost its cluster, so the next tick follows missed ones and is
    // recorded as a gap (ThroughputHistory::markGap).
    void markGap();

Q_SIGNALS:
    // Emitted on the polling thread; connect with a context object on the GUI thread.
    void updated(streamscope::ThroughputSnapshotPtr snapshot);

private:
    ThroughputCalculator m_calculator; // polling thread only
    const std::shared_ptr<ThroughputHistory> m_history;
    std::shared_ptr<const RecordStatsStore> m_recordStats;
    std::shared_ptr<HistoryKeeper> m_historyKeeper;
    bool m_restoreTried = false; // polling thread only
    std::atomic_bool m_resetRequested{false};
    std::atomic_bool m_gapRequested{false};

    mutable std::mutex m_settingsMutex;
    ThroughputSettings m_settings;

    mutable std::mutex m_latestMutex;
    ThroughputSnapshotPtr m_latest;
};

} // namespace streamscope
