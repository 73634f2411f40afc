#include "lag/OffsetResetPlan.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lag)
};

} // namespace

int OffsetResetPlan::changingRows() const {
    return static_cast<int>(std::count_if(rows.begin(), rows.end(), [](const OffsetResetRow& r) {
        return r.target && r.target != r.current;
    }));
}

int OffsetResetPlan::actionableRows() const {
    return static_cast<int>(
        std::count_if(rows.begin(), rows.end(), [](const OffsetResetRow& r) { return r.target; }));
}

Expected<OffsetResetPlan> planOffsetReset(const QString& groupId, const OffsetResetSpec& spec,
                                          const std::vector<OffsetResetInput>& partitions,
                                          const ClusterMetadata& cluster,
                                          const TimestampOffsets& timestampOffsets) {
    if (partitions.empty())
        return streamscopeError(
            Tr::tr("Nothing to reset: group \"%1\" has no partitions to move (no committed offsets "
                   "and no topic chosen).")
                .arg(groupId));
    if (spec.mode == OffsetResetMode::Offset && spec.value < 0)
        return streamscopeError(Tr::tr("An offset must be 0 or more, got %1.").arg(spec.value));
    OffsetResetPlan plan;
    plan.groupId = groupId;
    plan.spec = spec;
    plan.rows.reserve(partitions.size());
    for (const OffsetResetInput& input : partitions) {
        OffsetResetRow row;
        row.topic = input.topic;
        row.partition = input.partition;
        row.current = input.committed;
        const TopicInfo* topic = cluster.findTopic(input.topic);
        const PartitionInfo* partition = topic ? topic->findPartition(input.partition) : nullptr;
        if (!partition) {
            row.note = Tr::tr("not in the cluster (topic or partition deleted?)");
            plan.rows.push_back(std::move(row));
            continue;
        }
        row.start = partition->startOffset;
        row.end = partition->endOffset;
        if (!partition->offsetsKnown()) {
            row.note = Tr::tr("start and end offsets could not be read");
            plan.rows.push_back(std::move(row));
            continue;
        }
        std::optional<qint64> wanted;
        switch (spec.mode) {
        case OffsetResetMode::Earliest:
            wanted = row.start;
            break;
        case OffsetResetMode::Latest:
            wanted = row.end;
            break;
        case OffsetResetMode::Timestamp: {
            const auto it = timestampOffsets.constFind({input.topic, input.partition});
            if (it == timestampOffsets.constEnd()) {
                row.note = Tr::tr("the offset for this time could not be read");
            } else if (*it < 0) {
                wanted = row.end;
                row.note = Tr::tr("no record at or after this time: the end offset");
            } else {
                wanted = *it;
            }
            break;
        }
        case OffsetResetMode::Offset:
            wanted = spec.value;
            break;
        case OffsetResetMode::ShiftBy:
            if (!input.committed)
                row.note = Tr::tr("no committed offset to shift from");
            else
                wanted = *input.committed + spec.value;
            break;
        }
        if (wanted) {
            const qint64 clampedValue = std::clamp(*wanted, row.start, row.end);
            if (clampedValue != *wanted) {
                row.clamped = true;
                row.note =
                    *wanted < row.start
                        ? Tr::tr("%1 is before the log start: moved to %2")
                              .arg(*wanted)
                              .arg(clampedValue)
                        : Tr::tr("%1 is past the end: moved to %2").arg(*wanted).arg(clampedValue);
            }
            row.target = clampedValue;
        }
        plan.rows.push_back(std::move(row));
    }
    std::sort(plan.rows.begin(), plan.rows.end(),
              [](const OffsetResetRow& a, const OffsetResetRow& b) {
                  return a.topic != b.topic ? a.topic < b.topic : a.partition < b.partition;
              });
    return plan;
}

QString describeOffsetReset(const OffsetResetSpec& spec) {
    switch (spec.mode) {
    case OffsetResetMode::Earliest:
        return QStringLiteral("to-earliest");
    case OffsetResetMode::Latest:
        return QStringLiteral("to-latest");
    case OffsetResetMode::Timestamp:
        return QStringLiteral("to-datetime ") +
               QDateTime::fromMSecsSinceEpoch(spec.value, Qt::UTC).toString(Qt::ISODateWithMs);
    case OffsetResetMode::Offset:
        return QStringLiteral("to-offset %1").arg(spec.value);
    case OffsetResetMode::ShiftBy:
        return QStringLiteral("shift-by %1").arg(spec.value);
    }
    return {};
}

} // namespace streamscope
