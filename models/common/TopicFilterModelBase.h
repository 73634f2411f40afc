#pragma once

#include <QSortFilterProxyModel>

namespace streamscope {

// What the topic tables' proxies share: hide internal topics unless asked, keep topics whose name
// contains the filter text (case-insensitive), find topics by name. Subclasses own the typed
// source model and the sort order. Source rows are read through the hooks below rather than
// through data() and QVariant, which keeps a 10,000-topic re-filter in the low milliseconds.
class TopicFilterModelBase : public QSortFilterProxyModel {
    Q_OBJECT
public:
    QString nameFilter() const { return m_nameFilter; }
    void setNameFilter(const QString& text);
    bool showInternal() const { return m_showInternal; }
    void setShowInternal(bool show);

    // Topic name of a proxy row, empty for an invalid index.
    QString topicName(const QModelIndex& proxyIndex) const;
    // Proxy index (column 0) of a topic, invalid when it is filtered out or absent.
    QModelIndex indexOfTopic(const QString& name) const;
    // Internal topics in the source model, whether shown or not.
    int internalTopicCount() const;

protected:
    // Sorts by SnapshotTableModel::SortRole and re-sorts and re-filters as the source changes.
    explicit TopicFilterModelBase(QObject* parent = nullptr);

    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    // Only called with a source model set and 0 <= sourceRow < its row count.
    virtual const QString& sourceTopicName(int sourceRow) const = 0;
    virtual bool isSourceTopicInternal(int sourceRow) const = 0;
    // Source row of the topic, -1 if absent; only called with a source model set.
    virtual int sourceRowOfTopic(const QString& name) const = 0;

    // Whether sourceRow is a top-level row of the current source model.
    bool isSourceRow(int sourceRow, const QModelIndex& sourceParent = {}) const;

    QString m_nameFilter;
    bool m_showInternal = false;
};

} // namespace streamscope
