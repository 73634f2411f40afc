#include "overview/TopicTableModel.h"

#include "common/DisplayFormat.h"
#include "common/ModelsTr.h"

#include <QColor>
#include <QStringList>

namespace streamscope {

namespace {

using Row = TopicTableModel::Row;

Row rowOf(const TopicInfo& topic) {
    Row row;
    row.name = topic.name;
    row.internal = topic.internal || isInternalTopicName(topic.name);
    row.partitionCount = static_cast<int>(topic.partitions.size());
    row.replicationFactor = topic.replicationFactor();
    row.messageCount = topic.messageCount();
    row.errorCode = topic.errorCode;
    for (const auto& partition : topic.partitions) {
        if (!partition.offsetsKnown())
            ++row.partitionsWithoutOffsets;
        if (partition.isr.size() < partition.replicas.size())
            ++row.underReplicated;
        if (partition.leader < 0)
            ++row.offlinePartitions;
    }
    return row;
}

std::vector<Row> rowsOf(const ClusterSnapshot& snapshot) {
    std::vector<Row> rows;
    if (!snapshot)
        return rows;
    rows.reserve(snapshot->topics.size());
    for (const auto& topic : snapshot->topics)
        rows.push_back(rowOf(topic));
    return rows; // in any order: replaceRows() sorts them by name
}

std::uint64_t changedColumns(const Row& a, const Row& b) {
    constexpr std::uint64_t one = 1;
    std::uint64_t mask = 0;
    // Health and internal flags show on the name cell (colour, font, tooltip).
    if (a.internal != b.internal || a.underReplicated != b.underReplicated ||
        a.offlinePartitions != b.offlinePartitions || a.errorCode != b.errorCode ||
        a.partitionsWithoutOffsets != b.partitionsWithoutOffsets)
        mask |= one << TopicTableModel::NameColumn;
    if (a.partitionCount != b.partitionCount)
        mask |= one << TopicTableModel::PartitionsColumn;
    if (a.replicationFactor != b.replicationFactor)
        mask |= one << TopicTableModel::ReplicationColumn;
    if (a.messageCount != b.messageCount ||
        a.partitionsWithoutOffsets != b.partitionsWithoutOffsets)
        mask |= one << TopicTableModel::MessagesColumn;
    return mask;
}

} // namespace

TopicTableModel::TopicTableModel(QObject* parent)
    : SnapshotTableModel(ColumnCount, parent) {}

void TopicTableModel::setSnapshot(const ClusterSnapshot& snapshot) {
    replaceRows(
        m_rows, rowsOf(snapshot), [](const Row& a, const Row& b) { return a.name < b.name; },
        changedColumns);
}

int TopicTableModel::rowOfTopic(const QString& name) const {
    return rowOfKey(m_rows, name, &Row::name);
}

int TopicTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant TopicTableModel::data(const QModelIndex& index, int role) const {
    if (!isCellIndex(index))
        return {};
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return row.name;
        case PartitionsColumn:
            return formatCount(locale(), row.partitionCount);
        case ReplicationColumn:
            return formatCount(locale(), row.replicationFactor);
        case MessagesColumn:
            // A partial sum would look like a real count; mark it as a lower bound.
            if (row.messageCount >= 0 && row.partitionsWithoutOffsets > 0)
                return ModelsTr::tr("\u2265 %1").arg(formatCount(locale(), row.messageCount));
            return formatCount(locale(), row.messageCount);
        }
        break;
    case SortRole:
        switch (column) {
        case NameColumn:
            return row.name;
        case PartitionsColumn:
            return row.partitionCount;
        case ReplicationColumn:
            return row.replicationFactor;
        case MessagesColumn:
            return row.messageCount;
        }
        break;
    case TopicNameRole:
        return row.name;
    case InternalRole:
        return row.internal;
    case Qt::TextAlignmentRole:
        return cellAlignment(column == NameColumn);
    case Qt::ForegroundRole:
        if (row.offlinePartitions > 0 || row.errorCode != 0)
            return QColor(0xc6, 0x28, 0x28);
        if (row.underReplicated > 0 && column == NameColumn)
            return QColor(0xb2, 0x6a, 0x00);
        break;
    case Qt::FontRole:
        if (column == NameColumn)
            return topicNameFont(row.internal);
        break;
    case Qt::ToolTipRole:
        return toolTip(row);
    default:
        break;
    }
    return {};
}

QString TopicTableModel::toolTip(const Row& row) const {
    QStringList lines{row.name};
    if (row.internal)
        lines.append(ModelsTr::tr("Internal topic"));
    if (row.errorCode != 0)
        lines.append(ModelsTr::tr("Metadata error code %1").arg(row.errorCode));
    if (row.offlinePartitions > 0)
        lines.append(
            ModelsTr::tr("%n partition(s) without a leader", nullptr, row.offlinePartitions));
    if (row.underReplicated > 0)
        lines.append(
            ModelsTr::tr("%n partition(s) under-replicated", nullptr, row.underReplicated));
    if (row.partitionsWithoutOffsets > 0)
        lines.append(ModelsTr::tr("Offsets of %n partition(s) could not be read", nullptr,
                                  row.partitionsWithoutOffsets));
    return lines.join(QLatin1Char('\n'));
}

QVariant TopicTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return ModelsTr::tr("Topic");
        case PartitionsColumn:
            return ModelsTr::tr("Partitions");
        case ReplicationColumn:
            return ModelsTr::tr("Replication");
        case MessagesColumn:
            return ModelsTr::tr("Messages");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case ReplicationColumn:
            return ModelsTr::tr("Replication factor (largest replica set of any partition)");
        case MessagesColumn:
            return ModelsTr::tr("Records retained: end offset minus start offset, summed over "
                                "partitions (includes transaction markers and compaction gaps)");
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole) {
        return cellAlignment(section == NameColumn);
    }
    return {};
}

} // namespace streamscope
