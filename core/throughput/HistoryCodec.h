#pragma once

#include "throughput/ThroughputHistory.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace streamscope {

// Why a saved history was or was not restored. Everything but Restored leaves the target empty.
enum class HistoryLoadStatus {
    Restored,
    NoFile,             // nothing saved for this cluster yet (not an error)
    Stale,              // everything in it is older than the restore rules keep (not an error)
    Unreadable,         // the file exists but could not be opened or read
    Truncated,          // shorter than its header says
    BadMagic,           // not a Streamscope history file
    UnsupportedVersion, // an old or unknown format version
    NewerVersion,       // written by a newer Streamscope
    BadChecksum,        // the payload's CRC-32 does not match
    Corrupt,            // checksum fine but the content is inconsistent (a writer bug)
    FromTheFuture,      // holds ticks after "now": the clock went back or the file is foreign
    OtherCluster,       // saved for another cluster key
};

struct HistoryLoadResult {
    HistoryLoadStatus status = HistoryLoadStatus::NoFile;
    QString reason;          // human-readable, for the log; empty when Restored or NoFile
    std::size_t ticks = 0;   // fine ticks restored
    std::size_t buckets = 0; // closed coarse buckets restored
    bool rebucketed = false; // the buckets were dropped: the saved bucket length differs
    quint32 fileVersion = 0; // the format version in the file's header (0 = not read)
    // HistoryStore::load: where a file that could not be used was moved so the next save cannot
    // overwrite it; empty when nothing was moved. keepAsideFailed: it had to be moved but could
    // not be (the keeper then never saves over it).
    QString keptAsPath;
    bool keepAsideFailed = false;

    bool restored() const { return status == HistoryLoadStatus::Restored; }
    // A file exists whose content this build did not take over and must not overwrite: every
    // status but Restored, NoFile and Stale (a day old: replacing it loses nothing).
    bool fileUnusable() const {
        return status != HistoryLoadStatus::Restored && status != HistoryLoadStatus::NoFile &&
               status != HistoryLoadStatus::Stale;
    }
};

// What a restore keeps: the issue asks for the last hour at tick resolution and the last day in
// buckets, so ticks older than maxTickAgeMs and buckets older than maxBucketAgeMs are dropped.
// A file with nothing left is Stale.
struct HistoryRestoreRules {
    qint64 nowMs = 0; // wall clock ms since the epoch
    qint64 maxTickAgeMs = 3600000;
    qint64 maxBucketAgeMs = 86400000;
};

// The binary form of a ThroughputHistory (format version 1). All numbers little-endian.
//
// File  = header + payload.
//   header: magic "STRMHIST" (8 bytes), u32 format version, u64 payload size, u32 CRC-32 (zlib
//           polynomial) of the payload. 24 bytes.
// Payload (encodePayload):
//   str cluster key, i64 saved-at ms,
//   u64 tick capacity, i64 bucket ms, u64 bucket capacity (the writer's HistoryConfig),
//   f64 mean tick ms, i64 last tick ms, i64 open bucket start (-1 = none), u8 open bucket holds
//   a tick other than a gap tick,
//   u32 n + i64[n] tick times, u32 n + i64[n] closed bucket starts (both oldest first),
//   u32 n + u32[n] gap tick positions, u32 n + u32[n] gap bucket positions,
//   u8 has cluster [+ series], u32 topic count, per topic: str name, u8 has total [+ series],
//   u32 partition slots, per slot: u8 has [+ series].
//   series: u32 first tick position, u32 first bucket position (0 = the oldest saved one),
//           u32 n + f32[n] tick values, u32 n + f32[n] bucket values (n = 0: no ring, all zero;
//           values end at the newest tick / bucket), f64 open bucket sum, f64 open bucket weight.
//   str = u32 byte count + UTF-8.
// Positions instead of the in-memory global indices keep the file independent of how long the
// writing session ran. Totals since start and smoothing state are not part of a history and
// are not saved: a restored session computes its first rates from its own second tick.
//
// A different HistoryConfig on restore (another poll interval): the saved ticks keep their real
// time stamps, so the newest ones that fit the new fine ring are kept as they are; buckets are
// kept when the bucket length is the same, else dropped (rebucketed = true), since minute means
// cannot be split or merged without inventing a time weight.
class HistoryCodec {
public:
    static constexpr quint32 kFormatVersion = 1;
    static constexpr qsizetype kHeaderBytes = 24;

    // Copies the history out under its shared lock: readers keep reading, only the writer (the
    // polling thread, usually the caller itself) waits.
    static QByteArray encodePayload(const ThroughputHistory& history, const QString& clusterKey,
                                    qint64 savedAtMs);
    // The 24-byte header for `payload`. Computes the CRC, so call it off the GUI thread for big
    // payloads. Written before the payload, so the payload is never copied into a second buffer.
    static QByteArray header(const QByteArray& payload);
    // Header + payload in one buffer (tests, small files).
    static QByteArray frame(const QByteArray& payload);
    // Checks magic, version, size and checksum. On success `payload` refers to the payload part
    // of `file` (no copy).
    static HistoryLoadResult unframe(const QByteArray& file, QByteArray& payload);
    // The format version in a file's header; 0 when `head` (the file's first bytes) is not a
    // Streamscope history header.
    static quint32 headerVersion(const QByteArray& head);
    // Restores into `into`, which must be fresh (never appended to); on any failure it is left
    // empty. Use ThroughputHistory::adoptRestored() to move the result into a live history.
    static HistoryLoadResult decodePayload(const QByteArray& payload, const QString& clusterKey,
                                           const HistoryRestoreRules& rules,
                                           ThroughputHistory& into);
};

QString historyLoadStatusName(HistoryLoadStatus status);

} // namespace streamscope
