#pragma once

#include "common/SnapshotTreeModel.h"
#include "lag/LagTypes.h"

#include <QLocale>

#include <optional>

namespace streamscope {

// One row of the group detail tree: a topic of the group (depth 0) or one of its partitions
// (depth 1).
struct LagDetailItem {
    QString topic;
    int partition = -1; // -1 on a topic row
    std::optional<qint64> committed;
    qint64 endOffset = kUnknownOffset;
    std::optional<qint64> lag; // the topic's total on a topic row
    int partitionsWithoutCommit = 0;
    int partitionCount = 0;
    std::optional<double> timeLagSeconds;
    QString memberId;
    QString clientId;
    QString host;
    LagVerdict verdict;
};

// The partitions of one consumer group as topic -> partition: committed offset, end offset, lag
// (or "no commit": never 0, never negative), time lag, owning member (client id and host) and the
// partition's status. Each refresh is merged with minimal change signals (SnapshotTreeModel), so
// expansion and selection survive every tick.
class LagDetailModel : public SnapshotTreeModel<LagDetailItem> {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        CommittedColumn,
        EndColumn,
        LagColumn,
        TimeLagColumn,
        MemberColumn,
        HostColumn,
        ColumnCount
    };

    explicit LagDetailModel(QObject* parent = nullptr);

    // The group to show; nullptr (or a group without topics) empties the tree.
    void setGroup(const GroupLag* group);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const LagDetailItem& item, int column, bool topicRow) const;
    QVariant sortValue(const LagDetailItem& item, int column) const;

    QLocale m_locale;
};

} // namespace streamscope
