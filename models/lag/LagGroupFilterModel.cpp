#include "lag/LagGroupFilterModel.h"

#include "lag/LagGroupModel.h"

namespace streamscope {

LagGroupFilterModel::LagGroupFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(LagGroupModel::SortRole);
    setDynamicSortFilter(true);
}

void LagGroupFilterModel::setGroupModel(LagGroupModel* model) {
    m_groups = model;
    setSourceModel(model);
}

void LagGroupFilterModel::setNameFilter(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_nameFilter)
        return;
    m_nameFilter = trimmed;
    invalidateFilter();
}

void LagGroupFilterModel::setProblemsFirst(bool on) {
    if (on == m_problemsFirst)
        return;
    m_problemsFirst = on;
    invalidate();
}

QString LagGroupFilterModel::groupId(const QModelIndex& proxyIndex) const {
    if (!proxyIndex.isValid() || !m_groups)
        return {};
    const QModelIndex source = mapToSource(proxyIndex);
    return source.isValid() ? m_groups->groupAt(source.row()).groupId : QString();
}

QModelIndex LagGroupFilterModel::indexOfGroup(const QString& groupId) const {
    if (!m_groups)
        return {};
    const int row = m_groups->rowOfGroup(groupId);
    return row < 0 ? QModelIndex() : mapFromSource(m_groups->index(row, 0));
}

bool LagGroupFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_groups || sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_groups->rowCount())
        return false;
    return m_nameFilter.isEmpty() ||
           m_groups->groupAt(sourceRow).groupId.contains(m_nameFilter, Qt::CaseInsensitive);
}

bool LagGroupFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (!m_groups)
        return QSortFilterProxyModel::lessThan(left, right);
    const LagGroupModel::Row& a = m_groups->groupAt(left.row());
    const LagGroupModel::Row& b = m_groups->groupAt(right.row());
    if (m_problemsFirst) {
        const int sa = lagStatusSeverity(a.verdict.status);
        const int sb = lagStatusSeverity(b.verdict.status);
        // The view reverses lessThan for a descending sort; problems stay on top either way.
        if (sa != sb)
            return sortOrder() == Qt::AscendingOrder ? sa > sb : sa < sb;
    }
    const QVariant va = left.data(LagGroupModel::SortRole);
    const QVariant vb = right.data(LagGroupModel::SortRole);
    const QPartialOrdering order = QVariant::compare(va, vb);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    return a.groupId < b.groupId; // ties keep a stable order by id
}

} // namespace streamscope
