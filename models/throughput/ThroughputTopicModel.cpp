#include "throughput/ThroughputTopicModel.h"

#include "common/DisplayFormat.h"
#include "common/ModelsTr.h"
#include "common/RateFormat.h"
#include "throughput/ThroughputHistory.h"

#include <QStringList>

#include <cmath>

namespace streamscope {

namespace {

using Row = ThroughputTopicModel::Row;

const QColor kErrorColor(0xc6, 0x28, 0x28);
const QColor kHotColor(0xd8, 0x43, 0x15);
const QColor kNoteColor(0xb2, 0x6a, 0x00);
const QColor kUnknownColor(0x8a, 0x8a, 0x8a);

// NaN-aware equality: "still unknown" is no change.
bool sameValue(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

Row rowOf(const TopicRate& topic) {
    Row row;
    row.name = topic.topic;
    row.internal = topic.internal;
    row.msgsPerSec =
        hasValue(topic.smoothedMsgsPerSec) ? topic.smoothedMsgsPerSec : topic.msgsPerSec;
    row.rawMsgsPerSec = topic.msgsPerSec;
    row.producedSinceStart = topic.producedSinceStart;
    row.partitionCount = topic.partitionCount;
    row.readablePartitions = topic.readablePartitions;
    row.ratedPartitions = topic.ratedPartitions;
    row.skew = topic.skew;
    row.hotPartition = topic.hotPartition;
    row.hottestPartition = topic.hottestPartition;
    row.hottestShare = topic.hottestShare;
    row.offsetNotes = topic.offsetNotes;
    row.estimatedBytesPerSec = topic.estimatedBytesPerSec;
    row.meanRecordBytes = topic.meanRecordBytes;
    return row;
}

// The rate column shows a lower bound when some partitions have no rate this tick: their traffic
// is unknown, not zero.
bool partial(const Row& row) {
    return hasValue(row.msgsPerSec) && row.ratedPartitions < row.partitionCount;
}

QString notesText(const Row& row) {
    QStringList parts;
    if (row.unreadablePartitions() > 0)
        parts.append(ModelsTr::tr("%n unreadable", nullptr, row.unreadablePartitions()));
    if (hasNote(row.offsetNotes, OffsetNote::Compacted))
        parts.append(ModelsTr::tr("compacted"));
    if (hasNote(row.offsetNotes, OffsetNote::TransactionMarkers))
        parts.append(ModelsTr::tr("transactional"));
    if (hasNote(row.offsetNotes, OffsetNote::ConfigsNotAuthorized))
        parts.append(ModelsTr::tr("configs not authorized"));
    return parts.join(QStringLiteral(", "));
}

} // namespace

ThroughputTopicModel::ThroughputTopicModel(QObject* parent)
    : SnapshotTableModel(ColumnCount, parent) {}

std::vector<Row> ThroughputTopicModel::rowsOf(const ThroughputSnapshotPtr& snapshot) const {
    std::vector<Row> rows;
    if (!snapshot)
        return rows;
    rows.reserve(snapshot->topics.size());
    for (const auto& topic : snapshot->topics)
        rows.push_back(rowOf(topic));
    sortUniqueByKey(rows, [](const Row& a, const Row& b) { return a.name < b.name; });
    // Carry the activity marks over from the previous tick (both lists are sorted by name).
    auto old = m_rows.begin();
    for (Row& row : rows) {
        while (old != m_rows.end() && old->name < row.name)
            ++old;
        const bool known = old != m_rows.end() && old->name == row.name;
        const bool active = !(row.rawMsgsPerSec == 0);
        row.lastActiveSequence =
            active ? snapshot->sequence : (known ? old->lastActiveSequence : snapshot->sequence);
    }
    return rows;
}

void ThroughputTopicModel::setSnapshot(const ThroughputSnapshotPtr& snapshot) {
    const quint64 sequence = snapshot ? snapshot->sequence : 0;
    const bool newTick = !m_snapshot || !snapshot || sequence != m_snapshot->sequence;
    std::vector<Row> next = rowsOf(snapshot);
    m_snapshot = snapshot;
    if (newTick)
        m_sparklineCache.clear();
    constexpr ColumnMask one = 1;
    const auto changedColumns = [sequence, newTick](const Row& a, const Row& b) {
        ColumnMask mask = 0;
        if (a.internal != b.internal)
            mask |= one << NameColumn;
        if (!sameValue(a.msgsPerSec, b.msgsPerSec) || a.ratedPartitions != b.ratedPartitions ||
            !sameValue(a.rawMsgsPerSec, b.rawMsgsPerSec))
            mask |= one << RateColumn;
        // The sparkline scrolls by one point per tick; it only looks different while a tick
        // with traffic (or a gap) is inside it.
        if (newTick && sequence - b.lastActiveSequence <= static_cast<quint64>(kSparklinePoints))
            mask |= one << TrendColumn;
        if (a.producedSinceStart != b.producedSinceStart)
            mask |= one << ProducedColumn;
        if (a.partitionCount != b.partitionCount || a.readablePartitions != b.readablePartitions)
            mask |= one << PartitionsColumn;
        if (!sameValue(a.skew, b.skew) || a.hotPartition != b.hotPartition ||
            a.hottestPartition != b.hottestPartition ||
            !sameValue(a.hottestShare, b.hottestShare) || a.partitionCount != b.partitionCount)
            mask |= one << SkewColumn;
        if (!sameValue(a.estimatedBytesPerSec, b.estimatedBytesPerSec) ||
            !sameValue(a.meanRecordBytes, b.meanRecordBytes))
            mask |= one << BytesColumn;
        if (a.offsetNotes != b.offsetNotes || a.readablePartitions != b.readablePartitions ||
            a.partitionCount != b.partitionCount)
            mask |= one << NotesColumn;
        return mask;
    };
    replaceRows(
        m_rows, std::move(next), [](const Row& a, const Row& b) { return a.name < b.name; },
        changedColumns);
}

void ThroughputTopicModel::setHistory(const ThroughputHistory* history) {
    if (history == m_history)
        return;
    m_history = history;
    m_sparklineCache.clear();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, TrendColumn), index(rowCount() - 1, TrendColumn));
}

