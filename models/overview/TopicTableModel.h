#pragma once

#include "common/SnapshotTableModel.h"

#include "cluster/ClusterMetadata.h"

#include <vector>

namespace streamscope {

// Every topic of the current snapshot (internal ones included; TopicTableFilterModel hides them),
// ordered by name as the snapshot is. Rows carry only what the table shows, so a 10,000-topic
// tick costs a linear merge and no per-partition work in the views.
class TopicTableModel : public SnapshotTableModel {
    Q_OBJECT
public:
    // Later views add their columns (msgs/s, sparkline) through their own models or proxies;
    // these are the columns that come from metadata and offsets alone.
    enum Column { NameColumn, PartitionsColumn, ReplicationColumn, MessagesColumn, ColumnCount };
    enum Role {
        TopicNameRole = SortRole + 1, // the topic's name, whatever the column
        InternalRole,                 // bool
    };

    struct Row {
        QString name;
        bool internal = false;
        int partitionCount = 0;
        int replicationFactor = 0;
        qint64 messageCount = kUnknownOffset; // retained records; kUnknownOffset if unread
        int partitionsWithoutOffsets = 0;
        int underReplicated = 0;   // partitions whose ISR is smaller than their replica set
        int offlinePartitions = 0; // partitions without a leader
        int errorCode = 0;
        friend bool operator==(const Row&, const Row&) = default;
    };

    explicit TopicTableModel(QObject* parent = nullptr);

    // nullptr clears the table.
    void setSnapshot(const ClusterSnapshot& snapshot);
    const Row& topicAt(int row) const { return m_rows[static_cast<size_t>(row)]; }
    // Row of the topic with this name, -1 if there is none (binary search).
    int rowOfTopic(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const Row& row) const;

    std::vector<Row> m_rows;
};

} // namespace streamscope
