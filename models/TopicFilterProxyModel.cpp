#include "TopicFilterProxyModel.h"

#include "TopicTableModel.h"

namespace streamscope {

TopicFilterProxyModel::TopicFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(TopicTableModel::SortRole);
    setDynamicSortFilter(true);
}

void TopicFilterProxyModel::setTopicModel(TopicTableModel* model) {
    m_topics = model;
    QSortFilterProxyModel::setSourceModel(model);
}

void TopicFilterProxyModel::setSourceModel(QAbstractItemModel* model) {
    setTopicModel(qobject_cast<TopicTableModel*>(model));
}

void TopicFilterProxyModel::setNameFilter(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_nameFilter)
        return;
    m_nameFilter = trimmed;
    invalidateFilter();
}

void TopicFilterProxyModel::setShowInternal(bool show) {
    if (show == m_showInternal)
        return;
    m_showInternal = show;
    invalidateFilter();
}

QString TopicFilterProxyModel::topicName(const QModelIndex& proxyIndex) const {
    if (!m_topics || !proxyIndex.isValid())
        return {};
    return m_topics->topicAt(mapToSource(proxyIndex).row()).name;
}

QModelIndex TopicFilterProxyModel::indexOfTopic(const QString& name) const {
    if (!m_topics)
        return {};
    const int sourceRow = m_topics->rowOfTopic(name);
    if (sourceRow < 0)
        return {};
    return mapFromSource(m_topics->index(sourceRow, 0));
}

bool TopicFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_topics || sourceParent.isValid())
        return false;
    const auto& topic = m_topics->topicAt(sourceRow);
    if (topic.internal && !m_showInternal)
        return false;
    return m_nameFilter.isEmpty() || topic.name.contains(m_nameFilter, Qt::CaseInsensitive);
}

bool TopicFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (!m_topics)
        return QSortFilterProxyModel::lessThan(left, right);
    const auto& a = m_topics->topicAt(left.row());
    const auto& b = m_topics->topicAt(right.row());
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