void ThroughputTopicModel::setSeriesColors(const QHash<QString, QColor>& colors) {
    if (colors == m_seriesColors)
        return;
    // Only the rows whose swatch appears, disappears or changes colour.
    QList<int> changed;
    for (auto it = colors.begin(); it != colors.end(); ++it)
        if (m_seriesColors.value(it.key()) != it.value())
            changed.append(rowOfTopic(it.key()));
    for (auto it = m_seriesColors.begin(); it != m_seriesColors.end(); ++it)
        if (!colors.contains(it.key()))
            changed.append(rowOfTopic(it.key()));
    m_seriesColors = colors;
    for (int row : std::as_const(changed)) {
        if (row < 0)
            continue;
        Q_EMIT dataChanged(index(row, NameColumn), index(row, TrendColumn),
                           {Qt::DecorationRole, SeriesColorRole});
    }
}

int ThroughputTopicModel::rowOfTopic(const QString& name) const {
    return rowOfKey(m_rows, name, &Row::name);
}

int ThroughputTopicModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QList<float> ThroughputTopicModel::sparkline(const QString& topic) const {
    if (!m_history)
        return {};
    auto cached = m_sparklineCache.constFind(topic);
    if (cached != m_sparklineCache.constEnd())
        return *cached;
    const std::vector<float> points = m_history->sparkline(topic, kSparklinePoints);
    QList<float> values(points.begin(), points.end());
    m_sparklineCache.insert(topic, values);
    return values;
}

