#pragma once

#include "cluster/ClusterMetadata.h"

#include <QWidget>

class QLabel;

namespace streamscope {

// One line of key figures above the overview: cluster id, controller, brokers, topics,
// partitions, retained messages, and when the numbers were taken.
class ClusterSummaryStrip : public QWidget {
    Q_OBJECT
public:
    explicit ClusterSummaryStrip(QWidget* parent = nullptr);

    void setSnapshot(const ClusterSnapshot& snapshot);

private:
    QLabel* addFigure(const QString& caption, const QString& objectName);

    QLabel* m_clusterId = nullptr;
    QLabel* m_controller = nullptr;
    QLabel* m_brokers = nullptr;
    QLabel* m_topics = nullptr;
    QLabel* m_partitions = nullptr;
    QLabel* m_messages = nullptr;
    QLabel* m_sampledAt = nullptr;
};

} // namespace streamscope
