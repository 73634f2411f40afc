#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace streamscope {

class ClusterSession;
class HistoryFileWriter;
class HistoryKeeper;
class LagMonitor;
class RecordSampler;
class RecordStatsStore;
class ThroughputTracker;

// How much throughput history a session keeps. The GUI keeps the defaults; a headless exporter
// keeps a minute in memory and nothing on disk, since Prometheus keeps the history.
struct SessionHistoryOptions {
    bool onDisk = true; // and only when historyOnDiskEnabled()
    qint64 fineSpanMs = 3600000;
    qint64 coarseSpanMs = 86400000;
};

// The engines that work on one cluster session beside the poller, created with the session by
// the composition root and handed to every page (ClusterPage::setServices):
//   - the throughput tracker (rates and history; a SnapshotConsumer on the polling thread),
//   - the history keeper that restores the last hour (and day) of history from disk on the
//     first snapshot and saves it every 30 s and at close (core/throughput/HistoryKeeper),
//   - the record sampler that estimates record sizes for byte rates (its own thread),
//   - the lag monitor (consumer groups, committed offsets, lag status and history).
// One instance per session, so every page that shows throughput reads the same history.
//
// History on disk is on unless the environment sets STREAMSCOPE_NO_HISTORY_FILE (to anything
// but 0) or the setting "history/keepOnDisk" is false. Files go to
// QStandardPaths::AppDataLocation/history, one per cluster.
//
// Lifetime: construct before session.start() (it registers its consumers), call start() after
// it, and destroy only after session.stop() — the tracker must outlive the polling thread. The
// destructor stops the sampler first (it reads the tracker), then hands the final history save
// to the file writer without waiting for the disk.
class SessionServices {
public:
    // `historyWriter`: shared with other sessions so a final save can outlive this object;
    // null = a writer of its own (the destructor then waits for the final save).
    explicit SessionServices(ClusterSession& session,
                             std::shared_ptr<HistoryFileWriter> historyWriter = {},
                             SessionHistoryOptions history = {});
    ~SessionServices();
    SessionServices(const SessionServices&) = delete;
    SessionServices& operator=(const SessionServices&) = delete;

    // Whether sessions keep their throughput history on disk (environment and settings).
    static bool historyOnDiskEnabled();

    // Starts the background helpers (the record sampler, the lag monitor).
    void start();

    ThroughputTracker& throughput() const { return *m_throughput; }
    // Consumer-group lag (core/lag): a SnapshotConsumer with its own thread and admin handle.
    LagMonitor& lag() const { return *m_lag; }
    // Null when history on disk is off.
    HistoryKeeper* historyKeeper() const { return m_historyKeeper.get(); }
    // For the user, when the cluster's history file could not be used: what happened, where
    // the file was kept, and that a new history starts. Empty when all was well or history on
    // disk is off; nullopt while the first snapshot (and with it the restore) is still to come.
    std::optional<QString> historyNotice() const;

private:
    std::unique_ptr<ThroughputTracker> m_throughput;
    std::unique_ptr<LagMonitor> m_lag;
    std::shared_ptr<HistoryKeeper> m_historyKeeper;
    std::shared_ptr<RecordStatsStore> m_recordStats;
    std::unique_ptr<RecordSampler> m_sampler; // declared last: destroyed first
};

} // namespace streamscope