QVariant ThroughputTopicModel::displayText(const Row& row, int column) const {
    switch (column) {
    case NameColumn:
        return row.name;
    case RateColumn:
        if (partial(row))
            return ModelsTr::tr("\u2265 %1").arg(formatRate(locale(), row.msgsPerSec));
        return formatRate(locale(), row.msgsPerSec);
    case TrendColumn:
        return {}; // painted by the sparkline delegate
    case ProducedColumn:
        return formatCount(locale(), row.producedSinceStart);
    case PartitionsColumn:
        return formatCount(locale(), row.partitionCount);
    case SkewColumn:
        if (row.partitionCount <= 1)
            return QStringLiteral("\u2014"); // one partition cannot be skewed
        if (row.hotPartition)
            return ModelsTr::tr("%1 \u25b2 P%2")
                .arg(formatSkew(locale(), row.skew))
                .arg(row.hottestPartition);
        return formatSkew(locale(), row.skew);
    case BytesColumn:
        return formatEstimatedByteRate(locale(), row.estimatedBytesPerSec);
    case NotesColumn:
        return notesText(row);
    default:
        break;
    }
    return {};
}

QVariant ThroughputTopicModel::sortValue(const Row& row, int column) const {
    // Unknown values sort below every known one.
    const auto orBelowZero = [](double v) { return std::isnan(v) ? -1.0 : v; };
    switch (column) {
    case NameColumn:
        return row.name;
    case RateColumn:
    case TrendColumn:
        return orBelowZero(row.msgsPerSec);
    case ProducedColumn:
        return row.producedSinceStart;
    case PartitionsColumn:
        return row.partitionCount;
    case SkewColumn:
        return row.partitionCount <= 1 ? -1.0 : orBelowZero(row.skew);
    case BytesColumn:
        return row.estimatedBytesPerSec;
    case NotesColumn:
        return notesText(row);
    default:
        break;
    }
    return {};
}

QVariant ThroughputTopicModel::data(const QModelIndex& index, int role) const {
    if (!isCellIndex(index))
        return {};
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case SortRole:
        return sortValue(row, column);
    case TopicNameRole:
        return row.name;
    case InternalRole:
        return row.internal;
    case HotPartitionRole:
        return row.hotPartition;
    case SparklineRole:
        if (column == TrendColumn)
            return QVariant::fromValue(sparkline(row.name));
        break;
    case SeriesColorRole: {
        const auto it = m_seriesColors.constFind(row.name);
        return it != m_seriesColors.constEnd() ? QVariant(*it) : QVariant();
    }
    case Qt::DecorationRole:
        if (column == NameColumn) {
            const auto it = m_seriesColors.constFind(row.name);
            if (it != m_seriesColors.constEnd())
                return *it;
        }
        break;
    case Qt::TextAlignmentRole:
        return cellAlignment(column == NameColumn || column == NotesColumn);
    case Qt::ForegroundRole:
        switch (column) {
        case RateColumn:
            if (!hasValue(row.msgsPerSec))
                return kUnknownColor;
            break;
        case SkewColumn:
            if (row.hotPartition)
                return kHotColor;
            break;
        case BytesColumn:
            return kUnknownColor; // an estimate: quieter than the measured columns
        case NotesColumn:
            return row.unreadablePartitions() > 0 ? kErrorColor : kNoteColor;
        case PartitionsColumn:
            if (row.unreadablePartitions() > 0)
                return kErrorColor;
            break;
        default:
            break;
        }
        break;
    case Qt::FontRole:
        if (column == NameColumn)
            return topicNameFont(row.internal);
        break;
    case Qt::ToolTipRole:
        return toolTip(row, column);
    default:
        break;
    }
    return {};
}

