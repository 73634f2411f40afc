#include "ThroughputTopicFilterModel.h"

#include "ThroughputTopicModel.h"

#include <cmath>

namespace streamscope {

namespace {

// Unknown (NaN or negative "no estimate") sorts below every known value.
double sortable(double value) {
    return std::isnan(value) || value < 0 ? -1.0 : value;
}

} // namespace

ThroughputTopicFilterModel::ThroughputTopicFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ThroughputTopicModel::SortRole);
    setDynamicSortFilter(true);
}

void ThroughputTopicFilterModel::setTopicModel(ThroughputTopicModel* model) {
    m_topics = model;
    QSortFilterProxyModel::setSourceModel(model);
}

void ThroughputTopicFilterModel::setSourceModel(QAbstractItemModel* model) {
    setTopicModel(qobject_cast<ThroughputTopicModel*>(model));
}

void ThroughputTopicFilterModel::setNameFilter(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_nameFilter)
        return;
    m_nameFilter = trimmed;
    invalidateFilter();
}

void ThroughputTopicFilterModel::setShowInternal(bool show) {
    if (show == m_showInternal)
        return;
    m_showInternal = show;
    invalidateFilter();
}

QString ThroughputTopicFilterModel::topicName(const QModelIndex& proxyIndex) const {
    if (!m_topics || !proxyIndex.isValid())
        return {};
    const QModelIndex source = mapToSource(proxyIndex);
    if (!source.isValid() || source.row() >= m_topics->rowCount())
        return {};
    return m_topics->topicAt(source.row()).name;
}

QModelIndex ThroughputTopicFilterModel::indexOfTopic(const QString& name) const {
    if (!m_topics)
        return {};
    const int sourceRow = m_topics->rowOfTopic(name);
    if (sourceRow < 0)
        return {};
    return mapFromSource(m_topics->index(sourceRow, 0));
}

bool ThroughputTopicFilterModel::filterAcceptsRow(int sourceRow,
                                                  const QModelIndex& sourceParent) const {
    if (!m_topics || sourceParent.isValid() || sourceRow >= m_topics->rowCount())
        return false;
    const auto& topic = m_topics->topicAt(sourceRow);
    if (topic.internal && !m_showInternal)
        return false;
    return m_nameFilter.isEmpty() || topic.name.contains(m_nameFilter, Qt::CaseInsensitive);
}

bool ThroughputTopicFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (!m_topics)
        return QSortFilterProxyModel::lessThan(left, right);
    const auto& a = m_topics->topicAt(left.row());
    const auto& b = m_topics->topicAt(right.row());
    const auto byValue = [](double x, double y) -> int {
        const double sx = sortable(x);
        const double sy = sortable(y);
        return sx < sy ? -1 : (sx > sy ? 1 : 0);
    };
    int order = 0;
    switch (left.column()) {
    case ThroughputTopicModel::RateColumn:
    case ThroughputTopicModel::TrendColumn:
        order = byValue(a.msgsPerSec, b.msgsPerSec);
        break;
    case ThroughputTopicModel::ProducedColumn:
        order = a.producedSinceStart < b.producedSinceStart
                    ? -1
                    : (a.producedSinceStart > b.producedSinceStart ? 1 : 0);
        break;
    case ThroughputTopicModel::PartitionsColumn:
        order = a.partitionCount - b.partitionCount;
        break;
    case ThroughputTopicModel::SkewColumn:
        order = byValue(a.partitionCount > 1 ? a.skew : -1.0, b.partitionCount > 1 ? b.skew : -1.0);
        break;
    case ThroughputTopicModel::BytesColumn:
        order = byValue(a.estimatedBytesPerSec, b.estimatedBytesPerSec);
        break;
    case ThroughputTopicModel::NotesColumn: {
        const QString na = m_topics->index(left.row(), left.column()).data().toString();
        const QString nb = m_topics->index(right.row(), right.column()).data().toString();
        order = na.compare(nb);
        break;
    }
    default:
        break;
    }
    if (order != 0)
        return order < 0;
    // Ties (and the name column) fall back to the name, so equal values keep a stable order.
    return a.name < b.name;
}

} // namespace streamscope
