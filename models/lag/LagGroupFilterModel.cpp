#include "lag/LagGroupFilterModel.h"

#include "lag/LagGroupModel.h"

namespace streamscope {

LagGroupFilterModel::LagGroupFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(LagGroupModel::SortRole);
    setDynamicSortFilter(false); // sortIfOutOfOrder() after each refresh instead
}

void LagGroupFilterModel::setGroupModel(LagGroupModel* model) {
    if (m_groups)
        disconnect(m_groups, nullptr, this, nullptr);
    m_groups = model;
    setSourceModel(model);
    if (model)
        connect(model, &LagGroupModel::refreshed, this, &LagGroupFilterModel::sortIfOutOfOrder);
}

bool LagGroupFilterModel::sortIfOutOfOrder() {
    const int column = sortColumn();
    if (!m_groups || column < 0)
        return false;
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    int previous = -1;
    for (int row = 0, rows = rowCount(); row < rows; ++row) {
        const int source = mapToSource(index(row, 0)).row();
        if (previous >= 0 && (ascending ? rowLess(source, previous) : rowLess(previous, source))) {
            sort(column, sortOrder()); // not dynamic: sorts again even with the same column
            ++m_resorts;
            return true;
        }
        previous = source;
    }
    return false;
}

void LagGroupFilterModel::setNameFilter(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_nameFilter)
        return;
    m_nameFilter = trimmed;
    invalidateFilter();
    sortIfOutOfOrder(); // rows the filter lets in again are appended, not sorted in
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
    return rowLess(left.row(), right.row());
}

bool LagGroupFilterModel::rowLess(int sourceLeft, int sourceRight) const {
    const LagGroupModel::Row& a = m_groups->groupAt(sourceLeft);
    const LagGroupModel::Row& b = m_groups->groupAt(sourceRight);
    if (m_problemsFirst) {
        const int sa = lagStatusSeverity(a.verdict.status);
        const int sb = lagStatusSeverity(b.verdict.status);
        // The view reverses lessThan for a descending sort; problems stay on top either way.
        if (sa != sb)
            return sortOrder() == Qt::AscendingOrder ? sa > sb : sa < sb;
    }
    const int order = LagGroupModel::compareRows(a, b, sortColumn());
    if (order != 0)
        return order < 0;
    // Ties keep a stable order by id, whatever the direction: reversed with it by the view.
    return a.groupId < b.groupId;
}

} // namespace streamscope