QString ThroughputTopicModel::toolTip(const Row& row, int column) const {
    const QLocale& loc = locale();
    QStringList lines{row.name};
    switch (column) {
    case RateColumn:
    case TrendColumn:
        if (!hasValue(row.msgsPerSec)) {
            lines.append(row.readablePartitions == 0 && row.partitionCount > 0
                             ? ModelsTr::tr("No rate: the offsets could not be read")
                             : ModelsTr::tr("No rate yet: it needs two samples"));
        } else {
            lines.append(ModelsTr::tr("%1 (smoothed over the last few seconds)")
                             .arg(formatRateWithUnit(loc, row.msgsPerSec)));
            lines.append(
                ModelsTr::tr("Last sample: %1").arg(formatRateWithUnit(loc, row.rawMsgsPerSec)));
        }
        if (row.ratedPartitions < row.partitionCount)
            lines.append(ModelsTr::tr("%1 of %2 partitions measured; the others are left out "
                                      "of the sum, not counted as 0")
                             .arg(row.ratedPartitions)
                             .arg(row.partitionCount));
        break;
    case ProducedColumn:
        lines.append(ModelsTr::tr("%1 offsets added since Streamscope started watching")
                         .arg(formatCount(loc, row.producedSinceStart)));
        break;
    case SkewColumn:
        if (row.partitionCount <= 1) {
            lines.append(ModelsTr::tr("One partition: no skew possible"));
        } else if (!hasValue(row.skew)) {
            lines.append(ModelsTr::tr("No traffic, no skew"));
        } else {
            lines.append(ModelsTr::tr("Skew %1: busiest partition rate / mean partition rate "
                                      "(1.00\u00d7 is even, %2\u00d7 is all traffic in one)")
                             .arg(formatSkew(loc, row.skew))
                             .arg(row.partitionCount));
            if (row.hottestPartition >= 0 && hasValue(row.hottestShare))
                lines.append(
                    ModelsTr::tr("Partition %1 carries %2% of the traffic%3")
                        .arg(row.hottestPartition)
                        .arg(qRound(row.hottestShare * 100))
                        .arg(row.hotPartition ? ModelsTr::tr(": a hot partition") : QString()));
        }
        break;
    case BytesColumn:
        if (row.estimatedBytesPerSec < 0)
            lines.append(ModelsTr::tr("No estimate yet: no records of this topic were sampled"));
        else
            lines.append(ModelsTr::tr("Estimate: msgs/s \u00d7 mean sampled record size (%1 "
                                      "bytes: key, value and headers, before compression)")
                             .arg(loc.toString(row.meanRecordBytes, 'f', 0)));
        break;
    case NotesColumn:
    case PartitionsColumn:
        if (row.unreadablePartitions() > 0)
            lines.append(
                row.unreadablePartitions() == 1
                    ? ModelsTr::tr("Offsets of 1 partition could not be read this tick: it has "
                                   "no rate (not 0)")
                    : ModelsTr::tr("Offsets of %1 partitions could not be read this tick: they "
                                   "have no rate (not 0)")
                          .arg(row.unreadablePartitions()));
        if (row.offsetNotes != 0)
            lines.append(describeOffsetNotes(row.offsetNotes));
        break;
    default:
        if (row.internal)
            lines.append(ModelsTr::tr("Internal topic"));
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant ThroughputTopicModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return ModelsTr::tr("Topic");
        case RateColumn:
            return ModelsTr::tr("msgs/s");
        case TrendColumn:
            return ModelsTr::tr("Trend");
        case ProducedColumn:
            return ModelsTr::tr("Produced");
        case PartitionsColumn:
            return ModelsTr::tr("Partitions");
        case SkewColumn:
            return ModelsTr::tr("Skew");
        case BytesColumn:
            return ModelsTr::tr("\u2248 Bytes/s");
        case NotesColumn:
            return ModelsTr::tr("Notes");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case RateColumn:
            return ModelsTr::tr("Messages per second from end-offset deltas, smoothed over a few "
                                "seconds. \u201c?\u201d: unknown (never shown as 0); "
                                "\u201c\u2265\u201d: some partitions could not be measured");
        case TrendColumn:
            return ModelsTr::tr("msgs/s over the last %1 samples").arg(kSparklinePoints);
        case ProducedColumn:
            return ModelsTr::tr("Messages produced since Streamscope started watching (offsets "
                                "added; includes transaction markers)");
        case SkewColumn:
            return ModelsTr::tr("Busiest partition rate / mean partition rate; \u25b2 marks a hot "
                                "partition that carries most of the traffic");
        case BytesColumn:
            return ModelsTr::tr("Estimated payload bytes per second: msgs/s \u00d7 mean size of "
                                "sampled records (uncompressed, without batch overhead). An "
                                "estimate, not a measurement");
        case NotesColumn:
            return ModelsTr::tr("Unreadable partitions; compacted or transactional topics, whose "
                                "offset-based counts include gaps or control records");
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole) {
        return cellAlignment(section == NameColumn || section == NotesColumn);
    }
    return {};
}

} // namespace streamscope
