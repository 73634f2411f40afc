#pragma once

#include "common/SnapshotTableModel.h"

#include "cluster/ClusterMetadata.h"

#include <vector>

namespace streamscope {

// The partitions of one topic (leader, replicas, ISR, start and end offsets), ordered by id.
// Follows the topic across snapshots; shows nothing when the topic is unset or gone.
class PartitionTableModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column {
        PartitionColumn,
        LeaderColumn,
        ReplicasColumn,
        IsrColumn,
        StartOffsetColumn,
        EndOffsetColumn,
        MessagesColumn,
        ColumnCount
    };

    struct Row {
        int partition = 0;
        int leader = -1;
        QList<int> replicas;
        QList<int> isr;
        qint64 startOffset = kUnknownOffset;
        qint64 endOffset = kUnknownOffset;
        int errorCode = 0;
        int offsetErrorCode = 0;
        bool offsetsKnown() const { return startOffset >= 0 && endOffset >= 0; }
        bool underReplicated() const { return isr.size() < replicas.size(); }
        friend bool operator==(const Row&, const Row&) = default;
    };

    explicit PartitionTableModel(QObject* parent = nullptr);

    QString topic() const { return m_topic; }
    // Switches to another topic: a different table, so the model resets (once per user choice,
    // never per tick). An empty name clears the table.
    void setTopic(const QString& topic);
    // nullptr clears the table but keeps the topic, so it shows again on the next snapshot.
    void setSnapshot(const ClusterSnapshot& snapshot);
    // Whether the topic was in the last snapshot.
    bool topicPresent() const { return m_topicPresent; }
    const Row& partitionAt(int row) const { return m_rows[static_cast<size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ClusterSnapshot m_snapshot;
    QString m_topic;
    bool m_topicPresent = false;
    std::vector<Row> m_rows;
};

} // namespace streamscope
