#include "overview/PartitionTableModel.h"

#include "common/DisplayFormat.h"
#include "common/ModelsTr.h"

#include <QColor>

#include <algorithm>

namespace streamscope {

namespace {

using Row = PartitionTableModel::Row;

std::uint64_t changedColumns(const Row& a, const Row& b) {
    constexpr std::uint64_t one = 1;
    std::uint64_t mask = 0;
    // Errors colour the whole row.
    if (a.errorCode != b.errorCode || a.leader != b.leader)
        mask |= (one << PartitionTableModel::ColumnCount) - 1;
    if (a.replicas != b.replicas)
        mask |= one << PartitionTableModel::ReplicasColumn;
    if (a.isr != b.isr || a.replicas != b.replicas)
        mask |= one << PartitionTableModel::IsrColumn;
    if (a.startOffset != b.startOffset || a.offsetErrorCode != b.offsetErrorCode)
        mask |= one << PartitionTableModel::StartOffsetColumn;
    if (a.endOffset != b.endOffset || a.offsetErrorCode != b.offsetErrorCode)
        mask |= one << PartitionTableModel::EndOffsetColumn;
    if (a.startOffset != b.startOffset || a.endOffset != b.endOffset ||
        a.offsetErrorCode != b.offsetErrorCode)
        mask |= one << PartitionTableModel::MessagesColumn;
    return mask;
}

// The partitions of topicName in snapshot; *present tells whether the topic was there at all.
std::vector<Row> rowsOf(const ClusterSnapshot& snapshot, const QString& topicName, bool* present) {
    std::vector<Row> rows;
    const TopicInfo* topic =
        snapshot && !topicName.isEmpty() ? snapshot->findTopic(topicName) : nullptr;
    *present = topic != nullptr;
    if (!topic)
        return rows;
    rows.reserve(topic->partitions.size());
    for (const auto& p : topic->partitions)
        rows.push_back({p.partition, p.leader, p.replicas, p.isr, p.startOffset, p.endOffset,
                        p.errorCode, p.offsetErrorCode});
    std::sort(rows.begin(), rows.end(),
              [](const Row& a, const Row& b) { return a.partition < b.partition; });
    return rows;
}

bool isTextColumn(int column) {
    return column == PartitionTableModel::ReplicasColumn ||
           column == PartitionTableModel::IsrColumn;
}

} // namespace

PartitionTableModel::PartitionTableModel(QObject* parent)
    : SnapshotTableModel(ColumnCount, parent) {}

void PartitionTableModel::setTopic(const QString& topic) {
    if (topic == m_topic)
        return;
    beginResetModel();
    m_topic = topic;
    m_rows = rowsOf(m_snapshot, m_topic, &m_topicPresent);
    endResetModel();
}

void PartitionTableModel::setSnapshot(const ClusterSnapshot& snapshot) {
    m_snapshot = snapshot;
    replaceRows(
        m_rows, rowsOf(m_snapshot, m_topic, &m_topicPresent),
        [](const Row& a, const Row& b) { return a.partition < b.partition; }, changedColumns);
}

int PartitionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant PartitionTableModel::data(const QModelIndex& index, int role) const {
    if (!isCellIndex(index))
        return {};
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    const int column = index.column();
    const qint64 retained = row.offsetsKnown() ? row.endOffset - row.startOffset : kUnknownOffset;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PartitionColumn:
            return QString::number(row.partition);
        case LeaderColumn:
            return row.leader >= 0 ? QString::number(row.leader) : ModelsTr::tr("none");
        case ReplicasColumn:
            return formatIdList(row.replicas);
        case IsrColumn:
            return formatIdList(row.isr);
        case StartOffsetColumn:
            return formatCount(locale(), row.startOffset);
        case EndOffsetColumn:
            return formatCount(locale(), row.endOffset);
        case MessagesColumn:
            return formatCount(locale(), retained);
        }
        break;
    case SortRole:
        switch (column) {
        case PartitionColumn:
            return row.partition;
        case LeaderColumn:
            return row.leader;
        case ReplicasColumn:
            return formatIdList(row.replicas);
        case IsrColumn:
            return formatIdList(row.isr);
        case StartOffsetColumn:
            return row.startOffset;
        case EndOffsetColumn:
            return row.endOffset;
        case MessagesColumn:
            return retained;
        }
        break;
    case Qt::TextAlignmentRole:
        return cellAlignment(isTextColumn(column));
    case Qt::ForegroundRole:
        if (row.leader < 0 || row.errorCode != 0)
            return QColor(0xc6, 0x28, 0x28);
        if (column == IsrColumn && row.underReplicated())
            return QColor(0xb2, 0x6a, 0x00);
        break;
    case Qt::ToolTipRole:
        if (row.errorCode != 0)
            return ModelsTr::tr("Metadata error code %1").arg(row.errorCode);
        if (row.leader < 0)
            return ModelsTr::tr("This partition has no leader: it is offline.");
        if (column == IsrColumn && row.underReplicated())
            return ModelsTr::tr("Under-replicated: %1 of %2 replicas in sync")
                .arg(row.isr.size())
                .arg(row.replicas.size());
        if (!row.offsetsKnown() &&
            (column == StartOffsetColumn || column == EndOffsetColumn || column == MessagesColumn))
            return row.offsetErrorCode != 0
                       ? ModelsTr::tr("Offsets could not be read (error code %1)")
                             .arg(row.offsetErrorCode)
                       : ModelsTr::tr("Offsets not read yet");
        break;
    default:
        break;
    }
    return {};
}

QVariant PartitionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PartitionColumn:
            return ModelsTr::tr("Partition");
        case LeaderColumn:
            return ModelsTr::tr("Leader");
        case ReplicasColumn:
            return ModelsTr::tr("Replicas");
        case IsrColumn:
            return ModelsTr::tr("ISR");
        case StartOffsetColumn:
            return ModelsTr::tr("Start offset");
        case EndOffsetColumn:
            return ModelsTr::tr("End offset");
        case MessagesColumn:
            return ModelsTr::tr("Messages");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case LeaderColumn:
            return ModelsTr::tr("Broker that leads this partition");
        case ReplicasColumn:
            return ModelsTr::tr("Brokers holding a replica, preferred leader first");
        case IsrColumn:
            return ModelsTr::tr("In-sync replicas: replicas that are caught up with the leader");
        case StartOffsetColumn:
            return ModelsTr::tr("Log start offset: the oldest offset still retained");
        case EndOffsetColumn:
            return ModelsTr::tr("High watermark: the offset the next record will get");
        case MessagesColumn:
            return ModelsTr::tr("End offset minus start offset");
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole) {
        return cellAlignment(isTextColumn(section));
    }
    return {};
}

} // namespace streamscope
