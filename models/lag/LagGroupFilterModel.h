#pragma once

#include <QSortFilterProxyModel>

namespace streamscope {

class LagGroupModel;

// Filters a LagGroupModel by group id (case-insensitive substring) and sorts it by the chosen
// column; with "problems first" on, worse statuses (lagStatusSeverity) come first whatever the
// column and direction, and the chosen column orders the groups within one status.
//
// Not a dynamic sort: Qt's would take every refresh's changed rows out and insert them again one
// by one. After each refresh (LagGroupModel::refreshed) the proxy checks the order in one pass
// and sorts once only when some row is out of place.
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

    // Sorts again if a row is out of order; true when it did. Called after every refresh.
    bool sortIfOutOfOrder();
    // Sorts done by sortIfOutOfOrder() (tests, benchmark).
    int resorts() const { return m_resorts; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    // lessThan on source rows.
    bool rowLess(int sourceLeft, int sourceRight) const;

    LagGroupModel* m_groups = nullptr;
    int m_resorts = 0;
    QString m_nameFilter;
    bool m_problemsFirst = true;
};

} // namespace streamscope
