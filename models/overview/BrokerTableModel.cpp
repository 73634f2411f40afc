#include "overview/BrokerTableModel.h"

#include "common/DisplayFormat.h"
#include "common/ModelsTr.h"

#include <QFont>
#include <QHash>

namespace streamscope {

namespace {

using Row = BrokerTableModel::Row;

std::vector<Row> rowsOf(const ClusterSnapshot& snapshot) {
    std::vector<Row> rows;
    if (!snapshot)
        return rows;
    QHash<int, std::pair<int, int>> load; // broker id -> (leaders, replicas)
    for (const auto& topic : snapshot->topics) {
        // The same rule as the overview's Partitions figure (ClusterSummaryStrip): user topics
        // only, so the leaders of all brokers add up to the partitions shown beside them.
        if (topic.internal || isInternalTopicName(topic.name))
            continue;
        for (const auto& partition : topic.partitions) {
            if (partition.leader >= 0)
                ++load[partition.leader].first;
            for (int replica : partition.replicas)
                ++load[replica].second;
        }
    }
    rows.reserve(snapshot->brokers.size());
    for (const auto& broker : snapshot->brokers) {
        const auto counts = load.value(broker.id);
        rows.push_back({broker.id, broker.host, broker.port, broker.rack,
                        broker.controller || broker.id == snapshot->controllerId, counts.first,
                        counts.second});
    }
    return rows; // in any order: replaceRows() sorts them by id
}

bool isTextColumn(int column) {
    return column == BrokerTableModel::HostColumn || column == BrokerTableModel::RackColumn ||
           column == BrokerTableModel::ControllerColumn;
}

std::uint64_t changedColumns(const Row& a, const Row& b) {
    std::uint64_t mask = 0;
    auto mark = [&mask](bool changed, int column) {
        if (changed)
            mask |= std::uint64_t{1} << column;
    };
    mark(a.host != b.host, BrokerTableModel::HostColumn);
    mark(a.port != b.port, BrokerTableModel::PortColumn);
    mark(a.rack != b.rack, BrokerTableModel::RackColumn);
    // The controller row is shown in bold, so a change touches every cell of the row.
    if (a.controller != b.controller)
        mask |= (std::uint64_t{1} << BrokerTableModel::ColumnCount) - 1;
    mark(a.leaderCount != b.leaderCount, BrokerTableModel::LeadersColumn);
    mark(a.replicaCount != b.replicaCount, BrokerTableModel::ReplicasColumn);
    return mask;
}

} // namespace

BrokerTableModel::BrokerTableModel(QObject* parent)
    : SnapshotTableModel(ColumnCount, parent) {}

void BrokerTableModel::setSnapshot(const ClusterSnapshot& snapshot) {
    replaceRows(
        m_rows, rowsOf(snapshot), [](const Row& a, const Row& b) { return a.id < b.id; },
        changedColumns);
}

int BrokerTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant BrokerTableModel::data(const QModelIndex& index, int role) const {
    if (!isCellIndex(index))
        return {};
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QString::number(row.id);
        case HostColumn:
            return row.host;
        case PortColumn:
            return QString::number(row.port);
        case RackColumn:
            return row.rack.isEmpty() ? QStringLiteral("\u2014") : row.rack;
        case ControllerColumn:
            return row.controller ? ModelsTr::tr("Controller") : QString();
        case LeadersColumn:
            return formatCount(locale(), row.leaderCount);
        case ReplicasColumn:
            return formatCount(locale(), row.replicaCount);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return row.id;
        case HostColumn:
            return row.host;
        case PortColumn:
            return row.port;
        case RackColumn:
            return row.rack;
        case ControllerColumn:
            return row.controller;
        case LeadersColumn:
            return row.leaderCount;
        case ReplicasColumn:
            return row.replicaCount;
        }
        break;
    case Qt::TextAlignmentRole:
        return cellAlignment(isTextColumn(index.column()));
    case Qt::FontRole:
        if (row.controller) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ControllerColumn && row.controller)
            return ModelsTr::tr("This broker is the active controller of the cluster.");
        break;
    default:
        break;
    }
    return {};
}

QVariant BrokerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return ModelsTr::tr("ID");
        case HostColumn:
            return ModelsTr::tr("Host");
        case PortColumn:
            return ModelsTr::tr("Port");
        case RackColumn:
            return ModelsTr::tr("Rack");
        case ControllerColumn:
            return ModelsTr::tr("Role");
        case LeadersColumn:
            return ModelsTr::tr("Leaders");
        case ReplicasColumn:
            return ModelsTr::tr("Replicas");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case LeadersColumn:
            return ModelsTr::tr("Partitions this broker leads (internal topics not counted)");
        case ReplicasColumn:
            return ModelsTr::tr(
                "Partition replicas stored on this broker (internal topics not counted)");
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole) {
        return cellAlignment(isTextColumn(section));
    }
    return {};
}

} // namespace streamscope
