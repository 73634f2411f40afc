#include "lag/LagDetailModel.h"

#include "common/DisplayFormat.h"
#include "common/ModelsTr.h"
#include "lag/LagFormat.h"

#include <QStringList>

namespace streamscope {

namespace {

const QColor kUnknownColor(0x8a, 0x8a, 0x8a);

LagDetailItem itemOf(const GroupTopicLag& topic) {
    LagDetailItem item;
    item.topic = topic.topic;
    item.lag = topic.totalLag;
    item.partitionsWithoutCommit = topic.partitionsWithoutCommit;
    item.partitionCount = static_cast<int>(topic.partitions.size());
    item.timeLagSeconds = topic.timeLagSeconds;
    // The topic's status: its worst partition's.
    for (const PartitionLag& p : topic.partitions)
        if (lagStatusSeverity(p.verdict.status) > lagStatusSeverity(item.verdict.status) ||
            item.verdict.explanation.isEmpty())
            item.verdict = p.verdict;
    return item;
}

LagDetailItem itemOf(const PartitionLag& partition) {
    LagDetailItem item;
    item.topic = partition.topic;
    item.partition = partition.partition;
    item.committed = partition.committed;
    item.endOffset = partition.endOffset;
    item.lag = partition.committed ? partition.lag : std::nullopt;
    item.partitionsWithoutCommit = partition.committed ? 0 : 1;
    item.partitionCount = 1;
    item.timeLagSeconds = partition.timeLagSeconds;
    item.memberId = partition.memberId;
    item.clientId = partition.clientId;
    item.host = partition.host;
    item.verdict = partition.verdict;
    return item;
}

} // namespace

LagDetailModel::LagDetailModel(QObject* parent)
    : SnapshotTreeModel(ColumnCount, parent)
    , m_locale(displayLocale()) {}

void LagDetailModel::setGroup(const GroupLag* group) {
    std::vector<NodeSpec> next;
    if (group) {
        next.reserve(group->topics.size());
        for (const GroupTopicLag& topic : group->topics) {
            NodeSpec node{TreeKey::named(topic.topic), itemOf(topic), {}};
            node.children.reserve(topic.partitions.size());
            for (const PartitionLag& partition : topic.partitions)
                node.children.push_back(
                    {TreeKey::numbered(partition.partition), itemOf(partition), {}});
            next.push_back(std::move(node));
        }
    }
    constexpr ColumnMask one = 1;
    replaceTree(std::move(next), [](const LagDetailItem& a, const LagDetailItem& b, int) {
        ColumnMask mask = 0;
        if (a.verdict.status != b.verdict.status || a.verdict.explanation != b.verdict.explanation)
            mask |= one << StatusColumn;
        if (a.committed != b.committed)
            mask |= (one << CommittedColumn) | (one << LagColumn);
        if (a.endOffset != b.endOffset)
            mask |= one << EndColumn;
        if (a.lag != b.lag || a.partitionsWithoutCommit != b.partitionsWithoutCommit ||
            a.partitionCount != b.partitionCount)
            mask |= one << LagColumn;
        if (a.timeLagSeconds != b.timeLagSeconds)
            mask |= one << TimeLagColumn;
        if (a.clientId != b.clientId || a.memberId != b.memberId)
            mask |= one << MemberColumn;
        if (a.host != b.host)
            mask |= one << HostColumn;
        return mask;
    });
}

QVariant LagDetailModel::displayText(const LagDetailItem& item, int column, bool topicRow) const {
    switch (column) {
    case NameColumn:
        return topicRow ? item.topic : ModelsTr::tr("partition %1").arg(item.partition);
    case StatusColumn:
        return item.verdict.status == LagStatus::Unknown && item.verdict.explanation.isEmpty()
                   ? QStringLiteral("\u2014")
                   : lagStatusName(item.verdict.status);
    case CommittedColumn:
        if (topicRow)
            return {};
        return item.committed ? formatCount(m_locale, *item.committed) : ModelsTr::tr("no commit");
    case EndColumn:
        return topicRow ? QVariant() : QVariant(formatCount(m_locale, item.endOffset));
    case LagColumn:
        if (topicRow) {
            if (item.partitionCount > 0 && item.partitionsWithoutCommit == item.partitionCount)
                return ModelsTr::tr("no commit");
            if (item.partitionsWithoutCommit > 0)
                return ModelsTr::tr("%1 (+%n no commit)", nullptr, item.partitionsWithoutCommit)
                    .arg(formatCount(m_locale, item.lag.value_or(0)));
            return formatCount(m_locale, item.lag.value_or(0));
        }
        return formatPartitionLag(m_locale, item.lag, item.committed);
    case TimeLagColumn:
        return formatDuration(m_locale, item.timeLagSeconds);
    case MemberColumn:
        return topicRow ? QString() : item.clientId;
    case HostColumn:
        return topicRow ? QString() : item.host;
    default:
        break;
    }
    return {};
}

QVariant LagDetailModel::sortValue(const LagDetailItem& item, int column) const {
    switch (column) {
    case NameColumn:
        return item.partition >= 0 ? QVariant(item.partition) : QVariant(item.topic);
    case StatusColumn:
        return lagStatusSeverity(item.verdict.status);
    case CommittedColumn:
        return item.committed.value_or(-1);
    case EndColumn:
        return item.endOffset;
    case LagColumn:
        return item.lag.value_or(-1);
    case TimeLagColumn:
        return item.timeLagSeconds.value_or(-1.0);
    case MemberColumn:
        return item.clientId;
    case HostColumn:
        return item.host;
    default:
        break;
    }
    return {};
}

QVariant LagDetailModel::data(const QModelIndex& index, int role) const {
    if (!isCellIndex(index))
        return {};
    const LagDetailItem* item = itemAt(index);
    if (!item)
        return {};
    const bool topicRow = depthOf(index) == 0;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*item, column, topicRow);
    case SortRole:
        return sortValue(*item, column);
    case Qt::TextAlignmentRole:
        return cellAlignment(column == NameColumn || column == StatusColumn ||
                             column == MemberColumn || column == HostColumn);
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return lagStatusColor(item->verdict.status);
        if ((column == CommittedColumn || column == LagColumn) && !topicRow && !item->committed)
            return kUnknownColor;
        break;
    case Qt::ToolTipRole:
        if (column == StatusColumn && !item->verdict.explanation.isEmpty())
            return item->verdict.explanation;
        if (column == MemberColumn && !item->memberId.isEmpty())
            return ModelsTr::tr("Member id: %1").arg(item->memberId);
        if ((column == CommittedColumn || column == LagColumn) && !topicRow && !item->committed)
            return ModelsTr::tr("The group has never committed an offset for this partition: "
                                "its lag is unknown (not 0)");
        break;
    default:
        break;
    }
    return {};
}

QVariant LagDetailModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return ModelsTr::tr("Topic / partition");
        case StatusColumn:
            return ModelsTr::tr("Status");
        case CommittedColumn:
            return ModelsTr::tr("Committed");
        case EndColumn:
            return ModelsTr::tr("End offset");
        case LagColumn:
            return ModelsTr::tr("Lag");
        case TimeLagColumn:
            return ModelsTr::tr("Time lag");
        case MemberColumn:
            return ModelsTr::tr("Member");
        case HostColumn:
            return ModelsTr::tr("Host");
        }
    } else if (role == Qt::TextAlignmentRole) {
        return cellAlignment(section == NameColumn || section == StatusColumn ||
                             section == MemberColumn || section == HostColumn);
    }
    return {};
}

} // namespace streamscope
