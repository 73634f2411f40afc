#pragma once

#include <QSortFilterProxyModel>

namespace streamscope {

class ThroughputTopicModel;

// Filters and sorts a ThroughputTopicModel like TopicFilterProxyModel does for the overview: hides
// internal topics unless asked, keeps topics whose name contains the filter text
// (case-insensitive), and compares rows directly rather than through QVariant, so re-sorting
// 10,000 topics by rate every tick stays cheap.
class ThroughputTopicFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ThroughputTopicFilterModel(QObject* parent = nullptr);

    void setTopicModel(ThroughputTopicModel* model);
    ThroughputTopicModel* topicModel() const { return m_topics; }

    QString nameFilter() const { return m_nameFilter; }
    void setNameFilter(const QString& text);
    bool showInternal() const { return m_showInternal; }
    void setShowInternal(bool show);

    // Topic name of a proxy row, empty for an invalid index.
    QString topicName(const QModelIndex& proxyIndex) const;
    // Proxy index (column 0) of a topic, invalid when it is filtered out or absent.
    QModelIndex indexOfTopic(const QString& name) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void setSourceModel(QAbstractItemModel* model) override; // use setTopicModel

    ThroughputTopicModel* m_topics = nullptr;
    QString m_nameFilter;
    bool m_showInternal = false;
};

} // namespace streamscope
