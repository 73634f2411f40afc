#pragma once

#include "cluster/ClusterMetadata.h"
#include "throughput/HistoryStore.h"

#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace streamscope {

class HistoryFileWriter;
class ThroughputHistory;

// Keeps one session's throughput history on disk: restores the cluster's file before the first
// tick is appended and saves the history every saveIntervalMs and when the session closes.
//
// The file is chosen on the first snapshot, when the cluster id is known (HistoryStore::
// clusterKey). Saving encodes under the history's shared lock (GUI readers keep reading) and
// hands the bytes to a HistoryFileWriter, which does the disk I/O on its own thread. A history
// without any tick is never saved, so a session that never reached its cluster cannot wipe the
// file of the last one that did.
//
// ThroughputTracker calls restore() and tickAppended() on the polling thread; saveNow() runs once
// the polling thread stopped (SessionServices at session close).
class HistoryKeeper {
public:
    struct Options {
        // Periodic saves: the first firstSaveAfterMs after the restore (a crash or SIGKILL
        // soon after start then loses seconds, not a minute), then every saveIntervalMs,
        // stretched for big files so that the average write rate stays under bytesPerMinute (a
        // 130 MiB history would otherwise rewrite its file every minute), but never longer than
        // maxSaveIntervalMs, so no more than 2 minutes are ever at stake. Closing always saves.
        // A small file costs about a millisecond to encode and write (bench/RESULTS.md).
        qint64 firstSaveAfterMs = 10000;
        qint64 saveIntervalMs = 30000;
        qint64 maxSaveIntervalMs = 120000;
        qint64 bytesPerMinute = 16 * 1024 * 1024;
        qint64 maxTickAgeMs = 3600000;    // restore: ticks of the last hour
        qint64 maxBucketAgeMs = 86400000; // restore: buckets of the last day
    };

    HistoryKeeper(HistoryStore store, std::shared_ptr<HistoryFileWriter> writer,
                  QString bootstrapServers, Options options);
    HistoryKeeper(HistoryStore store, std::shared_ptr<HistoryFileWriter> writer,
                  QString bootstrapServers)
        : HistoryKeeper(std::move(store), std::move(writer), std::move(bootstrapServers),
                        Options{}) {}

    // Polling thread, first snapshot, before anything was appended: picks the cluster's file and
    // restores it into `history` (empty). Waits for a write of that file still in flight (the
    // previous session's final save).
    HistoryLoadResult restore(const ClusterMetadata& snapshot, ThroughputHistory& history);
    // Polling thread, after each append: saves when due.
    void tickAppended(const ThroughputHistory& history);
    // Saves now (session close). The polling thread must have stopped, or be the caller.
    void saveNow(const ThroughputHistory& history);
    // The last save of a session whose polling thread has stopped: the history is encoded on the
    // writer's thread, which keeps it alive until then, so closing a session never waits for a
    // copy of a big history (~100 ms for 10,000 busy partitions) on the GUI thread.
    void saveInBackground(std::shared_ptr<const ThroughputHistory> history);

    // What the restore found; nullopt until restore() ran. A file that could not be used
    // has been moved aside (keptAsPath) or, when that failed, is never saved over: this session
    // then keeps its history in memory only. Any thread.
    std::optional<HistoryLoadResult> restoreResult() const;

    // Empty until the first snapshot named the cluster.
    QString filePath() const;
    qint64 currentSaveIntervalMs() const;

private:
    bool save(const ThroughputHistory& history);

    const HistoryStore m_store;
    const std::shared_ptr<HistoryFileWriter> m_writer;
    const QString m_bootstrapServers;
    const Options m_options;

    mutable std::mutex m_mutex; // the key is set on the polling thread, read at close
    QString m_key;
    qint64 m_lastSaveMonotonicMs = 0;
    bool m_savedOnce = false;
    std::optional<HistoryLoadResult> m_restoreResult;
    qint64 m_lastPayloadBytes = 0;
};

} // namespace streamscope
