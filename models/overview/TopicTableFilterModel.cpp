#include "overview/TopicTableFilterModel.h"

namespace streamscope {

TopicTableFilterModel::TopicTableFilterModel(QObject* parent)
    : TypedTopicFilterModel(parent) {}

bool TopicTableFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const TopicTableModel* topics = topicModel();
    if (!topics)
        return TypedTopicFilterModel::lessThan(left, right);
    const auto& a = topics->topicAt(left.row());
    const auto& b = topics->topicAt(right.row());
    switch (left.column()) {
    case TopicTableModel::PartitionsColumn:
        if (a.partitionCount != b.partitionCount)
            return a.partitionCount < b.partitionCount;
        break;
    case TopicTableModel::ReplicationColumn:
        if (a.replicationFactor != b.replicationFactor)
            return a.replicationFactor < b.replicationFactor;
        break;
    case TopicTableModel::MessagesColumn:
        if (a.messageCount != b.messageCount)
            return a.messageCount < b.messageCount;
        break;
    default:
        break;
    }
    // Ties (and the name column) fall back to the name, so equal counts keep a stable order.
    return a.name < b.name;
}

} // namespace streamscope
