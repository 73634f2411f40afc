#include "common/TopicFilterModelBase.h"

#include "common/SnapshotTableModel.h"

namespace streamscope {

TopicFilterModelBase::TopicFilterModelBase(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SnapshotTableModel::SortRole);
    setDynamicSortFilter(true);
}

void TopicFilterModelBase::setNameFilter(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_nameFilter)
        return;
    m_nameFilter = trimmed;
    invalidateFilter();
}

void TopicFilterModelBase::setShowInternal(bool show) {
    if (show == m_showInternal)
        return;
    m_showInternal = show;
    invalidateFilter();
}

QString TopicFilterModelBase::topicName(const QModelIndex& proxyIndex) const {
    if (!proxyIndex.isValid())
        return {};
    const QModelIndex source = mapToSource(proxyIndex);
    if (!source.isValid() || !isSourceRow(source.row()))
        return {};
    return sourceTopicName(source.row());
}

QModelIndex TopicFilterModelBase::indexOfTopic(const QString& name) const {
    if (!sourceModel())
        return {};
    const int sourceRow = sourceRowOfTopic(name);
    if (sourceRow < 0)
        return {};
    return mapFromSource(sourceModel()->index(sourceRow, 0));
}

int TopicFilterModelBase::internalTopicCount() const {
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    int internal = 0;
    for (int row = 0; row < rows; ++row)
        internal += isSourceTopicInternal(row) ? 1 : 0;
    return internal;
}

bool TopicFilterModelBase::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!isSourceRow(sourceRow, sourceParent))
        return false;
    if (isSourceTopicInternal(sourceRow) && !m_showInternal)
        return false;
    return m_nameFilter.isEmpty() ||
           sourceTopicName(sourceRow).contains(m_nameFilter, Qt::CaseInsensitive);
}

bool TopicFilterModelBase::isSourceRow(int sourceRow, const QModelIndex& sourceParent) const {
    return sourceModel() && !sourceParent.isValid() && sourceRow >= 0 &&
           sourceRow < sourceModel()->rowCount();
}

} // namespace streamscope
