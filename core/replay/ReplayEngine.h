#pragma once

#include "common/CancelToken.h"
#include "common/Expected.h"
#include "replay/ReplayTypes.h"
#include "replay/SandboxGuard.h"

#include <atomic>
#include <mutex>

namespace streamscope {

// The controls and the progress of one running replay, shared between the thread that runs it and
// whoever watches it (the GUI, the CLI's signal handler). Every method may be called from any
// thread.
class ReplayControl {
public:
    void pause() { m_paused.store(true); }
    void resume() { m_paused.store(false); }
    void cancel() { m_cancel.cancel(); }
    bool isPaused() const { return m_paused.load(); }
    bool isCancelled() const { return m_cancel.isCancelled(); }
    const CancelToken& cancelToken() const { return m_cancel; }

    ReplayProgress progress() const {
        std::lock_guard lock(m_mutex);
        return m_progress;
    }
    void publish(const ReplayProgress& progress) {
        std::lock_guard lock(m_mutex);
        m_progress = progress;
    }

private:
    CancelToken m_cancel;
    std::atomic_bool m_paused{false};
    mutable std::mutex m_mutex;
    ReplayProgress m_progress; // guarded by m_mutex
};

// Runs one replay on the calling thread (blocking: a worker thread or the CLI), start to end:
//  1. metadata of both clusters, then the sandbox guard (checkReplayTarget): a refused target
//     ends here with Outcome::Refused, before anything is written or created;
//  2. a dry run stops after reading the source: count, first records, target partition spread;
//  3. the target topic is created when missing (source partition count, replication capped by
//     the target's brokers, the source's relevant configs);
//  4. the calling thread reads the source ahead (filter, target partition, digest, one copy into
//     a lane's ReplayBuffers) while the lanes write: each lane is an idempotent, transactional
//     producer on its own thread that owns the target partitions p % producers, one transaction
//     per chunk (count, bytes or age), with key, value and headers byte-identical, original
//     timestamps by default and the provenance headers; a chunk whose transaction fails is
//     aborted and written again, so a read_committed reader sees each record exactly once; a
//     source read that fails resumes after the last record taken, within the broker-trouble
//     budget;
//  5. verification reads the target range back with read_committed and compares count and the
//     digest of every record (RecordDigest) per target partition, in order;
//  6. the report goes to the replay history (ReplayHistory).
// Pause commits the open chunks and waits; cancel aborts the open chunks: the report says how many
// records were committed (visible) and how many were aborted (never visible). Records only read
// ahead (never produced) are not counted as read.
ReplayReport runReplay(const ReplaySource& source, const ReplayOptions& options,
                       ReplayControl& control);

// The target as the dialog needs it before a replay: the guard's decision and whether the topic
// exists (then its partition count). Blocking (metadata of both clusters).
struct ReplayTargetCheck {
    SandboxDecision decision;
    bool targetExists = false;
    int targetPartitions = 0;
    int sourcePartitions = 0;
};
Expected<ReplayTargetCheck> inspectReplayTarget(const ReplaySource& source,
                                                const ReplayOptions& options);

} // namespace streamscope
