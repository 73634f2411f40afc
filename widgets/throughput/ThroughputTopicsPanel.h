#pragma once

#include "common/TopicListPanel.h"

#include "throughput/ThroughputTypes.h"

#include <QColor>
#include <QHash>

class QItemSelection;
class QModelIndex;

namespace streamscope {

class ThroughputHistory;
class ThroughputTopicFilterModel;
class ThroughputTopicModel;

// The topic table of the Throughput page: live msgs/s, a sparkline per topic, totals, partitions,
// skew, estimated bytes/s and notes (name filter, internal-topics switch and count:
// TopicListPanel). Several topics can be selected (they go on the chart); the current one feeds
// the partition detail. Sorted by rate, busiest first, unless the user sorts otherwise.
class ThroughputTopicsPanel : public TopicListPanel {
    Q_OBJECT
public:
    explicit ThroughputTopicsPanel(QWidget* parent = nullptr);

    void setSnapshot(const ThroughputSnapshotPtr& snapshot);
    void setHistory(const ThroughputHistory* history);
    void setSeriesColors(const QHash<QString, QColor>& colors);

    // Selected topics in table order (the order the user sees).
    QStringList selectedTopics() const { return m_selected; }
    // The topic of the current row (last clicked); kept while a filter hides it.
    QString currentTopic() const { return m_current; }
    // Selects these topics (those that are shown), the first one becomes current.
    void selectTopics(const QStringList& names);

    ThroughputTopicModel* model() const { return m_model; }
    ThroughputTopicFilterModel* proxy() const { return m_proxy; }

Q_SIGNALS:
    void selectionChanged(const QStringList& topics);
    void currentTopicChanged(const QString& topic);

private:
    void setUpColumns();
    void onSelectionChanged();
    void onCurrentChanged();
    void reselectHidden() override;
    // Whole rows of those of these topics the filter shows; *first: the first such row.
    QItemSelection rowsOfTopics(const QStringList& names, QModelIndex* first = nullptr) const;

    ThroughputTopicModel* m_model = nullptr;
    ThroughputTopicFilterModel* m_proxy = nullptr;
    QStringList m_selected;
    QString m_current;
    bool m_restoringSelection = false;
    bool m_autoSelected = false; // the busiest topic was picked for this session
};

} // namespace streamscope
