#pragma once

#include "cluster/ClusterMetadata.h"
#include "common/Expected.h"

#include <QHash>
#include <QPair>
#include <QString>

#include <optional>
#include <vector>

namespace streamscope {

// Where an offset reset moves a group's committed offsets (kafka-consumer-groups' --to-* and
// --shift-by).
enum class OffsetResetMode {
    Earliest,  // the log start offset
    Latest,    // the end offset (high watermark): skip everything not yet consumed
    Timestamp, // the first offset whose record time is at or after value (ms since the epoch)
    Offset,    // exactly value
    ShiftBy,   // the committed offset + value (negative: back)
};

struct OffsetResetSpec {
    OffsetResetMode mode = OffsetResetMode::Latest;
    qint64 value = 0; // Timestamp: ms since the epoch; Offset: the offset; ShiftBy: N
};

// One partition the reset may touch, with what the group has committed there now.
struct OffsetResetInput {
    QString topic;
    int partition = 0;
    std::optional<qint64> committed; // nullopt: no commit
};

// The preview row of one partition: the old and the new offset, and why it differs from what
// was asked (clamped into [start, end]) or why it is left alone.
struct OffsetResetRow {
    QString topic;
    int partition = 0;
    std::optional<qint64> current;
    qint64 start = kUnknownOffset;
    qint64 end = kUnknownOffset;
    std::optional<qint64> target; // nullopt: this partition is left as it is (see note)
    bool clamped = false;
    QString note;
};

struct OffsetResetPlan {
    QString groupId;
    OffsetResetSpec spec;
    std::vector<OffsetResetRow> rows; // sorted by topic, then partition
    // Rows whose target differs from the committed offset.
    int changingRows() const;
    // Rows with a target: what an execution commits.
    int actionableRows() const;
};

// Offsets-for-times answers of the Timestamp mode: (topic, partition) -> offset, -1 when no
// record is at or after the time (the reset then goes to the end offset, as Kafka's tool does).
using TimestampOffsets = QHash<QPair<QString, int>, qint64>;

// The new offset of every input partition: computed from the cluster snapshot's start and end
// offsets (never read twice), the committed offsets and, for the Timestamp mode, the
// offsets-for-times answers; clamped to [start, end]. Fails for a plan that cannot be made at all
// (no partitions; a negative offset); partitions that cannot be moved (unknown topic or offsets,
// shift without a commit, no timestamp answer) stay in the plan without a target and say why.
Expected<OffsetResetPlan> planOffsetReset(const QString& groupId, const OffsetResetSpec& spec,
                                          const std::vector<OffsetResetInput>& partitions,
                                          const ClusterMetadata& cluster,
                                          const TimestampOffsets& timestampOffsets = {});

// "to-earliest", "to-latest", "to-datetime 2026-12-01T10:00:00Z", "to-offset 42", "shift-by -5".
QString describeOffsetReset(const OffsetResetSpec& spec);

} // namespace streamscope
