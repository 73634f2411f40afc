#pragma once

#include <QSortFilterProxyModel>

namespace streamscope {

class LagGroupModel;

// Filters a LagGroupModel by group id (case-insensitive substring) and sorts it by the chosen
// column; with "problems first" on, worse statuses (lagStatusSeverity) come first whatever the
// column and direction, and the chosen column orders the groups within one status.
class LagGroupFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LagGroupFilterModel(QObject* parent = nullptr);

    void setGroupModel(LagGroupModel* model);
    LagGroupModel* groupModel() const { return m_groups; }

    QString nameFilter() const { return m_nameFilter; }
    void setNameFilter(const QString& text);
    bool problemsFirst() const { return m_problemsFirst; }
    void setProblemsFirst(bool on);

    // Group id of a proxy row, empty for an invalid index.
    QString groupId(const QModelIndex& proxyIndex) const;
    // Proxy index (column 0) of a group, invalid when filtered out or absent.
    QModelIndex indexOfGroup(const QString& groupId) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    LagGroupModel* m_groups = nullptr;
    QString m_nameFilter;
    bool m_problemsFirst = true;
};

} // namespace streamscope
