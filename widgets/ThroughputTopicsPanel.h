#pragma once

#include "throughput/ThroughputTypes.h"

#include <QColor>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;

namespace streamscope {

class ThroughputHistory;
class ThroughputTopicFilterModel;
class ThroughputTopicModel;

// The topic table of the Throughput page: live msgs/s, a sparkline per topic, totals, partitions,
// skew, estimated bytes/s and notes; a name filter, a switch for internal topics and a count.
// Several topics can be selected (they go on the chart); the current one feeds the partition
// detail. Sorted by rate, busiest first, unless the user sorts otherwise.
class ThroughputTopicsPanel : public QWidget {
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
    void focusFilter();

    QTableView* table() const { return m_table; }
    ThroughputTopicModel* model() const { return m_model; }
    ThroughputTopicFilterModel* proxy() const { return m_proxy; }

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

Q_SIGNALS:
    void selectionChanged(const QStringList& topics);
    void currentTopicChanged(const QString& topic);

private:
    void onSelectionChanged();
    void onCurrentChanged();
    void updateCount();
    void reselect();

    ThroughputTopicModel* m_model = nullptr;
    ThroughputTopicFilterModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_showInternal = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QStringList m_selected;
    QString m_current;
    bool m_hasSnapshot = false;
    bool m_restoringSelection = false;
    bool m_autoSelected = false; // the busiest topic was picked for this session
};

} // namespace streamscope
