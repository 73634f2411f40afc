#pragma once

#include "cluster/ClusterMetadata.h"

#include <QWidget>

class QLabel;
class QSettings;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace streamscope {

class PartitionTableModel;

// Partition detail of the selected topic: leader, replicas, ISR, start and end offsets. Says so
// when no topic is selected or the topic has been deleted.
class PartitionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit PartitionsPanel(QWidget* parent = nullptr);

    void setTopic(const QString& topic);
    void setSnapshot(const ClusterSnapshot& snapshot);

    QString topic() const;
    QTableView* table() const { return m_table; }
    PartitionTableModel* model() const { return m_model; }

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

private:
    void updateHeadline();

    PartitionTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_placeholder = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    ClusterSnapshot m_snapshot;
};

} // namespace streamscope
