#pragma once

#include "browse/BrowseRequest.h"
#include "cluster/ConnectionProfile.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace streamscope {

class MessageStore;

// What to replay: rows of a browser's store (the selection, or the rows of the filtered set), or
// a range streamed from the source cluster (topic, partitions, start, stop, filter: the syntax of
// `browse`) without holding it in memory.
struct ReplaySource {
    ConnectionProfile profile; // the source cluster
    QString topic;
    // Rows of a store (ascending is not required; the order given is the replay order, so keep
    // per-partition offset order for "order per partition kept").
    std::shared_ptr<const MessageStore> store;
    std::vector<quint32> rows;
    // A range instead of rows (the request's topic must equal topic).
    std::optional<BrowseRequest> range;
    // For people: "42 selected messages", "the filtered set (1,204 messages)", "orders p0 ...".
    QString description;

    static ReplaySource fromRows(ConnectionProfile profile,
                                 std::shared_ptr<const MessageStore> store,
                                 std::vector<quint32> rows, QString description);
    static ReplaySource fromRange(ConnectionProfile profile, BrowseRequest request,
                                  QString description = {});
    bool isRange() const { return range.has_value(); }
    // Records known up front (rows), or -1 for a range.
    qint64 knownCount() const { return range ? -1 : qint64(rows.size()); }
};

enum class ReplayPartitioning {
    Same,       // the source partition number (must exist in the target)
    Key,        // the Java client's murmur2 of the key; null keys round robin
    RoundRobin, // spread evenly
};
enum class ReplayTimestamps { Original, Now };

struct ReplayOptions {
    ConnectionProfile targetProfile;
    QString targetTopic;
    ReplayPartitioning partitioning = ReplayPartitioning::Same;
    ReplayTimestamps timestamps = ReplayTimestamps::Original;
    bool provenance = true;
    double rateMessagesPerSecond = 0; // 0: unlimited
    double rateBytesPerSecond = 0;    // 0: unlimited (payload bytes: key, value, headers)
    bool dryRun = false;
    bool verify = true;
    // A missing target is created (source partition count and relevant configs); false: it must
    // exist (the dialog asks first, then sets this).
    bool createMissingTopic = true;
    // Transactional producers ("lanes"), each on its own thread with its own target partitions
    // (target partition % producers), so one commits while the others produce. At most one per
    // target partition. Three, not two: with the common three partitions two lanes split the
    // records 2:1 and the busier lane set the pace (bench/RESULTS.md, 2026-12-03 replay).
    int producers = 3;
    // One transaction per chunk (per producer): whichever comes first.
    int chunkRecords = 20000;
    qint64 chunkBytes = 16 << 20;
    int chunkMaxMs = 2000;
    int dryRunPreviewCount = 10;
    // How long broker trouble may last before the replay gives up (commit, abort and source
    // retries all count against it).
    int brokerTroubleBudgetMs = 120000;
    int timeoutMs = 15000; // metadata, admin and transaction calls
    PropertyList producerOverrides;
};

// One record of a dry run's preview.
struct ReplayPreviewRecord {
    int sourcePartition = 0;
    qint64 sourceOffset = 0;
    int targetPartition = 0;
    qint64 timestampMs = -1;
    QByteArray key;
    QByteArray value; // at most a few hundred bytes
    int headerCount = 0;
};

struct ReplayProgress {
    enum class Phase { Preparing, Replaying, Paused, Verifying, Done };
    Phase phase = Phase::Preparing;
    qint64 read = 0;      // source records produced into transactions (after the filter)
    qint64 committed = 0; // visible in the target (committed transactions)
    qint64 total = -1;    // known count, -1 when unknown (a filtered range)
    double fraction = 0;  // 0..1 by source offsets or rows
    double ratePerSecond = 0;
    qint64 etaMs = -1;
    qint64 verified = 0;
};

struct ReplayReport {
    enum class Outcome { Completed, DryRun, Refused, Cancelled, Failed };
    Outcome outcome = Outcome::Failed;
    QString replayId;
    QString source; // description
    QString sourceTopic;
    QString target; // "topic @ cluster"
    QString targetTopic;
    QString reason; // refusal or failure, in words
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 read = 0;       // source records taken into transactions (not those only read ahead)
    qint64 replayed = 0;   // committed in the target
    qint64 aborted = 0;    // written in aborted transactions, invisible to read_committed
    int transactions = 0;  // committed
    int retriedChunks = 0; // chunks aborted and written again after broker trouble
    bool topicCreated = false;
    bool verifyRequested = true;
    bool verified = false; // read back with read_committed, count and every digest equal
    qint64 verifiedCount = 0;
    qint64 mismatches = 0; // records that differ, are missing or extra
    QStringList mismatchSamples;
    QStringList events;  // what happened along the way (broker lost, chunk retried, ...)
    qint64 replayMs = 0; // start to last commit, setup included
    qint64 writeMs = 0;  // first record taken to last record taken (what a rate is measured on)
    qint64 verifyMs = 0;
    // Dry run: what would be written.
    QMap<int, qint64> partitionSpread; // target partition -> records
    std::vector<ReplayPreviewRecord> preview;

    bool succeeded() const {
        return outcome == Outcome::Completed && (!verifyRequested || verified);
    }
    QString outcomeName() const; // "completed", "refused", ...
    // The report as lines of text (CLI, dialog).
    QString toText() const;
};

QString newReplayId();

} // namespace streamscope

Q_DECLARE_METATYPE(streamscope::ReplayReport)
Q_DECLARE_METATYPE(streamscope::ReplayProgress)
