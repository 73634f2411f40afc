#pragma once

#include "common/SnapshotTableModel.h"

#include "cluster/ClusterMetadata.h"

#include <vector>

namespace streamscope {

// The brokers of the current snapshot, one row per broker, ordered by id.
class BrokerTableModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        HostColumn,
        PortColumn,
        RackColumn,
        ControllerColumn,
        LeadersColumn,  // partitions this broker leads
        ReplicasColumn, // partition replicas this broker hosts
        ColumnCount
    };

    struct Row {
        int id = -1;
        QString host;
        int port = 0;
        QString rack;
        bool controller = false;
        int leaderCount = 0;
        int replicaCount = 0;
        friend bool operator==(const Row&, const Row&) = default;
    };

    explicit BrokerTableModel(QObject* parent = nullptr);

    // nullptr clears the table.
    void setSnapshot(const ClusterSnapshot& snapshot);
    const Row& brokerAt(int row) const { return m_rows[static_cast<size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

} // namespace streamscope
